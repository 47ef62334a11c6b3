import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { categoryDef, parseCategory } from '@cornerstone/shared/merchant/category';
import { MERCHANT_COLUMNS, validateMerchantRow } from '@cornerstone/shared/merchant/merchant-row';
import { parseYuan } from '@cornerstone/shared/money/money';
import { addDays } from '@cornerstone/shared/period/period';
import { SETTLEMENT_COLUMNS, validateSettlementRow } from '@cornerstone/shared/settlement/settlement-row';
import { topShare } from '@cornerstone/shared/tier/lorenz';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_BRANCHES, DEMO_PASSWORD, demoUsers } from './demo-branches.ts';
import { csvField, csvLine, writeDemoCsv } from './demo-data.ts';
import { demoMerchant, demoMerchantRows } from './demo-merchants.ts';
import { hashSeed, Rng } from './demo-random.ts';
import { demoSettlementRows, demoSettlementWindow } from './demo-settlements.ts';
import { demoTradeMccs } from './demo-trades.ts';

const TODAY = '2026-11-28';
const profitOf = (s: Record<string, string>): bigint =>
  parseYuan(s.merchant_fee!) - parseYuan(s.issuer_fee!) - parseYuan(s.network_fee!);

const dirs: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'cs-demo-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('seeded randomness', () => {
  it('repeats a stream for the same seed and differs for another', () => {
    const a = new Rng(42);
    const b = new Rng(42);
    const c = new Rng(43);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xs);
    expect(hashSeed(1, 2, 3)).toBe(hashSeed(1, 2, 3));
    expect(hashSeed(1, 2, 3)).not.toBe(hashSeed(1, 3, 2));
  });

  it('draws normals with mean 0 and sd 1, log-normals with the right median, and Poisson means', () => {
    const r = new Rng(7);
    const n = 20_000;
    let sum = 0;
    let sq = 0;
    for (let i = 0; i < n; i++) {
      const z = r.normal();
      sum += z;
      sq += z * z;
    }
    expect(Math.abs(sum / n)).toBeLessThan(0.03);
    expect(Math.abs(Math.sqrt(sq / n) - 1)).toBeLessThan(0.03);
    const logs = Array.from({ length: 5_001 }, () => r.logNormal(Math.log(100), 1.5)).sort((x, y) => x - y);
    expect(logs[2_500]! / 100).toBeGreaterThan(0.9);
    expect(logs[2_500]! / 100).toBeLessThan(1.1);
    for (const lambda of [0.5, 4, 80]) {
      let s = 0;
      for (let i = 0; i < 5_000; i++) s += r.poisson(lambda);
      expect(Math.abs(s / 5_000 - lambda) / lambda).toBeLessThan(0.05);
    }
  });
});

describe('demo branches and users', () => {
  it('has Shaanxi branches in 关中, 陕北 and 陕南, 西安 largest', () => {
    expect(DEMO_BRANCHES.length).toBeGreaterThanOrEqual(8);
    expect(new Set(DEMO_BRANCHES.map((b) => b.region))).toEqual(new Set(['关中', '陕北', '陕南']));
    const largest = [...DEMO_BRANCHES].sort((a, b) => b.weight - a.weight)[0]!;
    expect(largest.name).toBe('西安分公司');
    expect(new Set(DEMO_BRANCHES.map((b) => b.areaCode)).size).toBe(DEMO_BRANCHES.length);
  });

  it('has admin, analyst, and per branch a manager, an operations user and 2–4 account managers', () => {
    const users = demoUsers();
    expect(DEMO_PASSWORD).toBe('cornerstone-demo');
    expect(users).toEqual(demoUsers());
    expect(new Set(users.map((u) => u.login)).size).toBe(users.length);
    for (const u of users) {
      expect(u.login).toMatch(/^[a-z0-9_]+$/);
      expect(u.displayName).toMatch(/^[\u4e00-\u9fff]{2,4}$/);
    }
    expect(users.find((u) => u.login === 'admin')).toMatchObject({ role: 'admin', branch: null });
    expect(users.find((u) => u.login === 'analyst')).toMatchObject({ role: 'analyst', branch: null });
    for (const b of DEMO_BRANCHES) {
      const here = users.filter((u) => u.branch === b.name);
      expect(here.filter((u) => u.role === 'branch_manager').map((u) => u.login)).toEqual([`bm_${b.pinyin}`]);
      expect(here.filter((u) => u.role === 'operations').map((u) => u.login)).toEqual([`ops_${b.pinyin}`]);
      const ams = here.filter((u) => u.role === 'account_manager');
      expect(ams.length).toBeGreaterThanOrEqual(2);
      expect(ams.length).toBeLessThanOrEqual(4);
      expect(ams.map((u) => u.login)).toEqual(ams.map((_, i) => `am_${b.pinyin}_${i + 1}`));
    }
    expect(users.filter((u) => u.branch === '西安分公司' && u.role === 'account_manager')).toHaveLength(4);
  });
});

describe('demo merchants', () => {
  const rows = [...demoMerchantRows({ merchants: 2_000, today: TODAY })];

  it('uses MCCs that belong to each trade’s category', () => {
    for (const t of demoTradeMccs()) expect(t.actual, t.mcc).toBe(t.category);
  });

  it('gives 2,000 rows that all pass validateMerchantRow, with unique 15-digit MIDs', () => {
    expect(rows).toHaveLength(2_000);
    for (const row of rows) {
      const v = validateMerchantRow(row);
      expect(v.ok, `${JSON.stringify(row)} ${v.ok ? '' : JSON.stringify(v.errors)}`).toBe(true);
      expect(Object.keys(row)).toEqual([...MERCHANT_COLUMNS]);
      expect(row.mid).toMatch(/^898\d{12}$/);
      expect(row.contact_mobile).toMatch(/^1[3-9]\d{9}$/);
    }
    expect(new Set(rows.map((r) => r.mid)).size).toBe(rows.length);
  });

  it('assigns each merchant to an account manager of its own branch', () => {
    const branchOf = new Map(
      demoUsers()
        .filter((u) => u.role === 'account_manager')
        .map((u) => [u.login, u.branch]),
    );
    for (const row of rows) expect(branchOf.get(row.manager), row.manager).toBe(row.branch);
  });

  it('has a realistic mix of categories, branches, fee plans and onboarding dates', () => {
    const count = (f: (r: Record<string, string>) => boolean) => rows.filter(f).length;
    const byCat = (zh: string) => count((r) => r.category === zh);
    expect(byCat('一般类')).toBeGreaterThan(byCat('餐娱类'));
    expect(byCat('餐娱类')).toBeGreaterThan(byCat('民生类'));
    expect(byCat('民生类')).toBeGreaterThan(byCat('批发类'));
    expect(byCat('批发类')).toBeGreaterThan(byCat('车房类'));
    expect(byCat('车房类')).toBeGreaterThan(0);
    const xian = count((r) => r.branch === '西安分公司');
    for (const b of DEMO_BRANCHES.slice(1)) expect(xian).toBeGreaterThan(count((r) => r.branch === b.name));

    for (const row of rows) {
      const def = categoryDef(parseCategory(row.category!)!);
      const rateMicros = BigInt(Math.round(Number(row.rate) * 1e6));
      // At or a little below the list rate: a discount of 0–0.2%.
      expect(rateMicros <= def.listRate && rateMicros >= def.listRate - 2_000n, JSON.stringify(row)).toBe(
        true,
      );
      if (row.fee_plan === 'capped') {
        expect(['26.00', '30.00', '35.00', '40.00', '60.00', '80.00']).toContain(row.cap);
      }
      expect(row.onboarded_on! < TODAY).toBe(true);
      expect(row.onboarded_on! >= addDays(TODAY, -8 * 365 - 2)).toBe(true);
    }
    const capped = count((r) => r.fee_plan === 'capped');
    expect(capped).toBeGreaterThan(100);
    expect(capped).toBeLessThan(600);
    expect(count((r) => r.category === '批发类' && r.cap === '26.00')).toBeGreaterThan(50);
    const recent = count((r) => r.onboarded_on! >= addDays(TODAY, -365));
    expect(recent).toBeGreaterThan(40);
    expect(recent).toBeLessThan(300);
  });

  it('keeps merchant i the same whatever the merchant count', () => {
    const few = [...demoMerchantRows({ merchants: 50, today: TODAY })];
    expect(few).toEqual(rows.slice(0, 50));
    const other = [...demoMerchantRows({ merchants: 50, today: TODAY, seed: 7 })];
    expect(other).not.toEqual(few);
  });
});

describe('demo settlements', () => {
  const opts = { merchants: 400, months: 3, today: TODAY };
  const merchants = [...demoMerchantRows(opts)];
  const onboarded = new Map(merchants.map((m) => [m.mid, m.onboarded_on]));
  const plan = new Map(merchants.map((m) => [m.mid, m.fee_plan]));
  const rows = [...demoSettlementRows(opts)];

  it('covers the last full months and the current month up to yesterday', () => {
    expect(demoSettlementWindow(TODAY, 3)).toEqual({ start: '2026-08-01', end: '2026-11-27' });
    expect(demoSettlementWindow('2026-01-01', 12)).toEqual({ start: '2025-01-01', end: '2025-12-31' });
    expect(demoSettlementWindow('2026-02-15', 2)).toEqual({ start: '2025-12-01', end: '2026-02-14' });
  });

  it('gives rows that all pass validateSettlementRow, never before onboarding', () => {
    expect(rows.length).toBeGreaterThan(400 * 60);
    const seen = new Set<string>();
    let prevDate = '';
    for (const row of rows) {
      const v = validateSettlementRow(row);
      expect(v.ok, `${JSON.stringify(row)} ${v.ok ? '' : JSON.stringify(v.errors)}`).toBe(true);
      expect(Object.keys(row)).toEqual([...SETTLEMENT_COLUMNS]);
      expect(row.settle_date >= onboarded.get(row.mid)!, JSON.stringify(row)).toBe(true);
      expect(row.settle_date >= '2026-08-01' && row.settle_date <= '2026-11-27').toBe(true);
      expect(row.settle_date >= prevDate).toBe(true);
      prevDate = row.settle_date;
      const key = `${row.settle_date} ${row.mid}`;
      expect(seen.has(key)).toBe(false);
      seen.add(key);
      expect(Number(row.txn_count)).toBeGreaterThan(0);
      if (plan.get(row.mid) === 'rate') expect([row.capped_count, row.capped_amount]).toEqual(['0', '0.00']);
    }
    expect(rows.some((r) => r.capped_count !== '0')).toBe(true);
  });

  it('prices fees consistently: capped transactions pay exactly the cap, network fee within its ceiling', () => {
    const capOf = new Map(merchants.map((m) => [m.mid, m.cap]));
    for (const row of rows) {
      const amount = parseYuan(row.txn_amount);
      const n = BigInt(row.txn_count);
      // Network fee: 0.065% capped at ¥6.5 per transaction, rounded per transaction.
      expect(parseYuan(row.network_fee) <= n * 650n).toBe(true);
      expect(parseYuan(row.network_fee) <= (amount * 650n) / 1_000_000n + n).toBe(true);
      if (row.capped_count !== '0') {
        const cap = parseYuan(capOf.get(row.mid)!);
        expect(parseYuan(row.merchant_fee) >= cap * BigInt(row.capped_count)).toBe(true);
        expect(parseYuan(row.capped_amount) * 1_000_000n >= cap * BigInt(row.capped_count) * 7_000n).toBe(
          true,
        );
      }
    }
  });

  it('lets small merchants skip days and follows the week', () => {
    const days = new Map<string, number>();
    for (const r of rows) days.set(r.mid, (days.get(r.mid) ?? 0) + 1);
    const total = 119; // 2026-08-01..2026-11-27
    const full = merchants.filter((m) => m.onboarded_on! <= '2026-08-01');
    const withGaps = full.filter((m) => (days.get(m.mid!) ?? 0) < total);
    expect(withGaps.length).toBeGreaterThan(full.length * 0.1);
    expect(full.filter((m) => days.get(m.mid!) === total).length).toBeGreaterThan(full.length * 0.3);
  });

  it('is the same on every run, and a shorter run is the tail of a longer one', () => {
    expect([...demoSettlementRows({ merchants: 60, months: 2, today: TODAY })]).toEqual(
      rows.filter((r) => merchants.findIndex((m) => m.mid === r.mid) < 60 && r.settle_date >= '2026-09-01'),
    );
    const again = [...demoSettlementRows({ ...opts, merchants: 100 })];
    expect(again).toEqual([...demoSettlementRows({ ...opts, merchants: 100 })]);
    expect([...demoSettlementRows({ ...opts, merchants: 100, seed: 3 })]).not.toEqual(again);
  });

  it('stops leavers for good on their leaving day, and lets declining merchants shrink', () => {
    let left = 0;
    const declining: string[] = [];
    const lastDate = new Map<string, string>();
    for (const r of rows) lastDate.set(r.mid, r.settle_date);
    for (let i = 0; i < opts.merchants; i++) {
      const m = demoMerchant(i, 2026, TODAY);
      const last = lastDate.get(m.mid);
      if (m.fate === 'leaving') {
        expect(m.leavesOn).not.toBeNull();
        if (last !== undefined) expect(last < m.leavesOn!, m.mid).toBe(true);
        if (m.leavesOn! <= '2026-11-27') left++;
      } else expect(m.leavesOn).toBeNull();
      if (m.fate === 'declining' && m.onboardedOn < '2026-01-01') declining.push(m.mid);
    }
    expect(left).toBeGreaterThan(0);
    expect(declining.length).toBeGreaterThan(0);
    const amountIn = (mids: readonly string[], from: string, to: string) =>
      rows
        .filter((r) => mids.includes(r.mid) && r.settle_date >= from && r.settle_date <= to)
        .reduce((s, r) => s + parseYuan(r.txn_amount), 0n);
    // Steady decline: the last 30 days well below the first 30 days of the window, in sum and mostly one by one.
    const first = (mids: readonly string[]) => amountIn(mids, '2026-08-01', '2026-08-30');
    const last = (mids: readonly string[]) => amountIn(mids, '2026-10-29', '2026-11-27');
    expect(last(declining) * 10n < first(declining) * 8n).toBe(true);
    const shrinking = declining.filter((mid) => last([mid]) < first([mid]));
    expect(shrinking.length).toBeGreaterThanOrEqual(declining.length * 0.75);
  });

  it('shapes the profit pyramid like the seed: top 20% of 2,000 merchants hold 70–90% over 3 months', () => {
    const big = { merchants: 2_000, months: 3, today: TODAY };
    const profit = new Map<string, bigint>();
    for (const r of demoSettlementRows(big)) profit.set(r.mid, (profit.get(r.mid) ?? 0n) + profitOf(r));
    const all = [...demoMerchantRows(big)].map((m) => profit.get(m.mid) ?? 0n);
    const share = topShare(all, 0.2);
    expect(share).toBeGreaterThan(0.7);
    expect(share).toBeLessThan(0.9);
    const negative = all.filter((p) => p < 0n).length;
    expect(negative).toBeGreaterThan(0);
    expect(negative).toBeLessThan(all.length * 0.25);
  });
});

describe('demo CSV files', () => {
  it('quotes fields with commas, quotes and line breaks', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    const cols = ['a', 'b', 'c'] as const;
    const line = csvLine(cols, { a: '西安,雁塔', b: '"quoted"', c: 'two\nlines' });
    expect(parse(line, { columns: [...cols] })).toEqual([{ a: '西安,雁塔', b: '"quoted"', c: 'two\nlines' }]);
  });

  it('writes both files with headers, identical on every run, matching the generators', async () => {
    const opts = { merchants: 150, months: 2, today: TODAY };
    const a = await writeDemoCsv(tempDir(), opts);
    const b = await writeDemoCsv(tempDir(), opts);
    const ma = readFileSync(a.merchantsFile, 'utf8');
    const sa = readFileSync(a.settlementsFile, 'utf8');
    expect(readFileSync(b.merchantsFile, 'utf8')).toBe(ma);
    expect(readFileSync(b.settlementsFile, 'utf8')).toBe(sa);
    expect(ma.split('\n')[0]).toBe(MERCHANT_COLUMNS.join(','));
    expect(sa.split('\n')[0]).toBe(SETTLEMENT_COLUMNS.join(','));
    const merchants = parse(ma, { columns: true }) as Record<string, string>[];
    const settlements = parse(sa, { columns: true }) as Record<string, string>[];
    expect(a.merchantCount).toBe(150);
    expect(merchants).toEqual([...demoMerchantRows(opts)]);
    expect(settlements).toHaveLength(a.settlementRows);
    expect(settlements).toEqual([...demoSettlementRows(opts)]);
  });
});
