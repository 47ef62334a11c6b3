import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Empty, Form, Input, Modal, Progress, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { CursorPager } from '../../../components/CursorPager.tsx';
import { ProblemsAlert } from '../../../components/ProblemsAlert.tsx';
import type { MerchantValueQuery as MerchantValueData } from '../../../gql/graphql.ts';
import { fieldProblems } from '../../../lib/field-errors.ts';
import { formatDate, formatDecimal, formatShare, formatYuan } from '../../../lib/format.ts';
import { useLang, useT, useTCode } from '../../../lib/i18n.ts';
import { useCursorPaging } from '../../../lib/useCursorPaging.ts';
import { MerchantValueQuery, RecordProductOfferMutation } from '../value.operations.ts';
import {
  heldProducts,
  OFFER_OUTCOMES,
  type OfferOutcome,
  productName,
  reasonsIn,
  wholePercent,
} from '../value.ts';

type Rec = NonNullable<MerchantValueData['merchant']>['recommendationsConnection']['edges'][number]['node'];
type Offer = { rec: Rec; outcome: OfferOutcome };

/** Recommendations a page holds; a merchant rarely has more, and then the pager shows. */
const PAGE_SIZE = 10;

/**
 * 推荐产品: the merchant's recommendations, best first, each with its score and reasons; the roles
 * that sell record 已推荐 / 接受 / 拒绝. Products held are listed as tags above.
 */
export function RecommendationsCard({ mid, mayOffer }: { mid: string; mayOffer: boolean }) {
  const t = useT();
  const tc = useTCode();
  const lang = useLang();
  const paging = useCursorPaging(mid, PAGE_SIZE);
  const { data, loading, error, refetch } = useQuery(MerchantValueQuery, {
    variables: { mid, ...paging.variables },
    notifyOnNetworkStatusChange: true,
  });
  const [offer, setOffer] = useState<Offer | null>(null);
  const m = data?.merchant;
  const catalogue = (data?.productsConnection.edges ?? []).map((e) => e.node);
  const held = m ? heldProducts(m.products, catalogue, lang) : [];
  const conn = m?.recommendationsConnection;
  const recs = (conn?.edges ?? []).map((e) => e.node);
  return (
    <Card
      size="small"
      title={t('recommendations')}
      data-testid="recommendations"
      data-loading={loading ? 'true' : 'false'}
      data-count={conn?.totalCount}
    >
      {error && (
        <Alert
          type="error"
          showIcon
          title={t('error')}
          description={error.message}
          action={<Button onClick={() => refetch()}>{t('retry')}</Button>}
        />
      )}
      {m?.clv && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }} data-testid="merchant-clv">
          {t('clvLine', {
            clv: formatYuan(m.clv.clv, lang),
            alive: formatShare(m.clv.probabilityAlive, lang, 0),
            asOf: formatDate(m.clv.asOf),
          })}
          <span data-testid="clv-model" data-model={m.clv.model}>
            {` · ${t('clvModelLine', { model: tc('clvModel', m.clv.model) })}`}
          </span>
          {m.clv.model === 'BGBB' && m.clv.expectedActiveMonths != null && (
            <span data-testid="clv-active-months">
              {` · ${t('clvActiveMonths', { n: formatDecimal(m.clv.expectedActiveMonths, lang, 1) })}`}
            </span>
          )}
        </Typography.Paragraph>
      )}
      <Space size={[4, 4]} wrap style={{ marginBottom: 8 }} data-testid="held-products">
        <Typography.Text type="secondary">{t('heldProducts')}</Typography.Text>
        {m && held.length === 0 && <Typography.Text type="secondary">{t('noHeldProducts')}</Typography.Text>}
        {held.map((p) => (
          <Tag key={p.code} color="green" data-testid={`held-${p.code}`}>
            {p.name}
          </Tag>
        ))}
      </Space>
      {m && conn?.totalCount === 0 && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noRecommendations')} />
      )}
      {!m && loading && <Typography.Text type="secondary">{t('loading')}</Typography.Text>}
      <div style={{ display: 'flex', flexDirection: 'column', gap: 10 }}>
        {recs.map((r) => (
          <RecommendationRow
            key={r.product.code}
            rec={r}
            mayOffer={mayOffer}
            onOffer={(outcome) => setOffer({ rec: r, outcome })}
          />
        ))}
      </div>
      <CursorPager
        onlyWhenPaged
        paging={paging}
        pageInfo={conn?.pageInfo}
        totalCount={conn?.totalCount}
        loading={loading}
        total="recTotal"
        testIds={{ total: 'rec-total', next: 'rec-next', previous: 'rec-previous' }}
      />
      {mayOffer && (
        <OfferModal
          mid={mid}
          offer={offer}
          onClose={() => setOffer(null)}
          onSaved={() => {
            void refetch();
          }}
        />
      )}
    </Card>
  );
}

function RecommendationRow({
  rec,
  mayOffer,
  onOffer,
}: {
  rec: Rec;
  mayOffer: boolean;
  onOffer: (outcome: OfferOutcome) => void;
}) {
  const t = useT();
  const tc = useTCode();
  const lang = useLang();
  const score = wholePercent(rec.score) ?? 0;
  return (
    <div
      data-testid={`rec-${rec.product.code}`}
      data-code={rec.product.code}
      data-score={rec.score}
      style={{ borderBottom: '1px solid #f0f0f0', paddingBottom: 8 }}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: 8, flexWrap: 'wrap' }}>
        <Typography.Text strong data-testid="rec-name" style={{ flex: '1 1 120px' }}>
          {productName(rec.product, lang)}
        </Typography.Text>
        <span title={t('recScore')} style={{ width: 120 }}>
          <Progress percent={score} size="small" format={(p) => `${p}%`} data-testid="rec-score" />
        </span>
      </div>
      <ul data-testid="rec-reasons" style={{ margin: '4px 0', paddingInlineStart: 18 }}>
        {reasonsIn(rec, lang).map((reason) => (
          <li key={reason}>
            <Typography.Text>{reason}</Typography.Text>
          </li>
        ))}
      </ul>
      <div style={{ display: 'flex', alignItems: 'center', gap: 8, flexWrap: 'wrap' }}>
        <Typography.Text type="secondary" style={{ fontSize: 12, flex: '1 1 auto' }}>
          {t('recFit', { p: formatShare(rec.fit, lang, 0) })} ·{' '}
          {t('recPeerAdoption', { p: formatShare(rec.peerAdoption, lang, 0) })} ·{' '}
          {t('cooldownDays', { n: rec.product.cooldownDays })}
        </Typography.Text>
        {mayOffer && (
          <Space size={4}>
            {OFFER_OUTCOMES.map((o) => (
              <Button
                key={o}
                size="small"
                type={o === 'accepted' ? 'primary' : 'default'}
                danger={o === 'declined'}
                data-testid={`rec-${o}`}
                onClick={() => onOffer(o)}
              >
                {tc('offerOutcome', o)}
              </Button>
            ))}
          </Space>
        )}
      </div>
    </div>
  );
}

const FIELDS = ['note', 'product', 'outcome'] as const;

function OfferModal({
  mid,
  offer,
  onClose,
  onSaved,
}: {
  mid: string;
  offer: Offer | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const t = useT();
  const tc = useTCode();
  const lang = useLang();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note?: string }>();
  const [other, setOther] = useState<string[]>([]);
  const [record, { loading }] = useMutation(RecordProductOfferMutation);
  const close = () => {
    setOther([]);
    onClose();
  };
  const submit = async (v: { note?: string }) => {
    if (!offer) return;
    setOther([]);
    const { rec, outcome } = offer;
    try {
      await record({
        variables: { mid, product: rec.product.code, outcome, note: v.note?.trim() || null },
      });
      message.success(
        t(`offerDone.${outcome}`, {
          product: productName(rec.product, lang),
          n: rec.product.cooldownDays,
        }),
      );
      onSaved();
      close();
    } catch (e) {
      const problems = fieldProblems(e, FIELDS, lang);
      const onNote = problems.fields.filter((p) => p.field === 'note');
      form.setFields(onNote.map((p) => ({ name: 'note' as const, errors: [p.message] })));
      setOther([
        ...problems.fields.filter((p) => p.field !== 'note').map((p) => p.message),
        ...problems.other,
      ]);
    }
  };
  return (
    <Modal
      open={offer !== null}
      title={
        offer &&
        t('offerTitle', {
          product: productName(offer.rec.product, lang),
          outcome: tc('offerOutcome', offer.outcome),
        })
      }
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={close}
      okButtonProps={{ 'data-testid': 'offer-save' } as Record<string, string>}
      destroyOnHidden
    >
      <ProblemsAlert problems={other} testId="offer-error" />
      <Form form={form} layout="vertical" preserve={false} onFinish={submit} data-testid="offer-form">
        <Form.Item name="note" label={t('offerNote')}>
          <Input.TextArea rows={3} maxLength={1000} showCount data-testid="offer-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
