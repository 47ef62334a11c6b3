import { useMutation } from '@apollo/client/react';
import { problemText } from '@cornerstone/shared/problems';
import {
  Alert,
  Button,
  Card,
  Col,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { TIER_COLORS } from '../../../components/TierTag.tsx';
import type { TierSchemeFieldsFragment } from '../../../gql/graphql.ts';
import { fieldProblems } from '../../../lib/field-errors.ts';
import { useLang, useT } from '../../../lib/i18n.ts';
import { monthOf } from '../../../lib/period.ts';
import { SetTierSchemeMutation } from '../tier-scheme.operations.ts';
import {
  formFieldOf,
  presetValues,
  type SchemeFormValues,
  schemeInput,
  schemeProblems,
  schemeValues,
} from '../tier-scheme-form.ts';

// Every field a problem can name, so the server's answers land under their field too.
const FIELDS = [
  'measure',
  'effectiveFrom',
  ...[0, 1, 2, 3].flatMap((i) =>
    ['zh', 'en', 'cumulativePercent', 'minAmount'].map((f) => `levels[${i}].${f}`),
  ),
];

/**
 * A new version of the tier scheme: share or threshold, started from the scheme in force or a
 * preset, with its first month. The shared rule checks it before sending (the server checks it
 * again by the same codes); each problem is shown under its field.
 */
export function TierSchemeEditor({
  current,
  onSaved,
}: {
  current: TierSchemeFieldsFragment;
  onSaved: () => void;
}) {
  const t = useT();
  const lang = useLang();
  const [form] = Form.useForm<SchemeFormValues>();
  const kind = Form.useWatch('kind', form) ?? current.kind;
  const [other, setOther] = useState<string[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  const [save, saving] = useMutation(SetTierSchemeMutation, {
    // Tiers and their names change for the periods recomputed: every cached pyramid, tag and list goes.
    update(cache) {
      for (const fieldName of ['tierScheme', 'pyramid', 'tierMigration', 'merchants', 'merchant'])
        cache.evict({ id: 'ROOT_QUERY', fieldName });
      cache.gc();
    },
  });
  const month = monthOf(new Date());

  const show = (problems: { field: string; message: string }[]) => {
    form.setFields(
      problems.flatMap((p) => {
        const name = formFieldOf(p.field);
        return name ? [{ name: name as never, errors: [p.message] }] : [];
      }),
    );
    setOther(problems.filter((p) => !formFieldOf(p.field)).map((p) => p.message));
  };

  const submit = async () => {
    const values = form.getFieldsValue(true) as SchemeFormValues;
    setSaved(null);
    form.setFields(FIELDS.map((f) => ({ name: formFieldOf(f) as never, errors: [] })));
    const problems = schemeProblems(values);
    if (problems.length) {
      show(problems.map((p) => ({ field: p.field, message: problemText(lang, p.code, p.params) })));
      return;
    }
    try {
      const r = await save({ variables: { input: schemeInput(values) } });
      if (!r.data) return;
      const periods = r.data.setTierScheme.recomputedPeriods;
      setOther([]);
      const saved = t('tierSchemeSaved', {
        month: values.effectiveFrom.trim(),
        count: periods.length,
        periods: periods.length ? `（${periods.join(lang === 'zh' ? '、' : ', ')}）` : '',
      });
      // Recomputed snapshots answer first; the tasks they move follow behind (Query.tierFollowUp).
      setSaved(periods.length ? `${saved}${lang === 'zh' ? '' : ' '}${t('tierSchemeTasksFollow')}` : saved);
      onSaved();
    } catch (e) {
      const p = fieldProblems(e, FIELDS, lang);
      show(p.fields);
      setOther((o) => [...o, ...p.other]);
    }
  };

  const preset = (values: SchemeFormValues) => {
    form.resetFields();
    form.setFieldsValue(values);
    setOther([]);
  };

  return (
    <Card
      size="small"
      title={t('tierSchemeNew')}
      extra={
        <Space size={4}>
          <Typography.Text type="secondary">{t('tierSchemePresets')}</Typography.Text>
          <Button
            size="small"
            onClick={() => preset(presetValues('default', month))}
            data-testid="tier-scheme-preset-default"
          >
            {t('tierSchemePresetDefault')}
          </Button>
          <Button
            size="small"
            onClick={() => preset(presetValues('cardLevels', month))}
            data-testid="tier-scheme-preset-cards"
          >
            {t('tierSchemePresetCards')}
          </Button>
        </Space>
      }
    >
      <Form<SchemeFormValues>
        form={form}
        layout="vertical"
        initialValues={schemeValues(current, month)}
        onFinish={submit}
        data-testid="tier-scheme-form"
      >
        <Row gutter={16}>
          <Col span={10}>
            <Form.Item name="kind" label={t('tierSchemeKindLabel')}>
              <Radio.Group data-testid="tier-scheme-kind">
                <Radio.Button value="SHARE">{t('tierSchemeKind.SHARE')}</Radio.Button>
                <Radio.Button value="THRESHOLD">{t('tierSchemeByThreshold')}</Radio.Button>
              </Radio.Group>
            </Form.Item>
          </Col>
          <Col span={7}>
            {kind === 'THRESHOLD' && (
              <Form.Item
                name="measure"
                label={t('tierSchemeMeasure')}
                data-testid="tier-scheme-field-measure"
              >
                <Select
                  data-testid="tier-scheme-measure"
                  options={(['PROFIT', 'TXN_AMOUNT'] as const).map((m) => ({
                    value: m,
                    label: t(`tierMeasure.${m}`),
                  }))}
                />
              </Form.Item>
            )}
          </Col>
          <Col span={7}>
            <Form.Item
              name="effectiveFrom"
              label={t('tierSchemeEffective')}
              data-testid="tier-scheme-field-effectiveFrom"
            >
              <Input placeholder="YYYY-MM" maxLength={7} data-testid="tier-scheme-effective" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={8} style={{ fontWeight: 500, marginBottom: 4 }}>
          <Col span={5}>{t('tierSchemeLevel')}</Col>
          <Col span={6}>{t('tierSchemeNameZh')}</Col>
          <Col span={6}>{t('tierSchemeNameEn')}</Col>
          <Col span={7}>{kind === 'SHARE' ? t('tierSchemeShare') : t('tierSchemeMin')}</Col>
        </Row>
        {current.levels.map((l, i) => (
          <Row gutter={8} key={l.tier} data-testid={`tier-scheme-level-${l.tier}`}>
            <Col span={5} style={{ paddingTop: 4 }}>
              <Tag color={TIER_COLORS[l.tier]}>{t(`tier.${l.tier}`)}</Tag>
            </Col>
            <Col span={6}>
              <Form.Item name={['levels', i, 'zh']} data-testid={`tier-scheme-field-${i}-zh`}>
                <Input maxLength={20} data-testid={`tier-scheme-zh-${i}`} />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name={['levels', i, 'en']} data-testid={`tier-scheme-field-${i}-en`}>
                <Input maxLength={20} data-testid={`tier-scheme-en-${i}`} />
              </Form.Item>
            </Col>
            <Col span={7}>
              {kind === 'SHARE' ? (
                <Form.Item
                  name={['levels', i, 'cumulativePercent']}
                  data-testid={`tier-scheme-field-${i}-share`}
                >
                  <InputNumber<number>
                    min={0}
                    max={100}
                    step={1}
                    suffix="%"
                    style={{ width: '100%' }}
                    data-testid={`tier-scheme-share-${i}`}
                  />
                </Form.Item>
              ) : i < current.levels.length - 1 ? (
                <Form.Item name={['levels', i, 'minAmount']} data-testid={`tier-scheme-field-${i}-min`}>
                  <Input prefix="¥" data-testid={`tier-scheme-min-${i}`} />
                </Form.Item>
              ) : (
                <Typography.Text type="secondary" style={{ display: 'inline-block', paddingTop: 5 }}>
                  {t('tierSchemeRest')}
                </Typography.Text>
              )}
            </Col>
          </Row>
        ))}
        {other.length > 0 && (
          <Alert
            type="error"
            title={other.join('; ')}
            data-testid="tier-scheme-error"
            style={{ marginBottom: 12 }}
          />
        )}
        {saved && (
          <Alert type="success" title={saved} data-testid="tier-scheme-saved" style={{ marginBottom: 12 }} />
        )}
        <Button type="primary" htmlType="submit" loading={saving.loading} data-testid="tier-scheme-save">
          {t('tierSchemeSave')}
        </Button>
      </Form>
    </Card>
  );
}
