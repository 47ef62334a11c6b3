// The problems of moving merchants to another account manager (客户移交), worded in both languages:
// merged into the one table of problem codes (problems.ts).

type Words = { zh: string; en: string };

export const MOVE_PROBLEMS = {
  'move.selectionOne': {
    zh: '请给出商户号或筛选条件之一',
    en: 'give either the MIDs or a filter, not both',
  },
  'move.selectionEmpty': { zh: '没有选中任何商户', en: 'no merchants selected' },
  'move.unknownMids': {
    zh: '有 {count} 个商户号不存在或不在你的范围内：{mids}',
    en: '{count} MIDs unknown or outside your scope: {mids}',
  },
  'move.targetNotFound': { zh: '没有用户“{login}”', en: 'no user "{login}"' },
  'move.targetInactive': { zh: '“{login}”已停用', en: '"{login}" is deactivated' },
  'move.targetNotAccountManager': {
    zh: '“{login}”不是客户经理',
    en: '"{login}" is not an account manager',
  },
  'move.targetOtherBranch': {
    zh: '“{login}”不属于本分公司',
    en: '"{login}" is not of your branch',
  },
  'move.merchantsOtherBranch': {
    zh: '有 {count} 个商户不属于“{login}”的分公司，商户只能移交给本分公司的客户经理',
    en: '{count} merchants belong to another branch than "{login}"; merchants move within their branch',
  },
} as const satisfies Record<string, Words>;
