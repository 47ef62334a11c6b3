import { describe, expect, it } from 'vitest';
import { readListOrder } from './useMerchantListOrder.ts';

const from = (query: string) => {
  const params = new URLSearchParams(query);
  return readListOrder((k) => params.get(k) || undefined);
};

describe('the merchant list order and page in the URL', () => {
  it('reads an order, a direction, a page and a size', () => {
    expect(from('sort=profit&dir=desc&page=3&size=50')).toEqual({
      orderBy: 'PROFIT',
      direction: 'DESC',
      page: 3,
      size: 50,
    });
    expect(from('sort=last_contact')).toEqual({
      orderBy: 'LAST_CONTACT',
      direction: 'ASC',
      page: 1,
      size: 20,
    });
  });

  it('reads the default for anything unknown or out of range', () => {
    expect(from('')).toEqual({ orderBy: 'MID', direction: 'ASC', page: 1, size: 20 });
    expect(from('sort=drop_table&dir=sideways&page=-2&size=1000')).toEqual({
      orderBy: 'MID',
      direction: 'ASC',
      page: 1,
      size: 20,
    });
    expect(from('page=2.5&size=33')).toMatchObject({ page: 1, size: 20 });
  });
});
