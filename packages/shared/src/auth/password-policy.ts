// The password policy (docs/security.md, Passwords), once: the server refuses by it (GraphQL and
// the CLI's `user add`), the web checks the form by it before sending. No network: the list of
// well-known passwords is built in.

/** The shortest password accepted (NIST SP 800-63B asks at least 8; we ask 10). */
export const PASSWORD_MIN_LENGTH = 10;
/** The longest: Argon2 takes any length, a bound keeps a request from hashing megabytes. */
export const PASSWORD_MAX_LENGTH = 128;
/** A login shorter than this is not looked for inside the password (`as` is in `password`). */
const LOGIN_CHECK_MIN = 3;

// The most used passwords of 10 characters or more in the public breach lists (SecLists'
// top-10k, the CSDN and 12306 leaks for the Chinese ones), lower-case. Shorter ones already fail
// the length rule.
const COMMON = new Set([
  '1234567890',
  '0123456789',
  '0987654321',
  '9876543210',
  '12345678910',
  '123456789a',
  'a123456789',
  '123456789q',
  'q123456789',
  '1111111111',
  '0000000000',
  '1122334455',
  '1234512345',
  '123123123123',
  'qwertyuiop',
  'qwerty1234',
  'qwerty12345',
  '1qaz2wsx3edc',
  '1q2w3e4r5t',
  '1q2w3e4r5t6y',
  'qwe1234567',
  'asdfghjkl1',
  'zxcvbnm123',
  'abc1234567',
  'abcd123456',
  'abcdefghij',
  'password12',
  'password123',
  'password1234',
  'password!1',
  'passw0rd123',
  'p@ssw0rd123',
  'iloveyou12',
  'iloveyou123',
  'woaini1314',
  'woaini520520',
  '5201314520',
  '1314520520',
  'qq123456789',
  'admin12345',
  'admin123456',
  'administrator',
  'welcome123',
  'changeme123',
  'letmein123',
  'football123',
  'baseball123',
  'sunshine123',
  'princess123',
  'monkey12345',
  'dragon12345',
  'superman123',
  'trustno1234',
  'cornerstone',
  'cornerstone1',
  'cornerstone123',
]);

export type PasswordProblem =
  | { code: 'password.tooShort'; params: { min: number } }
  | { code: 'password.tooLong'; params: { max: number } }
  | { code: 'password.containsLogin' }
  | { code: 'password.common' };

/**
 * Why a password may not be used by the user `login`, or null when it may: at least
 * {@link PASSWORD_MIN_LENGTH} characters (and at most {@link PASSWORD_MAX_LENGTH}), not containing
 * the login in any case, not a well-known password nor one character repeated.
 */
export function passwordProblem(password: string, login: string): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH)
    return { code: 'password.tooShort', params: { min: PASSWORD_MIN_LENGTH } };
  if (length > PASSWORD_MAX_LENGTH) return { code: 'password.tooLong', params: { max: PASSWORD_MAX_LENGTH } };
  const lower = password.toLowerCase();
  const name = login.trim().toLowerCase();
  if (name.length >= LOGIN_CHECK_MIN && lower.includes(name)) return { code: 'password.containsLogin' };
  if (COMMON.has(lower) || new Set(lower).size === 1) return { code: 'password.common' };
  return null;
}
