// The problems of entering a year's holiday calendar (节日日历), worded in both languages: merged into
// the one table of problem codes (problems.ts).

type Words = { zh: string; en: string };

export const HOLIDAY_PROBLEMS = {
  'holiday.twice': { zh: '{holiday}一年只填一次', en: '{holiday} once a year' },
  'holiday.outsideYear': { zh: '须在 {year} 年之内', en: 'within {year}' },
  'holiday.outsideSeason': {
    zh: '{holiday}在 {from} 至 {to} 之间',
    en: '{holiday} falls between {from} and {to}',
  },
  'holiday.offIncomplete': { zh: '放假起止日期请都填或都不填', en: 'both days-off dates or neither' },
  'holiday.offMissesDate': {
    zh: '放假期间须包含节日当天',
    en: 'the days off must include the holiday',
  },
  'holiday.offTooLong': { zh: '放假最长 {max} 天', en: 'at most {max} days off' },
} as const satisfies Record<string, Words>;
