import { Alert, Col, Row, Space } from 'antd';
import { useState } from 'react';
import { useAuth } from '../../../lib/auth.ts';
import { useT } from '../../../lib/i18n.ts';
import { canDo } from '../../../lib/permissions.ts';
import { EventForm } from './EventForm.tsx';
import { EventList } from './EventList.tsx';
import { InviteResult, type InviteRun } from './InviteResult.tsx';

/**
 * 客户活动: seminars, training, customer events and the key-customer club, with invited / said yes /
 * attended counts; administrators and branch managers create events for a segment and send the
 * invitations (each merchant once: sending again invites only newcomers to the segment).
 */
export function EventsPage() {
  const t = useT();
  const { user } = useAuth();
  const mayOrganise = canDo(user.role, 'organiseEvent');
  const [result, setResult] = useState<InviteRun | null>(null);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="events-page">
      {mayOrganise ? (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={16}>
            <EventForm />
          </Col>
          <Col xs={24} xl={8}>
            {result && <InviteResult result={result} />}
          </Col>
        </Row>
      ) : (
        <Alert type="info" showIcon title={t('eventsReadOnly')} data-testid="events-read-only" />
      )}
      <EventList onInvited={setResult} />
    </Space>
  );
}
