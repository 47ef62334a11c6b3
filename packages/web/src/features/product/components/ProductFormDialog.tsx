import { CombinedGraphQLErrors } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { Col, Form, Input, InputNumber, Row, Switch } from 'antd';
import { useState } from 'react';
import { FormDialog } from '../../../components/FormDialog.tsx';
import { fieldProblems } from '../../../lib/field-errors.ts';
import { useLang, useT } from '../../../lib/i18n.ts';
import { SaveProductMutation } from '../product.operations.ts';
import {
  NEW_PRODUCT,
  PRODUCT_FIELDS,
  type ProductFormValues,
  productFieldWords,
  productInput,
} from '../product-form.ts';

const isConflict = (e: unknown) =>
  CombinedGraphQLErrors.is(e) && e.errors.some((x) => x.extensions?.code === 'CONFLICT');

/**
 * 新增产品 / 修改产品: code (new products only; it is the product's key), names and reasons in both
 * languages, the eligibility rule as JSON, the cool-down and whether it is offered. The server's
 * refusals land under their fields.
 */
export function ProductFormDialog({
  open,
  editing,
  onClose,
  onSaved,
}: {
  open: boolean;
  /** The product to change; null to add one. */
  editing: ProductFormValues | null;
  onClose: () => void;
  onSaved: (name: string) => void;
}) {
  const t = useT();
  const lang = useLang();
  const [form] = Form.useForm<ProductFormValues>();
  const [other, setOther] = useState<string[]>([]);
  const [save, saving] = useMutation(SaveProductMutation);

  const submit = async (v: ProductFormValues) => {
    setOther([]);
    try {
      const r = await save({ variables: { input: productInput(v, editing === null) } });
      if (r.data) onSaved(lang === 'zh' ? r.data.saveProduct.nameZh : r.data.saveProduct.nameEn);
    } catch (e) {
      const problems = fieldProblems(e, PRODUCT_FIELDS, lang);
      const conflict = isConflict(e);
      form.setFields(
        problems.fields.map((p) => {
          const words = productFieldWords(p.field, p.message, conflict);
          return { name: p.field, errors: [words ? t(words.key, words.vars) : p.message] };
        }),
      );
      setOther(problems.other);
    }
  };

  const text = (name: keyof ProductFormValues, label: string, area = false) => (
    <Form.Item name={name} label={label} data-testid={`product-field-${name}`}>
      {area ? (
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} data-testid={`product-${name}`} />
      ) : (
        <Input autoComplete="off" data-testid={`product-${name}`} />
      )}
    </Form.Item>
  );
  return (
    <FormDialog
      open={open}
      title={editing ? t('productEditTitle', { code: editing.code }) : t('productAdd')}
      okText={t('save')}
      loading={saving.loading}
      testId="product"
      other={other}
      onClose={() => {
        setOther([]);
        onClose();
      }}
      form={form}
      width={720}
      fresh
    >
      <Form<ProductFormValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={editing ?? NEW_PRODUCT}
        data-testid="product-form"
      >
        <Form.Item
          name="code"
          label={t('productCode')}
          extra={editing ? undefined : t('productCodeHelp')}
          data-testid="product-field-code"
        >
          <Input autoComplete="off" disabled={editing !== null} data-testid="product-code" />
        </Form.Item>
        {/* Both languages side by side, and the interval beside the switch: the dialog fits 1366×768. */}
        <Row gutter={16}>
          <Col span={12}>{text('nameZh', t('productNameZh'))}</Col>
          <Col span={12}>{text('nameEn', t('productNameEn'))}</Col>
          <Col span={12}>{text('reasonZh', t('productReasonZh'), true)}</Col>
          <Col span={12}>{text('reasonEn', t('productReasonEn'), true)}</Col>
        </Row>
        <Form.Item
          name="rule"
          label={t('productRule')}
          extra={t('productRuleHelp')}
          data-testid="product-field-rule"
        >
          <Input.TextArea
            autoSize={{ minRows: 1, maxRows: 4 }}
            style={{ fontFamily: 'monospace' }}
            data-testid="product-rule"
          />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item
              name="cooldownDays"
              label={t('productCooldown')}
              data-testid="product-field-cooldownDays"
            >
              <InputNumber<number>
                precision={0}
                style={{ width: 160 }}
                suffix={t('productCooldownSuffix')}
                data-testid="product-cooldownDays"
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="active" label={t('productActive')} valuePropName="checked">
              <Switch data-testid="product-active" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </FormDialog>
  );
}
