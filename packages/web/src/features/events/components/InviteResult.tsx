import { Card, Col, Row, Statistic } from 'antd';
import { formatCount } from '../../../lib/format.ts';
import { useLang, useT } from '../../../lib/i18n.ts';

export interface InviteRun {
  id: string;
  title: string;
  invited: number;
  alreadyInvited: number;
}

/** What sending an event's invitations did: invited now, and invited before (each merchant once). */
export function InviteResult({ result }: { result: InviteRun }) {
  const t = useT();
  const lang = useLang();
  return (
    <Card
      size="small"
      title={t('invitationsOf', { title: result.title })}
      data-testid="invite-result"
      data-event={result.id}
      data-invited={result.invited}
      data-already={result.alreadyInvited}
    >
      <Row gutter={12}>
        <Col span={12}>
          <Statistic
            title={t('invitedNow')}
            value={formatCount(result.invited, lang)}
            valueRender={(node) => <span data-testid="invite-now">{node}</span>}
          />
        </Col>
        <Col span={12}>
          <Statistic
            title={t('alreadyInvited')}
            value={formatCount(result.alreadyInvited, lang)}
            valueRender={(node) => <span data-testid="invite-already">{node}</span>}
          />
        </Col>
      </Row>
    </Card>
  );
}
