import { useMutation } from '@apollo/client/react';
import { CATEGORY_CODES } from '@cornerstone/shared/merchant/category';
import { Alert, App, Button, DatePicker, Form, Input, InputNumber, Select, Space, Table } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { fieldProblems } from '../../../lib/field-errors.ts';
import { type MessageKey, useLang, useT } from '../../../lib/i18n.ts';
import { SavePointsRulesMutation } from '../loyalty.operations.ts';
import {
  formName,
  type PointsRuleRow,
  type PointsRuleValues,
  tableFields,
  toInput,
  toValues,
} from '../points-table-form.ts';

interface Values {
  effectiveFrom: Dayjs;
  rules: PointsRuleValues[];
}

// Decimal strings as the API takes them: the server words every other problem under its field.
const YUAN = /^\d{1,15}(\.\d{1,2})?$/;

/**
 * The table as a new version from a date on (today or later): every row editable, rows added and
 * removed, saved at once. The server checks the whole table and answers each problem under its
 * field (an amount of ¥0, two rows for the same merchants…); nothing is written until all are right.
 */
export function PointsTableEditor({
  rows,
  today,
  onDone,
}: {
  rows: PointsRuleRow[];
  today: string;
  onDone: () => void;
}) {
  const t = useT();
  const lang = useLang();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [other, setOther] = useState<string[]>([]);
  const [save, saving] = useMutation(SavePointsRulesMutation, { refetchQueries: ['PointsRules'] });
  const yuanRule = { pattern: YUAN, message: t('ptableAmountYuan') };

  const submit = async (v: Values) => {
    setOther([]);
    const effectiveFrom = v.effectiveFrom.format('YYYY-MM-DD');
    try {
      await save({ variables: { effectiveFrom, rules: v.rules.map(toInput) } });
      message.success(t('ptableSaved', { date: effectiveFrom }));
      onDone();
    } catch (e) {
      const problems = fieldProblems(e, tableFields(v.rules.length), lang);
      form.setFields(problems.fields.map((p) => ({ name: formName(p.field) as never, errors: [p.message] })));
      const whole = problems.fields.filter((p) => p.field === 'rules').map((p) => p.message);
      setOther([...whole, ...problems.other]);
    }
  };

  const cell = (i: number, name: keyof PointsRuleValues, node: React.ReactNode, rules: object[] = []) => (
    <Form.Item name={[i, name]} rules={rules} style={{ marginBottom: 0 }}>
      {node}
    </Form.Item>
  );

  return (
    <Form<Values>
      form={form}
      onFinish={submit}
      initialValues={{ effectiveFrom: dayjs(today), rules: rows.map(toValues) }}
      data-testid="ptable-editor"
    >
      <Form.Item
        name="effectiveFrom"
        label={t('ptableEffectiveFrom')}
        extra={t('ptableEffectiveHint')}
        rules={[{ required: true, message: t('required') }]}
      >
        <DatePicker
          allowClear={false}
          disabledDate={(d) => d.format('YYYY-MM-DD') < today}
          data-testid="ptable-effective"
        />
      </Form.Item>
      <Form.List name="rules">
        {(fields, { add, remove }) => (
          <>
            <Table
              rowKey="key"
              size="small"
              pagination={false}
              dataSource={fields}
              scroll={{ x: 'max-content' }}
              onRow={(f) => ({ 'data-testid': `ptable-edit-row-${f.name}` }) as Record<string, string>}
              columns={[
                {
                  title: t('ptableCode'),
                  key: 'code',
                  render: (_, f) =>
                    cell(f.name, 'code', <Input style={{ width: 150 }} data-testid="ptable-code" />),
                },
                {
                  title: t('ptableCategory'),
                  key: 'category',
                  render: (_, f) =>
                    cell(
                      f.name,
                      'category',
                      <Select
                        style={{ width: 116 }}
                        options={[
                          { value: null, label: t('ptableAnyCategory') },
                          ...CATEGORY_CODES.map((c) => ({
                            value: c,
                            label: t(`category.${c}` as MessageKey),
                          })),
                        ]}
                        data-testid="ptable-category"
                      />,
                    ),
                },
                {
                  title: t('ptableFeePlan'),
                  key: 'feePlan',
                  render: (_, f) =>
                    cell(
                      f.name,
                      'feePlan',
                      <Select
                        style={{ width: 104 }}
                        options={[
                          { value: 'rate', label: t('feePlan.rate') },
                          { value: 'capped', label: t('feePlan.capped') },
                        ]}
                        data-testid="ptable-fee-plan"
                      />,
                    ),
                },
                {
                  title: t('ptableCap'),
                  key: 'cap',
                  render: (_, f) =>
                    cell(f.name, 'cap', <Input style={{ width: 76 }} data-testid="ptable-cap" />, [yuanRule]),
                },
                {
                  title: t('ptableDiscountFrom'),
                  key: 'from',
                  render: (_, f) =>
                    cell(
                      f.name,
                      'discountAtLeastPct',
                      <Input style={{ width: 64 }} data-testid="ptable-discount-from" />,
                    ),
                },
                {
                  title: t('ptableDiscountTo'),
                  key: 'to',
                  render: (_, f) =>
                    cell(
                      f.name,
                      'discountBelowPct',
                      <Input style={{ width: 64 }} data-testid="ptable-discount-to" />,
                    ),
                },
                {
                  title: t('ptableAmountYuan'),
                  key: 'amount',
                  render: (_, f) =>
                    cell(
                      f.name,
                      'amountThreshold',
                      <Input style={{ width: 100 }} data-testid="ptable-amount-input" />,
                      [yuanRule],
                    ),
                },
                {
                  title: t('ptableCountN'),
                  key: 'count',
                  render: (_, f) =>
                    cell(
                      f.name,
                      'cappedCountN',
                      <InputNumber<number>
                        precision={0}
                        style={{ width: 64 }}
                        data-testid="ptable-count-input"
                      />,
                    ),
                },
                {
                  title: '',
                  key: 'remove',
                  render: (_, f) => (
                    <Button
                      type="text"
                      size="small"
                      aria-label={t('ptableRemoveRow')}
                      title={t('ptableRemoveRow')}
                      onClick={() => remove(f.name)}
                      data-testid="ptable-remove"
                    >
                      ×
                    </Button>
                  ),
                },
              ]}
            />
            <Button
              type="dashed"
              style={{ marginTop: 8 }}
              onClick={() =>
                add({
                  code: '',
                  category: null,
                  feePlan: 'rate',
                  cap: null,
                  discountAtLeastPct: null,
                  discountBelowPct: null,
                  amountThreshold: null,
                  cappedCountN: null,
                })
              }
              data-testid="ptable-add"
            >
              {t('ptableAddRow')}
            </Button>
          </>
        )}
      </Form.List>
      {other.length > 0 && (
        <Alert type="error" style={{ marginTop: 12 }} title={other.join('; ')} data-testid="ptable-error" />
      )}
      <Space style={{ marginTop: 12 }}>
        <Button type="primary" htmlType="submit" loading={saving.loading} data-testid="ptable-save">
          {t('ptableSave')}
        </Button>
        <Button onClick={onDone}>{t('cancel')}</Button>
      </Space>
    </Form>
  );
}
