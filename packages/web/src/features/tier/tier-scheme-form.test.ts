import { describe, expect, it } from 'vitest';
import { formFieldOf, levelsLine, presetValues, schemeInput, schemeProblems } from './tier-scheme-form.ts';

describe('the tier scheme editor', () => {
  it('offers both presets, valid as they are', () => {
    const cards = presetValues('cardLevels', '2026-10');
    expect(cards.kind).toBe('THRESHOLD');
    expect(cards.levels.map((l) => l.zh)).toEqual(['钻石卡', '黑金卡', '白金卡', '金卡']);
    expect(schemeProblems(cards)).toEqual([]);
    expect(schemeProblems(presetValues('default', '2026-10'))).toEqual([]);
  });

  it('finds shares that do not rise under their field, and a month that is not one', () => {
    const v = presetValues('default', '2026-13');
    v.levels[2]!.cumulativePercent = 10;
    const problems = schemeProblems(v);
    expect(problems.map((p) => p.field)).toEqual(['levels[2].cumulativePercent', 'effectiveFrom']);
    expect(problems.map((p) => formFieldOf(p.field))).toEqual([
      ['levels', 2, 'cumulativePercent'],
      ['effectiveFrom'],
    ]);
    expect(formFieldOf('levels')).toBeNull();
  });

  it('sends only the kind’s own values, amounts with two decimals', () => {
    const v = presetValues('cardLevels', '2026-10');
    v.levels[0]!.minAmount = '10000000';
    v.levels[0]!.cumulativePercent = 5;
    const input = schemeInput(v);
    expect(input.levels[0]).toEqual({
      tier: 'KEY',
      zh: '钻石卡',
      en: 'Diamond',
      cumulativePercent: null,
      minAmount: '10000000.00',
    });
    expect(input.levels[3]!.minAmount).toBeNull();
    expect(schemeInput(presetValues('default', '2026-10')).measure).toBeNull();
  });

  it('says a scheme’s levels in one line', () => {
    const money = (y: string) => `¥${y}`;
    expect(levelsLine(presetValues('default', '2026-10'), 'zh', money)).toBe(
      '重要客户 1% · 次要客户 20% · 普通客户 50% · 小客户 100%',
    );
    expect(levelsLine(presetValues('cardLevels', '2026-10'), 'en', money)).toBe(
      'Diamond ≥ ¥10000000.00 · Black ≥ ¥1000000.00 · Platinum ≥ ¥300000.00 · Gold',
    );
  });
});
