import { Form } from 'antd';
import { useState } from 'react';
import { showProblems } from '../../../lib/field-errors.ts';
import { useLang } from '../../../lib/i18n.ts';

/**
 * The state every desk dialog keeps: its form and the server's problems that belong to none of
 * `fields` (shown above the form). `attempt` runs a save; on failure the field problems go beside
 * their fields and the rest into `other`.
 */
export function useDeskForm<V>(fields: readonly (keyof V & string)[]) {
  const lang = useLang();
  const [form] = Form.useForm<V>();
  const [other, setOther] = useState<string[]>([]);

  const attempt = async (save: () => Promise<void>) => {
    setOther([]);
    try {
      await save();
    } catch (e) {
      setOther(showProblems(e, form, fields, lang));
    }
  };

  return { form, other, clearOther: () => setOther([]), attempt };
}

export type DeskForm<V> = ReturnType<typeof useDeskForm<V>>;
