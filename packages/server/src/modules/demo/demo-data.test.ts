import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateMerchantRow } from '@cornerstone/shared/merchant/merchant-row';
import { parseYuan } from '@cornerstone/shared/money/money';
import { validateSettlementRow } from '@cornerstone/shared/settlement/settlement-row';
import { topShare } from '@cornerstone/shared/tier/lorenz';
import { describe, expect, it } from 'vitest';
import { writeDemoCsv } from './demo-data.ts';

const rows = (file: string) => {
  const [header, ...lines] = readFileSync(file, 'utf8').trim().split('\n');
  const cols = header!.split(',');
  // Demo names carry no commas or quotes, so a plain split is exact here.
  return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [cols[i]!, v])));
};

describe('demo data', () => {
  const gen = async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cs-demo-'));
    return writeDemoCsv(dir, { merchants: 800, months: 3, today: '2026-11-28' });
  };

  it('is the same on every run, valid row by row, and shaped like the seed’s pyramid', async () => {
    const a = await gen();
    const b = await gen();
    expect(readFileSync(a.merchantsFile, 'utf8')).toBe(readFileSync(b.merchantsFile, 'utf8'));
    expect(readFileSync(a.settlementsFile, 'utf8')).toBe(readFileSync(b.settlementsFile, 'utf8'));

    const merchants = rows(a.merchantsFile);
    expect(new Set(merchants.map((m) => m.mid)).size).toBe(800);
    const onboarded = new Map(merchants.map((m) => [m.mid!, m.onboarded_on!]));
    for (const m of merchants) expect(validateMerchantRow(m).ok, JSON.stringify(m)).toBe(true);

    const profit = new Map<string, bigint>();
    for (const s of rows(a.settlementsFile)) {
      const v = validateSettlementRow(s);
      expect(v.ok, JSON.stringify(s)).toBe(true);
      expect(s.settle_date! >= onboarded.get(s.mid!)!).toBe(true);
      expect(s.settle_date! < '2026-11-28').toBe(true);
      const p = parseYuan(s.merchant_fee!) - parseYuan(s.issuer_fee!) - parseYuan(s.network_fee!);
      profit.set(s.mid!, (profit.get(s.mid!) ?? 0n) + p);
    }
    const all = merchants.map((m) => profit.get(m.mid!) ?? 0n);
    const share = topShare(all, 0.2);
    expect(share).toBeGreaterThan(0.7);
    expect(share).toBeLessThan(0.9);
  }, 60_000);
});
