import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Config } from '../../platform/config.ts';
import { newKeyText, parseKey, writeKeyFileExclusive } from '../../platform/db/key-file.ts';
import type { RotationProgress } from '../../platform/db/key-rotation.ts';
import { loadedKeyFile } from '../../platform/db/personal-data.ts';
import type { Orm } from '../orm.ts';

// `keys rotate [--new-key-file FILE]` (docs/security.md, "Data key"). The input has the shape of
// commands.ts's CommandInput, spelt out here: importing it would make an import cycle.
interface KeysInput {
  orm: Orm;
  config: Config;
  args: string[];
  options: Record<string, string | boolean | undefined>;
}

const USAGE = 'usage: keys rotate [--new-key-file FILE]';

/**
 * The new key: read from `--new-key-file` when that file exists, else generated and written there
 * (mode 0600, before any value is encrypted under it). Without the option, a key file database gets
 * a generated key (kept in data.key.new by the rotation); a database whose key is
 * CORNERSTONE_DATA_KEY needs the option, or the new key would be known to nobody.
 */
function newKey(option: string | boolean | undefined): { key: Buffer; file: string | null; made: boolean } {
  if (typeof option === 'string') {
    // pnpm runs the script in packages/server; a relative path means the caller's directory.
    const file = resolve(process.env.INIT_CWD ?? process.cwd(), option);
    if (existsSync(file)) return { key: parseKey(readFileSync(file, 'utf8'), file), file, made: false };
    const text = newKeyText();
    writeKeyFileExclusive(file, text);
    return { key: parseKey(text, file), file, made: true };
  }
  if (option !== undefined) throw new Error(`--new-key-file needs a FILE; ${USAGE}`);
  if (!loadedKeyFile())
    throw new Error(
      'this database takes its key from CORNERSTONE_DATA_KEY: give the new key with --new-key-file FILE ' +
        '(an existing file holding it, or a new file to write a generated key to); nothing was written',
    );
  return { key: parseKey(newKeyText(), 'a generated key'), file: null, made: true };
}

/** Progress on stderr: rows done of the total, a line every few seconds and at the end. */
function progressLine() {
  let last = 0;
  return ({ done, total }: RotationProgress) => {
    if (done < total && Date.now() - last < 2000) return;
    last = Date.now();
    const pct = total > 0 ? Math.floor((100 * done) / total) : 100;
    process.stderr.write(
      `keys rotate: ${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')} values (${pct}%)\n`,
    );
  };
}

export async function keysCommand(input: KeysInput): Promise<number> {
  if (input.args[0] !== 'rotate' || input.args.length > 1) throw new Error(USAGE);
  const { key, file, made } = newKey(input.options['new-key-file']);
  if (file && made) process.stderr.write(`keys rotate: new key generated into ${file} (mode 0600)\n`);
  const { rotateDataKey } = await import('../../platform/db/key-rotation.ts');
  const { PERSONAL_DATA_COLUMNS } = await import('../personal-data-columns.ts');
  const { audit } = await import('../../identity/audit/audit.service.ts');
  const em = input.orm.em.fork() as never;
  let result: Awaited<ReturnType<typeof rotateDataKey>>;
  try {
    result = await rotateDataKey(input.orm, PERSONAL_DATA_COLUMNS, {
      newKey: key,
      onProgress: progressLine(),
    });
  } catch (err) {
    await audit(em, { actor: 'cli', role: 'admin', action: 'keys-rotate', outcome: 'error' });
    throw err;
  }
  await audit(em, {
    actor: 'cli',
    role: 'admin',
    action: 'keys-rotate',
    outcome: 'ok',
    detail: { values: result.rows },
  });
  const lines = [
    `keys rotate: ${result.rows} values re-encrypted under the new data key; the database now takes only the new key.`,
  ];
  if (result.keyFile)
    lines.push(
      `The new key replaced ${result.keyFile}${file ? ` (it is also in ${file})` : ''}. Restart a server running on this database.`,
    );
  else
    lines.push(
      `Every process of this database must now be restarted with CORNERSTONE_DATA_KEY set to the new key, in ${file}:`,
      'a process still running with the old key must be stopped (it would write values no other process can read),',
      'and one started with the old key is refused. Keep the old key until no backup made before now is needed.',
    );
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
