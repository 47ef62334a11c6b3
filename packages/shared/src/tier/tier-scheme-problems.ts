// The problems of a tier scheme, worded in both languages: merged into the one table of problem
// codes (problems.ts); `tierSchemeProblems` finds them with the field each belongs to.

type Words = { zh: string; en: string };

export const TIER_SCHEME_PROBLEMS = {
  'tierScheme.levels': {
    zh: '须为四个级别，自上而下：{codes}',
    en: 'exactly four levels, top first: {codes}',
  },
  'tierScheme.nameMissing': { zh: '请填写级别名称（1 至 20 字）', en: 'a level name, 1 to 20 characters' },
  'tierScheme.shareNotRising': {
    zh: '累计占比须高于上一级（{previous}%），且不超过 100%',
    en: 'must be above the level above ({previous}%) and at most 100%',
  },
  'tierScheme.shareStep': { zh: '最多两位小数（0.01%）', en: 'at most two decimals (0.01%)' },
  'tierScheme.shareLastNotFull': { zh: '最后一级须为 100%', en: 'the last level must be 100%' },
  'tierScheme.measureMissing': { zh: '请选择衡量指标', en: 'choose what to measure' },
  'tierScheme.thresholdNotFalling': {
    zh: '门槛须低于上一级（¥{previous}）',
    en: 'must be below the level above (¥{previous})',
  },
  'tierScheme.thresholdNotPositive': { zh: '门槛须大于 0', en: 'must be above 0' },
  'tierScheme.periodInvalid': { zh: '请填写生效月份 YYYY-MM', en: 'a month YYYY-MM' },
} as const satisfies Record<string, Words>;

export type TierSchemeProblemCode = keyof typeof TIER_SCHEME_PROBLEMS;
