import { expect } from 'vitest';
import type { startServer } from './test-server.ts';

/**
 * The run an upload started, as its uploader sees it through `importRun(id)` with `fields`, once it
 * has ended: the upload must have answered 202 with the run id.
 */
export async function endedRun<T extends { status: string }>(
  server: Awaited<ReturnType<typeof startServer>>,
  res: Response,
  token: string | undefined,
  fields: string,
): Promise<T> {
  expect(res.status, await res.clone().text()).toBe(202);
  const { id } = (await res.json()) as { id: number };
  for (let i = 0; i < 600; i++) {
    const r = await server.gql<{ importRun: T | null }>(
      `query($id: Int!) { importRun(id: $id) { ${fields} } }`,
      { id },
      token,
    );
    expect(r.errors).toBeUndefined();
    const run = r.data!.importRun;
    expect(run, `run ${id} as its uploader sees it`).not.toBeNull();
    if (run!.status !== 'running') return run!;
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error(`run ${id} is still running`);
}
