import { TEMPLATE_FIELDS, templateProblems } from '@cornerstone/shared/maintenance/maintenance';
import { problemText } from '@cornerstone/shared/problems';
import { Button, Form, Input, Space } from 'antd';
import { useLang, useT } from '../../../lib/i18n.ts';

/**
 * The SMS template with a button per placeholder ({商户名称} …); checked as the server checks it
 * (the shared rule), its problems in the user's language.
 */
export function TemplateField() {
  const t = useT();
  const lang = useLang();
  const form = Form.useFormInstance();
  return (
    <Form.Item
      name="template"
      label={t('template')}
      rules={[
        {
          validator: (_, v: string | undefined) => {
            const problems = templateProblems(v ?? '').map((p) => problemText(lang, p.code, p.params));
            return problems.length ? Promise.reject(new Error(problems.join('; '))) : Promise.resolve();
          },
        },
      ]}
      extra={
        <Space size={4} wrap style={{ marginTop: 4 }}>
          <span>{t('insertField')}</span>
          {TEMPLATE_FIELDS.map((name) => (
            <Button
              key={name}
              size="small"
              onClick={() => form.setFieldValue('template', `${form.getFieldValue('template')}{${name}}`)}
            >{`{${name}}`}</Button>
          ))}
        </Space>
      }
    >
      <Input.TextArea rows={4} data-testid="campaign-template" />
    </Form.Item>
  );
}
