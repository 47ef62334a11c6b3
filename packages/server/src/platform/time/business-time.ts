import { BUSINESS_TZ, businessToday } from '@cornerstone/shared/period/business-day';
import { type Period, parsePeriod } from '@cornerstone/shared/period/period';
import { AppError } from '../graphql/errors.ts';

// Business time: days and periods as the branch lives them (Asia/Shanghai), in SQL and arguments.
export { BUSINESS_TZ, businessToday };

/** SQL for the business day of a timestamp column. */
export const localDateSql = (col: string) => `(${col} at time zone '${BUSINESS_TZ}')::date`;

/** Reads a period argument (`2026-11`, `2026-Q4`, `2026`, …); a bad one names its field. */
export function parsePeriodArg(value: string, field = 'period'): Period {
  try {
    return parsePeriod(value);
  } catch (err) {
    throw new AppError('BAD_USER_INPUT', `${field}: ${(err as Error).message}`, { field });
  }
}
