/** The business day is China's: dates of interactions, settlements and "today" are taken in Asia/Shanghai. */
export const BUSINESS_TZ = 'Asia/Shanghai';

/** Today's date in the business time zone, YYYY-MM-DD. */
export function businessToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: BUSINESS_TZ }).format(now);
}
