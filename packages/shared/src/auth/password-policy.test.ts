import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordProblem } from './password-policy.ts';
import { manageableRoles, mayManageUser } from './user-rules.ts';

describe('password policy', () => {
  it('asks at least 10 characters, counted as characters, not bytes', () => {
    expect(PASSWORD_MIN_LENGTH).toBe(10);
    expect(passwordProblem('short-pw1', 'am_x')).toEqual({ code: 'password.tooShort', params: { min: 10 } });
    expect(passwordProblem('tall-pine-42', 'am_x')).toBeNull();
    // Ten Chinese characters are ten characters (thirty bytes).
    expect(passwordProblem('基石系统的密码很长吗', 'am_x')).toBeNull();
    expect(passwordProblem('基石系统的密码很长', 'am_x')?.code).toBe('password.tooShort');
    expect(passwordProblem(`${'x'.repeat(PASSWORD_MAX_LENGTH)}y`, 'am_x')?.code).toBe('password.tooLong');
  });

  it('refuses a password that contains the login, in any case', () => {
    expect(passwordProblem('Am_Xian_1-spring', 'am_xian_1')).toEqual({ code: 'password.containsLogin' });
    expect(passwordProblem('spring-ADMIN-2026', 'admin')).toEqual({ code: 'password.containsLogin' });
    // A two-letter login is inside too many words to refuse it.
    expect(passwordProblem('password-manager-x', 'as')).toBeNull();
  });

  it('refuses well-known passwords and one character repeated', () => {
    expect(passwordProblem('Password123', 'am_x')).toEqual({ code: 'password.common' });
    expect(passwordProblem('woaini1314', 'am_x')).toEqual({ code: 'password.common' });
    expect(passwordProblem('1234567890', 'am_x')).toEqual({ code: 'password.common' });
    expect(passwordProblem('zzzzzzzzzzzz', 'am_x')).toEqual({ code: 'password.common' });
  });

  it('keeps the demo users’ password and the tests’ password valid', () => {
    for (const login of ['admin', 'analyst', 'bm_xian', 'am_xian_1', 'ops_xian'])
      expect(passwordProblem('cornerstone-demo', login)).toBeNull();
    for (const login of ['admin', 'am1', 'bm', 'ops'])
      expect(passwordProblem('test-password-1', login)).toBeNull();
  });

  it('accepts any long password without the login and with two different characters', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 12, maxLength: 60 }), (s) => {
        const pw = `${s}Kq7!`;
        expect(passwordProblem(pw, 'zz_no_such_login_zz')?.code ?? null).not.toBe('password.tooShort');
        if (!pw.toLowerCase().includes('zz_no_such_login_zz') && [...pw].length <= PASSWORD_MAX_LENGTH)
          expect(passwordProblem(pw, 'zz_no_such_login_zz')).toBeNull();
      }),
    );
  });
});

describe('who manages whom', () => {
  it('lets an administrator manage every role, a branch manager only their branch’s staff', () => {
    expect(manageableRoles('admin')).toHaveLength(5);
    expect(manageableRoles('branch_manager')).toEqual(['account_manager', 'operations']);
    expect(manageableRoles('analyst')).toEqual([]);
    expect(manageableRoles('account_manager')).toEqual([]);
    const bm = { role: 'branch_manager', branch: '西安分公司' };
    expect(mayManageUser(bm, { role: 'account_manager', branch: '西安分公司' })).toBe(true);
    expect(mayManageUser(bm, { role: 'operations', branch: '西安分公司' })).toBe(true);
    expect(mayManageUser(bm, { role: 'account_manager', branch: '宝鸡分公司' })).toBe(false);
    expect(mayManageUser(bm, { role: 'branch_manager', branch: '西安分公司' })).toBe(false);
    expect(mayManageUser(bm, { role: 'admin', branch: null })).toBe(false);
    expect(
      mayManageUser({ role: 'branch_manager', branch: null }, { role: 'operations', branch: null }),
    ).toBe(false);
    expect(mayManageUser({ role: 'admin', branch: null }, { role: 'analyst', branch: null })).toBe(true);
  });
});
