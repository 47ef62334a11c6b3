import { may, PERMISSIONS, type Permission } from '@cornerstone/shared/roles/permissions';

/** What each role may open; the server enforces the same on every query. */
export type Screen =
  | 'pyramid'
  | 'merchants'
  | 'work'
  | 'campaigns'
  | 'complaints'
  | 'faults'
  | 'imports'
  | 'events'
  | 'atRisk'
  | 'users'
  | 'settings'
  | 'audit'
  | 'apiTokens'
  | 'webhooks';

const SCREENS: Record<Screen, readonly string[] | 'all'> = {
  pyramid: ['admin', 'branch_manager', 'analyst'],
  merchants: 'all',
  // 我的工作: an account manager's tasks and KPIs; managers look at one of their account managers.
  work: ['account_manager', 'branch_manager', 'admin'],
  // 节日问候 campaigns for a segment (the server also lets account managers run them for their own merchants).
  campaigns: ['branch_manager', 'admin'],
  // 投诉: operations staff may not read complaints (the server answers FORBIDDEN); analysts read only.
  complaints: ['admin', 'branch_manager', 'account_manager', 'analyst'],
  // 故障工单: worked by operations; account managers follow their merchants' tickets.
  faults: ['operations', 'branch_manager', 'admin', 'account_manager'],
  // 导入: merchants by administrators and branch managers, settlements by administrators and operations.
  imports: ['admin', 'branch_manager', 'operations'],
  // 客户活动: organised by administrators and branch managers; analysts read them.
  events: ['admin', 'branch_manager', 'analyst'],
  // 流失预警: the at-risk list in the user's scope (operations staff work terminals, not relations).
  atRisk: ['admin', 'branch_manager', 'account_manager', 'analyst'],
  // 用户管理: administrators; branch managers for their own branch's account managers and operations.
  users: PERMISSIONS.manageUsers,
  // 系统设置: the tier scheme, cadence, SLA, points table, products and holidays — data, not code.
  settings: PERMISSIONS.administer,
  // 审计日志, API 令牌, Webhook: the administrator's own screens.
  audit: PERMISSIONS.administer,
  apiTokens: PERMISSIONS.administer,
  webhooks: PERMISSIONS.administer,
};

/** What each role may do: the server's own permission table, shared. */
export type Action = Permission;

export function canUse(role: string, screen: Screen): boolean {
  const roles = SCREENS[screen];
  return roles === 'all' || roles.includes(role);
}

export function canDo(role: string, action: Action): boolean {
  return may(role, action);
}

export function homeOf(role: string): string {
  if (role === 'account_manager') return '/work';
  if (role === 'operations') return '/faults';
  return canUse(role, 'pyramid') ? '/pyramid' : '/merchants';
}
