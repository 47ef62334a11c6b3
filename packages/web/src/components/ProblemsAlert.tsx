import { Alert } from 'antd';
import { useT } from '../lib/i18n.ts';

/**
 * What the server refused without naming one of the form's fields (`showProblems` answers it),
 * with the form: nothing when there is none. `title` when the form words it its own way.
 */
export function ProblemsAlert({
  problems,
  testId,
  title,
}: {
  problems: readonly string[];
  testId?: string;
  title?: string;
}) {
  const t = useT();
  if (problems.length === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 12 }}
      title={title ?? t('fixFields')}
      description={problems.join('; ')}
      data-testid={testId}
    />
  );
}
