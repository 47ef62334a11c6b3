// The problems of editing the points table (积分规则), worded in both languages: merged into the one
// table of problem codes (problems.ts).

type Words = { zh: string; en: string };

export const POINTS_TABLE_PROBLEMS = {
  'pointsRule.tableEmpty': { zh: '积分表至少一行', en: 'the table needs at least one row' },
  'pointsRule.tooMany': { zh: '积分表最多 {max} 行', en: 'at most {max} rows' },
  'pointsRule.codeInvalid': {
    zh: '编号为 1–40 位小写字母、数字或连字符',
    en: '1 to 40 lowercase letters, digits or hyphens',
  },
  'pointsRule.codeTaken': { zh: '编号 {code} 已用于第 {row} 行', en: '{code} is already row {row}' },
  'pointsRule.categoryUnknown': { zh: '没有商户类型 {category}', en: 'no category {category}' },
  'pointsRule.feePlanUnknown': { zh: '请选择按扣率或封顶', en: 'rate or capped' },
  'pointsRule.capOnlyCapped': { zh: '仅封顶方案可填封顶额', en: 'a cap only on the capped plan' },
  'pointsRule.amountPositive': { zh: '须大于 0 元', en: 'must be more than ¥0' },
  'pointsRule.countWhole': { zh: '须为不小于 1 的整数', en: 'a whole number, 1 or more' },
  'pointsRule.earnsNothing': {
    zh: '请填写金额或笔数，至少一项',
    en: 'an amount or a count of capped transactions, at least one',
  },
  'pointsRule.rateInvalid': {
    zh: '请填写小数，如 0.0008（即 0.08%）',
    en: 'a decimal fraction, e.g. 0.0008 (0.08%)',
  },
  'pointsRule.bandEmpty': {
    zh: '优惠下限须小于上限',
    en: 'the lower discount bound must be below the upper one',
  },
  'pointsRule.overlap': {
    zh: '与第 {row} 行（{code}）匹配同一批商户',
    en: 'matches the same merchants as row {row} ({code})',
  },
  'pointsRule.beforeToday': { zh: '生效日期不能早于今天（{today}）', en: 'not before today ({today})' },
} as const satisfies Record<string, Words>;
