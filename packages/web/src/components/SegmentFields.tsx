import { useQuery } from '@apollo/client/react';
import { CATEGORY_CODES } from '@cornerstone/shared/merchant/category';
import { TIER_CODES } from '@cornerstone/shared/tier/tier-scheme';
import { Col, Form, Row, Select } from 'antd';
import { useT } from '../lib/i18n.ts';
import { ScopeBranchesQuery } from './scope-filters.operations.ts';

/**
 * The segment a campaign or an event reaches, as four form fields (`tier`, `branch`, `category`,
 * `potential`) inside the caller's antd form; an empty field means "all".
 */
export function SegmentFields({
  testIdPrefix,
  tierLabel,
  tierLocked = false,
}: {
  /** Test ids are `${prefix}-tier`, `${prefix}-branch`, … */
  testIdPrefix: string;
  tierLabel: string;
  /** The tier is fixed to key customers (a key-customer club event). */
  tierLocked?: boolean;
}) {
  const t = useT();
  const branches = useQuery(ScopeBranchesQuery);
  return (
    <Row gutter={12} style={{ marginTop: 8 }}>
      <Col xs={12} md={6}>
        <Form.Item name="tier" label={tierLabel}>
          <Select
            allowClear
            disabled={tierLocked}
            placeholder={tierLocked ? t('tier.KEY') : t('all')}
            data-testid={`${testIdPrefix}-tier`}
            options={TIER_CODES.map((x) => ({ value: x, label: t(`tier.${x}`) }))}
          />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name="branch" label={t('branch')}>
          <Select
            allowClear
            placeholder={t('all')}
            data-testid={`${testIdPrefix}-branch`}
            loading={branches.loading}
            options={(branches.data?.branchesConnection.edges ?? []).map(({ node: b }) => ({
              value: b.name,
              label: b.name,
            }))}
          />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name="category" label={t('category')}>
          <Select
            allowClear
            placeholder={t('all')}
            data-testid={`${testIdPrefix}-category`}
            options={CATEGORY_CODES.map((c) => ({ value: c, label: t(`category.${c}`) }))}
          />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name="potential" label={t('potential')}>
          <Select
            allowClear
            placeholder={t('all')}
            data-testid={`${testIdPrefix}-potential`}
            options={[
              { value: 'yes', label: t('potentialYes') },
              { value: 'no', label: t('potentialNo') },
            ]}
          />
        </Form.Item>
      </Col>
    </Row>
  );
}
