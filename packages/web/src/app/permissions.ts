/** What each role may open; the server enforces the same on every query. */
export type Screen = 'pyramid' | 'merchants';

const SCREENS: Record<Screen, readonly string[] | 'all'> = {
  pyramid: ['admin', 'branch_manager', 'analyst'],
  merchants: 'all',
};

export function canUse(role: string, screen: Screen): boolean {
  const roles = SCREENS[screen];
  return roles === 'all' || roles.includes(role);
}

export function homeOf(role: string): string {
  return canUse(role, 'pyramid') ? '/pyramid' : '/merchants';
}
