/** The business day is China's: dates of interactions, settlements and "today" are taken in Asia/Shanghai. */
export const BUSINESS_TZ = 'Asia/Shanghai';

// Made once: building a DateTimeFormat costs far more than formatting with it, and the server asks
// for today several times in every request.
const businessDate = new Intl.DateTimeFormat('en-CA', { timeZone: BUSINESS_TZ });

/** Today's date in the business time zone, YYYY-MM-DD. */
export function businessToday(now = new Date()): string {
  return businessDate.format(now);
}
