// Where the first start's demo load stands (`serve --demo-if-empty`): the server answers while the
// demo fills in behind it, and `/healthz` tells the web app, which shows a banner until it is done.
// One per process: the load runs in the process that serves.

export interface DemoStatus {
  /** none: no demo is loading here; loading; ready: loaded by this process; failed. */
  state: 'none' | 'loading' | 'ready' | 'failed';
  /** What it is doing: users, merchants, settlements, tiers, maintenance, service desk, value. */
  step: string | null;
  /** An estimate of the share done, 0–100. */
  percent: number;
}

let status: DemoStatus = { state: 'none', step: null, percent: 0 };

export const demoStatus = (): DemoStatus => status;

export function setDemoStatus(next: Partial<DemoStatus>): void {
  status = { ...status, ...next };
}
