// The command line's options, read once: a wrong one is a usage error that names it.

/** A mistake in how a command was called: printed with its usage, exit status 2. */
export class UsageError extends Error {}

/** A whole-number option from 1 to `max`; `fallback` when it is not given. */
export function intOption(
  value: string | boolean | undefined,
  name: string,
  fallback: number,
  max: number,
): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw new UsageError(`--${name} must be a whole number from 1 to ${max}`);
  return n;
}
