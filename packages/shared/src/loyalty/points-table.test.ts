import { describe, expect, it } from 'vitest';
import { CATEGORY_CODES } from '../merchant/category.ts';
import { DEFAULT_POINTS_RULES } from './points.ts';
import {
  draftRule,
  matchesOverlap,
  type PointsRuleDraft,
  pointsTableProblems,
  ruleDraft,
} from './points-table.ts';

const TODAY = '2026-12-07';
const defaults = () => DEFAULT_POINTS_RULES.map(ruleDraft);
const check = (rows: PointsRuleDraft[], from = TODAY) =>
  pointsTableProblems(rows, CATEGORY_CODES, from, TODAY);

describe('pointsTableProblems', () => {
  it('accepts the default table, and its drafts become the same rules again', () => {
    expect(check(defaults())).toEqual([]);
    expect(defaults().map((d) => draftRule(d, '2000-01-01'))).toEqual(DEFAULT_POINTS_RULES);
  });

  it('refuses an amount of ¥0, a count below 1 or not whole, and a row that earns nothing, under the field', () => {
    const rows = defaults();
    rows[0] = { ...rows[0]!, amountThreshold: 0n };
    rows[3] = { ...rows[3]!, cappedCountN: 0 };
    rows[4] = { ...rows[4]!, cappedCountN: 2.5 };
    rows[7] = { ...rows[7]!, amountThreshold: null, cappedCountN: null };
    expect(check(rows)).toEqual([
      { field: 'rules.0.amountThreshold', code: 'pointsRule.amountPositive' },
      { field: 'rules.3.cappedCountN', code: 'pointsRule.countWhole' },
      { field: 'rules.4.cappedCountN', code: 'pointsRule.countWhole' },
      { field: 'rules.7.amountThreshold', code: 'pointsRule.earnsNothing' },
    ]);
  });

  it('refuses a category that does not exist, an unknown plan, a cap on a rate row and an empty band', () => {
    const rows = defaults();
    rows[0] = { ...rows[0]!, category: 'luxury' };
    rows[1] = { ...rows[1]!, feePlan: 'flat' };
    rows[2] = { ...rows[2]!, cap: 3000n };
    rows[5] = { ...rows[5]!, discountBelow: 500n, discountAtLeast: 500n };
    expect(check(rows).map((p) => [p.field, p.code])).toEqual([
      ['rules.0.category', 'pointsRule.categoryUnknown'],
      ['rules.1.feePlan', 'pointsRule.feePlanUnknown'],
      ['rules.2.cap', 'pointsRule.capOnlyCapped'],
      ['rules.5.discountBelow', 'pointsRule.bandEmpty'],
    ]);
  });

  it('refuses a second row matching the same merchants, naming the first, and a code used twice', () => {
    const rows = defaults();
    // 一般类 below a 0.08% discount is matched by row 2 already: a band from 0.05% meets it.
    rows.push({ ...rows[1]!, code: 'general-extra', discountBelow: null, discountAtLeast: 500n });
    rows.push({ ...rows[0]!, category: 'wholesale' });
    expect(check(rows)).toEqual([
      {
        field: 'rules.8.feePlan',
        code: 'pointsRule.overlap',
        params: { row: 2, code: 'general-rate-small-discount' },
      },
      { field: 'rules.9.code', code: 'pointsRule.codeTaken', params: { code: 'dining-rate', row: 1 } },
    ]);
  });

  it('refuses a date before today and an empty table', () => {
    expect(check([], '2026-12-06')).toEqual([
      { field: 'effectiveFrom', code: 'pointsRule.beforeToday', params: { today: TODAY } },
      { field: 'rules', code: 'pointsRule.tableEmpty' },
    ]);
    expect(check(defaults(), '2026-02-30')).toEqual([{ field: 'effectiveFrom', code: 'date.invalid' }]);
  });
});

describe('matchesOverlap', () => {
  it('meets when plans agree and categories, caps and bands leave room for one merchant', () => {
    expect(matchesOverlap({ feePlan: 'capped', cap: 2600n }, { feePlan: 'capped', cap: 3000n })).toBe(false);
    expect(
      matchesOverlap({ feePlan: 'capped', cap: 2600n }, { feePlan: 'capped', category: 'wholesale' }),
    ).toBe(true);
    expect(matchesOverlap({ feePlan: 'rate' }, { feePlan: 'capped' })).toBe(false);
    expect(
      matchesOverlap({ feePlan: 'rate', discountBelow: 800n }, { feePlan: 'rate', discountAtLeast: 800n }),
    ).toBe(false);
    expect(
      matchesOverlap({ feePlan: 'rate', discountBelow: 801n }, { feePlan: 'rate', discountAtLeast: 800n }),
    ).toBe(true);
  });
});
