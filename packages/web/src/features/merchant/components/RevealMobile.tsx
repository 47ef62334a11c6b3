import { useMutation } from '@apollo/client/react';
import { App, Button, Space, Tooltip } from 'antd';
import { useState } from 'react';
import { fieldProblems } from '../../../lib/field-errors.ts';
import { useLang, useT } from '../../../lib/i18n.ts';
import { RevealContactMutation } from '../merchant.operations.ts';

/**
 * The contact's mobile, masked (138****5678); 查看明文 asks the server for it in clear, which
 * writes the read to the audit log. Only offered to the roles that may (`mayReveal`). The clear
 * number lives in this component's state only, never in the cache.
 */
export function RevealMobile({
  mid,
  masked,
  mayReveal,
}: {
  mid: string;
  masked: string | null;
  mayReveal: boolean;
}) {
  const t = useT();
  const lang = useLang();
  const { message } = App.useApp();
  const [clear, setClear] = useState<string | null>(null);
  const [reveal, { loading }] = useMutation(RevealContactMutation, { fetchPolicy: 'no-cache' });
  const run = async () => {
    try {
      const res = await reveal({ variables: { mid, reason: 'merchant page' } });
      setClear(res.data?.revealContact.mobile ?? null);
    } catch (e) {
      message.error(fieldProblems(e, [], lang).other.join('; '));
    }
  };
  return (
    <Space size={4} wrap>
      <span data-testid="contact-mobile" data-revealed={clear ? 'true' : 'false'}>
        {clear ?? masked ?? '–'}
      </span>
      {mayReveal &&
        masked &&
        (clear ? (
          <Button type="link" size="small" data-testid="hide-mobile" onClick={() => setClear(null)}>
            {t('hide')}
          </Button>
        ) : (
          <Tooltip title={t('revealAudited')}>
            <Button type="link" size="small" loading={loading} data-testid="reveal-mobile" onClick={run}>
              {t('reveal')}
            </Button>
          </Tooltip>
        ))}
    </Space>
  );
}
