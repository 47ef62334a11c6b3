import { useMutation } from '@apollo/client/react';
import { Checkbox, Form, Input } from 'antd';
import { useEffect, useState } from 'react';
import { FormDialog } from '../../../components/FormDialog.tsx';
import type { WebhookEvent } from '../../../gql/graphql.ts';
import { showProblems } from '../../../lib/field-errors.ts';
import { useLang, useT, useTCode } from '../../../lib/i18n.ts';
import { SubscribeWebhookMutation } from '../admin-pages.operations.ts';
import { eventName, urlProblem, WEBHOOK_EVENT_CHOICES } from '../webhooks.ts';

const FIELDS = ['url', 'events'] as const;

interface Values {
  url: string;
  events: WebhookEvent[];
}

/**
 * 订阅事件: a receiver URL and the events it takes. A URL that is not http(s) is marked before
 * sending; the server's refusals (this host, a link-local address) land on the URL field. The
 * signing secret comes back once (`onSubscribed`).
 */
export function SubscribeWebhookDialog({
  open,
  onClose,
  onSubscribed,
}: {
  open: boolean;
  onClose: () => void;
  onSubscribed: (secret: string, subscription: string) => void;
}) {
  const t = useT();
  const tc = useTCode();
  const lang = useLang();
  const [form] = Form.useForm<Values>();
  const [other, setOther] = useState<string[]>([]);
  const [subscribe, subscribing] = useMutation(SubscribeWebhookMutation);

  useEffect(() => {
    if (!open) return;
    setOther([]);
    form.resetFields();
  }, [open, form]);

  const submit = async (v: Values) => {
    setOther([]);
    try {
      const r = await subscribe({ variables: { url: v.url.trim(), events: v.events } });
      if (r.data) onSubscribed(r.data.subscribeWebhook.secret, r.data.subscribeWebhook.subscription.id);
    } catch (e) {
      setOther(showProblems(e, form, FIELDS, lang));
    }
  };

  return (
    <FormDialog
      open={open}
      title={t('webhookSubscribeTitle')}
      okText={t('webhookSubscribeOk')}
      loading={subscribing.loading}
      testId="webhook-form"
      other={other}
      onClose={onClose}
      form={form}
      width={560}
    >
      <Form<Values> form={form} layout="vertical" onFinish={submit} data-testid="webhook-form">
        <Form.Item
          name="url"
          label={t('webhookUrl')}
          extra={t('webhookUrlHint')}
          rules={[
            {
              validator: async (_, v: string | undefined) => {
                const problem = urlProblem(v ?? '');
                if (problem === 'required') throw new Error(t('required'));
                if (problem === 'invalid') throw new Error(t('webhookUrlInvalid'));
              },
            },
          ]}
        >
          <Input data-testid="webhook-url" autoComplete="off" placeholder="https://" />
        </Form.Item>
        <Form.Item
          name="events"
          label={t('webhookEvents')}
          rules={[{ required: true, type: 'array', min: 1, message: t('webhookEventsMissing') }]}
        >
          <Checkbox.Group
            data-testid="webhook-events"
            style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', rowGap: 6 }}
            options={WEBHOOK_EVENT_CHOICES.map((e) => ({
              value: e,
              label: (
                <span data-testid={`webhook-event-${eventName(e)}`}>{tc('webhookEvent', eventName(e))}</span>
              ),
            }))}
          />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}
