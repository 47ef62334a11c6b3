// Global set-up of the server tests: every log line of the run goes to one file
// (CORNERSTONE_LOG_FILE, set in vitest.config.ts); when the run ends, the file is searched for
// personal data in clear and the run fails if it holds any.
import { existsSync, readFileSync } from 'node:fs';
import { CLEAR_MOBILE } from '../../src/platform/logger.ts';

export function findClearPersonalData(path: string): string[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => CLEAR_MOBILE.test(line));
}

export default function setup() {
  return () => {
    const path = process.env.CORNERSTONE_LOG_FILE;
    if (!path) return;
    const bad = findClearPersonalData(path);
    if (bad.length)
      throw new Error(
        `${bad.length} log line(s) in ${path} hold a mobile number in clear, e.g. ${bad[0]!.slice(0, 300)}`,
      );
    process.stdout.write(`log check: no personal data in clear in ${path}\n`);
  };
}
