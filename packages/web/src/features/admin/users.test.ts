import { describe, expect, it } from 'vitest';
import { needsBranch, roleChoices, userInput, usersFilter } from './users.ts';

describe('the users page’s shaping', () => {
  it('offers a branch manager only their staff’s roles, an administrator all five', () => {
    expect(roleChoices('branch_manager')).toEqual(['account_manager', 'operations']);
    expect(roleChoices('admin')).toHaveLength(5);
    expect(roleChoices('analyst')).toEqual([]);
  });

  it('sends a branch only with a branch role, and no blank name', () => {
    expect(needsBranch('operations')).toBe(true);
    expect(needsBranch('analyst')).toBe(false);
    expect(userInput({ role: 'analyst', branch: '西安分公司', displayName: '  ' })).toEqual({
      role: 'analyst',
      branch: null,
      displayName: null,
    });
    expect(userInput({ role: 'account_manager', branch: '西安分公司', displayName: ' 王芳 ' })).toEqual({
      role: 'account_manager',
      branch: '西安分公司',
      displayName: '王芳',
    });
  });

  it('filters by what is chosen only', () => {
    expect(usersFilter({})).toEqual({});
    expect(usersFilter({ role: 'operations', status: 'inactive', search: ' am ' })).toEqual({
      role: 'operations',
      active: false,
      search: 'am',
    });
    expect(usersFilter({ status: 'active', branch: '宝鸡分公司' })).toEqual({
      active: true,
      branch: '宝鸡分公司',
    });
  });
});
