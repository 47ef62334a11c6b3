import { useMutation, useQuery } from '@apollo/client/react';
import { CATEGORY_CODES, categoryOfMcc } from '@cornerstone/shared/merchant/category';
import { MERCHANT_STATUSES } from '@cornerstone/shared/merchant/merchant-rules';
import { App, Col, Form, Input, Modal, Row, Select } from 'antd';
import { type ComponentProps, type ReactNode, useEffect, useMemo, useState } from 'react';
import { ProblemsAlert } from '../../../components/ProblemsAlert.tsx';
import { ScopeBranchesQuery, ScopeManagersQuery } from '../../../components/scope-filters.operations.ts';
import { useAuth } from '../../../lib/auth.ts';
import { showProblems } from '../../../lib/field-errors.ts';
import { useLang, useT, useTCode } from '../../../lib/i18n.ts';
import { CreateMerchantMutation, UpdateMerchantMutation } from '../merchant.operations.ts';
import {
  createInputOf,
  type EditedMerchant,
  formValuesOf,
  MERCHANT_FORM_FIELDS,
  type MerchantFormValues,
  planChanges,
  statusChanges,
  updateInputOf,
} from '../merchant-form.ts';

const FEE_PLANS = ['rate', 'capped'] as const;

/**
 * 编辑商户 / 新建商户: the merchant's master data, fee plan (with the day a new one takes effect),
 * owner, contact and status. The server checks each value by the rule its merchants.csv column has
 * and answers by field, shown under the field in the user's language; nothing is saved then.
 */
export function MerchantFormDialog({
  open,
  merchant,
  onClose,
  onSaved,
}: {
  open: boolean;
  /** The merchant to edit; null to create one. */
  merchant: EditedMerchant | null;
  onClose: () => void;
  onSaved: (mid: string) => void;
}) {
  const t = useT();
  const tc = useTCode();
  const lang = useLang();
  const { message } = App.useApp();
  const { user } = useAuth();
  const [form] = Form.useForm<MerchantFormValues>();
  const [other, setOther] = useState<string[]>([]);
  const [managerSearch, setManagerSearch] = useState('');
  const initial = useMemo(() => (merchant ? formValuesOf(merchant) : {}), [merchant]);
  const ownBranch = user.role === 'branch_manager' ? user.branch : null;
  const values = Form.useWatch([], form) ?? {};
  const branch = (values.branch as string | undefined) ?? merchant?.branch ?? ownBranch ?? null;
  const branches = useQuery(ScopeBranchesQuery, { skip: !open || !!merchant });
  const managers = useQuery(ScopeManagersQuery, {
    variables: { branch, search: managerSearch.trim() || null },
    skip: !open,
  });
  const [create, creating] = useMutation(CreateMerchantMutation);
  const [update, updating] = useMutation(UpdateMerchantMutation, {
    refetchQueries: ['MerchantChanges'],
  });

  useEffect(() => {
    if (!open) return;
    setOther([]);
    form.resetFields();
    form.setFieldsValue(merchant ? initial : { feePlan: 'rate', branch: ownBranch ?? undefined });
  }, [open, merchant, initial, form, ownBranch]);

  const submit = async (v: MerchantFormValues) => {
    setOther([]);
    try {
      if (merchant) {
        const input = updateInputOf(initial, v);
        if (Object.keys(input).length === 0) {
          message.info(t('merchantUnchanged'));
          onClose();
          return;
        }
        await update({ variables: { mid: merchant.mid, input } });
        message.success(t('merchantSaved'));
        onSaved(merchant.mid);
      } else {
        const r = await create({ variables: { input: createInputOf(v) } });
        const mid = r.data?.createMerchant.mid ?? '';
        message.success(t('merchantCreated', { mid }));
        onSaved(mid);
      }
    } catch (e) {
      setOther(showProblems(e, form, MERCHANT_FORM_FIELDS, lang));
    }
  };

  const item = (name: keyof MerchantFormValues, label: string, node: ReactNode, extra?: string) => (
    <Form.Item name={name} label={label} extra={extra} style={{ marginBottom: 12 }}>
      {node}
    </Form.Item>
  );
  const input = (name: keyof MerchantFormValues, props: ComponentProps<typeof Input> = {}) => (
    <Input data-testid={`merchant-form-${name}`} autoComplete="off" {...props} />
  );
  // A choice among coded values, each in the user's language.
  const coded = (name: keyof MerchantFormValues, prefix: string, codes: readonly string[]) => (
    <Select
      data-testid={`merchant-form-${name}`}
      options={codes.map((c) => ({ value: c, label: tc(prefix, c) }))}
    />
  );
  const managerOptions = (managers.data ?? managers.previousData)?.accountManagersConnection.edges.map(
    ({ node: m }) => ({ value: m.login, label: `${m.displayName} (${m.login})` }),
  );
  const withCurrent =
    merchant && !managerOptions?.some((o) => o.value === merchant.manager.login)
      ? [{ value: merchant.manager.login, label: merchant.manager.login }, ...(managerOptions ?? [])]
      : (managerOptions ?? []);

  return (
    <Modal
      open={open}
      width={720}
      title={merchant ? t('merchantEditTitle', { name: merchant.name }) : t('merchantNew')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={creating.loading || updating.loading}
      okButtonProps={{ 'data-testid': 'merchant-form-save' } as Record<string, string>}
      forceRender
    >
      <Form<MerchantFormValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        data-testid="merchant-form"
        onValuesChange={(changed: MerchantFormValues) => {
          // The MCC names its category (the server refuses a pair that disagrees): follow it.
          const category = changed.mcc ? categoryOfMcc(changed.mcc.trim()) : null;
          if (category) form.setFieldValue('category', category);
        }}
      >
        <Row gutter={12}>
          {!merchant && <Col span={12}>{item('mid', t('mid'), input('mid', { maxLength: 15 }))}</Col>}
          <Col span={12}>{item('name', t('name'), input('name'))}</Col>
          <Col span={12}>{item('tradingName', t('tradingName'), input('tradingName'))}</Col>
          <Col span={6}>{item('mcc', t('mcc'), input('mcc', { maxLength: 4 }))}</Col>
          <Col span={merchant ? 12 : 6}>
            {item('category', t('category'), coded('category', 'category', CATEGORY_CODES))}
          </Col>
          <Col span={6}>{item('feePlan', t('planKind'), coded('feePlan', 'feePlan', FEE_PLANS))}</Col>
          <Col span={6}>{item('rate', t('rate'), input('rate', { placeholder: '0.0078' }))}</Col>
          {values.feePlan === 'capped' && (
            <Col span={6}>{item('cap', t('cap'), input('cap', { placeholder: '26.00' }))}</Col>
          )}
          {merchant && planChanges(initial, values) && (
            <Col span={12}>
              {item(
                'feePlanFrom',
                t('feePlanFrom'),
                input('feePlanFrom', { type: 'date' }),
                t('feePlanFromHelp'),
              )}
            </Col>
          )}
          {!merchant && (
            <Col span={12}>
              {item(
                'branch',
                t('branch'),
                <Select
                  data-testid="merchant-form-branch"
                  disabled={ownBranch !== null}
                  showSearch
                  options={branches.data?.branchesConnection.edges.map(({ node: b }) => ({
                    value: b.name,
                    label: b.name,
                  }))}
                />,
              )}
            </Col>
          )}
          <Col span={12}>
            {item(
              'manager',
              t('manager'),
              <Select
                data-testid="merchant-form-manager"
                showSearch={{ filterOption: false, onSearch: setManagerSearch }}
                options={withCurrent}
              />,
            )}
          </Col>
          {!merchant && (
            <Col span={12}>{item('onboardedOn', t('onboarded'), input('onboardedOn', { type: 'date' }))}</Col>
          )}
          <Col span={12}>{item('contactName', t('merchantContactName'), input('contactName'))}</Col>
          <Col span={12}>
            {item(
              'contactMobile',
              t('mobile'),
              input('contactMobile', { maxLength: 11, inputMode: 'numeric' }),
              merchant?.contact.mobile
                ? t('merchantMobileKeep', { masked: merchant.contact.mobile })
                : undefined,
            )}
          </Col>
          {merchant && (
            <Col span={12}>{item('status', t('status'), coded('status', 'status', MERCHANT_STATUSES))}</Col>
          )}
          {merchant && statusChanges(initial, values) && (
            <Col span={24}>
              {item('statusReason', t('statusReason'), input('statusReason', { maxLength: 500 }))}
            </Col>
          )}
        </Row>
        <ProblemsAlert problems={other} testId="merchant-form-error" />
      </Form>
    </Modal>
  );
}
