import { Card, Descriptions } from 'antd';
import { Link } from 'react-router';
import type { MerchantPageQuery } from '../../../gql/graphql.ts';
import { formatDate, formatMoney, formatRate } from '../../../lib/format.ts';
import { useLang, useT, useTCode } from '../../../lib/i18n.ts';
import { RevealMobile } from './RevealMobile.tsx';

type Merchant = NonNullable<MerchantPageQuery['merchant']>;

/** 商户档案: profile (mobile masked, 查看明文 for permitted roles) and fee plan against the list rate. */
export function ProfileCard({
  merchant: m,
  mayReveal,
  complaintsLink,
}: {
  merchant: Merchant;
  mayReveal: boolean;
  /** Whether to link to the merchant's complaints (roles that may open the complaints board). */
  complaintsLink: boolean;
}) {
  const t = useT();
  const tc = useTCode();
  const lang = useLang();
  return (
    <Card size="small" title={t('profile')} data-testid="merchant-profile">
      <Descriptions column={1} size="small" styles={{ label: { width: 96 } }}>
        {m.tradingName && <Descriptions.Item label={t('tradingName')}>{m.tradingName}</Descriptions.Item>}
        <Descriptions.Item label={t('category')}>
          {tc('category', m.category)} · {t('mcc')} {m.mcc}
        </Descriptions.Item>
        <Descriptions.Item label={t('onboarded')}>{formatDate(m.onboardedOn)}</Descriptions.Item>
        <Descriptions.Item label={t('contact')}>{m.contact.name ?? '–'}</Descriptions.Item>
        <Descriptions.Item label={t('mobile')}>
          <RevealMobile mid={m.mid} masked={m.contact.mobile ?? null} mayReveal={mayReveal} />
        </Descriptions.Item>
        {m.contact.verifiedOn && (
          <Descriptions.Item label={t('verifiedOn')}>{formatDate(m.contact.verifiedOn)}</Descriptions.Item>
        )}
        <Descriptions.Item label={t('planKind')}>{tc('feePlan', m.feePlan.kind)}</Descriptions.Item>
        <Descriptions.Item label={t('rate')}>
          <span data-testid="fee-rate">{formatRate(m.feePlan.rate)}</span>
          {m.feePlan.cap && ` · ${t('cap')} ${t('perTxn', { amount: formatMoney(m.feePlan.cap, lang) })}`}
        </Descriptions.Item>
        <Descriptions.Item label={t('listRate')}>{formatRate(m.feePlan.listRate)}</Descriptions.Item>
        <Descriptions.Item label={t('discount')}>{formatRate(m.feePlan.discount)}</Descriptions.Item>
      </Descriptions>
      {complaintsLink && (
        <Link to={`/complaints?mid=${m.mid}`} data-testid="merchant-complaints-link">
          {t('complaintsOfMerchant')}
        </Link>
      )}
    </Card>
  );
}
