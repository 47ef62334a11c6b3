// The problems of user administration and of passwords, worded in both languages: merged into the
// one table of problem codes (problems.ts). `user.loginTaken` is worded there already (the CLI's
// `user add` raised it first).

type Words = { zh: string; en: string };

export const USER_PROBLEMS = {
  'password.tooShort': { zh: '密码至少 {min} 个字符', en: 'at least {min} characters' },
  'password.tooLong': { zh: '密码最多 {max} 个字符', en: 'at most {max} characters' },
  'password.containsLogin': { zh: '密码不能包含登录名', en: 'must not contain the login' },
  'password.common': {
    zh: '这是常见密码，请换一个不易猜到的',
    en: 'a well-known password; choose one that is hard to guess',
  },
  'password.wrongCurrent': { zh: '当前密码不正确', en: 'the current password is wrong' },
  'password.unchanged': { zh: '新密码不能与当前密码相同', en: 'must differ from the current password' },
  'user.loginInvalid': {
    zh: '登录名为 2–64 个字母、数字、点、横线或下划线',
    en: '2–64 letters, digits, dot, dash or underscore',
  },
  'user.roleNotAllowed': { zh: '你不能设置角色“{role}”', en: 'you may not give the role "{role}"' },
  'user.branchUnknown': { zh: '没有分公司“{branch}”', en: 'no branch "{branch}"' },
  'user.branchRequired': { zh: '该角色须选择分公司', en: 'this role needs its branch' },
  'user.branchNotForRole': { zh: '该角色不属于分公司', en: 'this role has no branch' },
  'user.branchNotAllowed': {
    zh: '只能管理本分公司的用户',
    en: 'only users of your own branch',
  },
  'user.notFound': { zh: '没有这个用户', en: 'no such user' },
  'user.self': { zh: '不能停用自己的账号', en: 'you cannot deactivate yourself' },
  'user.selfReset': {
    zh: '请在“修改密码”中修改自己的密码',
    en: 'change your own password under "Change password"',
  },
  'user.lastAdmin': {
    zh: '这是最后一位在用的管理员',
    en: 'the last active administrator must stay',
  },
  'user.ownsMerchants': {
    zh: '该用户仍负责 {count} 户商户，请先移交',
    en: 'still manages {count} merchants; move them first',
  },
  'user.serviceUser': {
    zh: '这是 API 令牌的服务账号，请在令牌中管理',
    en: 'an API token’s service user; manage it with its token',
  },
  'user.displayNameLength': { zh: '姓名 1 至 {max} 字', en: 'a name of 1 to {max} characters' },
} as const satisfies Record<string, Words>;

export type UserProblemCode = keyof typeof USER_PROBLEMS;
