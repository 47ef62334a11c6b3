/** What each role may open; the server enforces the same on every query. */
export type Screen = 'pyramid' | 'merchants' | 'work' | 'campaigns';

const SCREENS: Record<Screen, readonly string[] | 'all'> = {
  pyramid: ['admin', 'branch_manager', 'analyst'],
  merchants: 'all',
  // 我的工作: an account manager's tasks and KPIs; managers look at one of their account managers.
  work: ['account_manager', 'branch_manager', 'admin'],
  // 节日问候 campaigns for a segment (the server also lets account managers run them for their own merchants).
  campaigns: ['branch_manager', 'admin'],
};

/** What each role may do on a screen (the server's role checks on the mutations). */
export type Action = 'recordInteraction';

const ACTIONS: Record<Action, readonly string[]> = {
  recordInteraction: ['admin', 'branch_manager', 'account_manager', 'operations'],
};

export function canUse(role: string, screen: Screen): boolean {
  const roles = SCREENS[screen];
  return roles === 'all' || roles.includes(role);
}

export function canDo(role: string, action: Action): boolean {
  return ACTIONS[action].includes(role);
}

export function homeOf(role: string): string {
  if (role === 'account_manager') return '/work';
  return canUse(role, 'pyramid') ? '/pyramid' : '/merchants';
}
