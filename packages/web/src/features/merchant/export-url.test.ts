import { describe, expect, it } from 'vitest';
import { merchantExportUrl } from './export-url.ts';

describe('merchantExportUrl', () => {
  it('carries the list filter as query parameters, leaving empty ones out', () => {
    expect(merchantExportUrl('csv', {})).toBe('/api/exports/merchants.csv');
    expect(
      merchantExportUrl('xlsx', {
        tier: 'KEY',
        period: '2026-10',
        branch: '西安分公司',
        search: '',
        manager: null,
      }),
    ).toBe(
      '/api/exports/merchants.xlsx?tier=KEY&period=2026-10&branch=%E8%A5%BF%E5%AE%89%E5%88%86%E5%85%AC%E5%8F%B8',
    );
  });
});
