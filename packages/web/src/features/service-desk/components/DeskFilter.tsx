import { Select, Space } from 'antd';
import { useT } from '../../../lib/i18n.ts';

/** A labelled filter select whose empty value means "all". */
export function DeskFilter({
  label,
  testId,
  value,
  options,
  onChange,
  width = 120,
}: {
  label: string;
  testId: string;
  value: string | undefined;
  options: { value: string; label: string }[];
  onChange: (v: string | undefined) => void;
  width?: number;
}) {
  const t = useT();
  return (
    <Space size={4}>
      <span>{label}</span>
      <Select
        data-testid={testId}
        style={{ width }}
        allowClear
        placeholder={t('all')}
        value={value ?? null}
        onChange={(v) => onChange(v ?? undefined)}
        options={options}
      />
    </Space>
  );
}

/** Options of a yes/no filter as URL values. */
export const yesNoOptions = (yes: string, no: string) => [
  { value: 'true', label: yes },
  { value: 'false', label: no },
];

export const boolParam = (v: boolean | undefined) => (v === undefined ? undefined : String(v));
