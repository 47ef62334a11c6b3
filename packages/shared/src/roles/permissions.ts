// Who may do what, once: the server's guard (@Authorized) and its services check these lists, and
// the web shows or hides the same actions by them. Scope (which merchants) is a separate rule: an
// account manager's own merchants, a branch's for its managers and operations staff, all for the
// rest (docs/domain.md §8).

export const ROLES = ['admin', 'branch_manager', 'account_manager', 'operations', 'analyst'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = {
  /** Users, API tokens, webhooks, policies, the audit log, the CLV model. */
  administer: ['admin'],
  /** Users: a branch manager only their own branch's account managers and operations staff. */
  manageUsers: ['admin', 'branch_manager'],
  /** Visits, calls and other contacts, greetings sent, contact checks: the work on merchants. */
  recordInteraction: ['admin', 'branch_manager', 'account_manager', 'operations'],
  /** Read complaints (operations staff work faults, not complaints). */
  readComplaints: ['admin', 'branch_manager', 'account_manager', 'analyst'],
  /** Open, respond, resolve, close, reopen a complaint. */
  handleComplaint: ['admin', 'branch_manager', 'account_manager'],
  /** Assign and escalate complaints. */
  assignComplaint: ['admin', 'branch_manager'],
  /** Register terminals, assign fault tickets and move them on. */
  workFaultTicket: ['admin', 'branch_manager', 'operations'],
  /** Open a fault ticket: also the merchant's account manager. */
  reportFault: ['admin', 'branch_manager', 'operations', 'account_manager'],
  /** Show a contact's mobile in clear (an account manager only has own merchants in scope). */
  revealContact: ['admin', 'branch_manager', 'account_manager'],
  redeemPoints: ['admin', 'branch_manager', 'account_manager'],
  /** Take the tier snapshot of a period (the tiers that maintenance and points follow). */
  snapshotTiers: ['admin', 'branch_manager'],
  /** Merchant changes: status, imports of the merchant master file. */
  manageMerchants: ['admin', 'branch_manager'],
  importMerchants: ['admin', 'branch_manager'],
  importSettlements: ['admin', 'operations'],
  /** 已推荐 / 接受 / 拒绝: a product offered to a merchant. */
  recordOffer: ['admin', 'branch_manager', 'account_manager'],
  /** Create customer events and invite merchants. */
  organiseEvent: ['admin', 'branch_manager'],
  /** Record a merchant's answer to an invitation and its attendance. */
  answerInvitation: ['admin', 'branch_manager', 'account_manager'],
  /** Follow the imports (one's own; administrators all). */
  readImports: ['admin', 'branch_manager', 'operations'],
  /** The maintenance KPIs (not operations staff: terminals and faults are their work). */
  readMaintenanceReports: ['admin', 'branch_manager', 'account_manager', 'analyst'],
  /** 节日问候: a greeting campaign for a segment (an account manager's own merchants only). */
  runCampaign: ['admin', 'branch_manager', 'account_manager'],
  /** The branch and account-manager pickers of the analyses. */
  listStaff: ['admin', 'analyst', 'branch_manager'],
  /** The lifetime-value and churn back-test: how well the models did (company-wide figures). */
  readModelChecks: ['admin', 'analyst', 'branch_manager'],
  /** A day's capacity of the work queue: everyone's (administrators) or one manager's (their branch manager). */
  planWork: ['admin', 'branch_manager'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/** What each permission lets a role do, in the words of a refusal ("Your role may not …"). */
export const PERMISSION_WORDS: Record<Permission, { zh: string; en: string }> = {
  administer: { zh: '管理系统', en: 'administer the system' },
  manageUsers: { zh: '管理用户', en: 'manage users' },
  recordInteraction: { zh: '记录联系', en: 'record interactions' },
  readComplaints: { zh: '查看投诉', en: 'read complaints' },
  handleComplaint: { zh: '处理投诉', en: 'change complaints' },
  assignComplaint: { zh: '分派或升级投诉', en: 'assign or escalate complaints' },
  workFaultTicket: { zh: '处理故障工单', en: 'work fault tickets' },
  reportFault: { zh: '报告故障', en: 'report faults' },
  revealContact: { zh: '查看完整手机号', en: 'reveal contact numbers' },
  redeemPoints: { zh: '兑换积分', en: 'redeem points' },
  snapshotTiers: { zh: '生成分级快照', en: 'take tier snapshots' },
  manageMerchants: { zh: '变更商户', en: 'change merchants' },
  importMerchants: { zh: '导入商户', en: 'import merchants' },
  importSettlements: { zh: '导入结算数据', en: 'import settlements' },
  recordOffer: { zh: '记录产品推荐', en: 'record product offers' },
  organiseEvent: { zh: '组织客户活动', en: 'organise customer events' },
  answerInvitation: { zh: '登记活动回复与到场', en: 'record invitation answers' },
  readImports: { zh: '查看导入', en: 'follow imports' },
  readMaintenanceReports: { zh: '查看维护考核', en: 'read maintenance KPIs' },
  runCampaign: { zh: '发起节日问候', en: 'run greeting campaigns' },
  listStaff: { zh: '查看员工名单', en: 'list the staff' },
  readModelChecks: { zh: '查看模型回测', en: 'read the model back-test' },
  planWork: { zh: '设置每日工作量', en: 'set the daily work capacity' },
};

/** Whether a role may do an action. */
export function may(role: string, action: Permission): boolean {
  return (PERMISSIONS[action] as readonly string[]).includes(role);
}
