// The problems of the work queue's settings and actions, worded in both languages: merged into the
// one table of problem codes (problems.ts).

type Words = { zh: string; en: string };

export const WORK_PROBLEMS = {
  'capacity.range': { zh: '须为 0 至 200 的整数', en: 'a whole number from 0 to 200' },
  'work.managerNotFound': {
    zh: '没有客户经理 {login}（或不在您的范围内）',
    en: 'no account manager {login} in your scope',
  },
  'work.tasksNotChores': {
    zh: '只有节日问候和信息核实任务可以批量完成（{count} 条不是）',
    en: 'only greetings and re-verifications can be done in a batch ({count} are not)',
  },
  'work.tasksNotFound': {
    zh: '{count} 条任务不存在、已关闭或不在您的范围内',
    en: '{count} tasks do not exist, are closed or are outside your scope',
  },
  'work.tooMany': { zh: '一次最多 {max} 条', en: 'at most {max} at once' },
} as const satisfies Record<string, Words>;
