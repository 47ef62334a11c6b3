import { renderTemplate } from '@cornerstone/shared/maintenance/maintenance';
import { Card, Form, type FormInstance, Typography } from 'antd';
import { useAuth } from '../../../lib/auth.ts';
import { useT } from '../../../lib/i18n.ts';
import { type CampaignValues, holidayName } from '../campaign-form.ts';
import { smsCount } from '../sms.ts';

/** 短信预览: the template rendered for a sample merchant, with its length in characters and SMS. */
export function CampaignPreview({ form }: { form: FormInstance<CampaignValues> }) {
  const t = useT();
  const { user } = useAuth();
  const holiday = Form.useWatch('holiday', form) ?? 'SPRING_FESTIVAL';
  const template = Form.useWatch('template', form) ?? '';
  const preview = renderTemplate(template, {
    商户名称: t('sampleMerchant'),
    联系人: t('sampleContact'),
    节日: holidayName(holiday),
    客户经理: user.displayName || t('sampleManager'),
  });
  const size = smsCount(preview);
  return (
    <Card size="small" title={t('preview')}>
      <div
        data-testid="campaign-preview"
        style={{
          background: '#f0f5ff',
          borderRadius: 12,
          padding: '10px 14px',
          whiteSpace: 'pre-wrap',
          wordBreak: 'break-all',
        }}
      >
        {preview || '–'}
      </div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="campaign-sms-size">
        {t('smsLength', { n: size.chars, sms: size.parts })}
      </Typography.Text>
    </Card>
  );
}
