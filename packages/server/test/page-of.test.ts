import { describe, expect, it } from 'vitest';
import { pageRequest } from '../src/platform/graphql/connection.ts';
import { pageOfRows } from '../src/platform/graphql/page-of.ts';

// The in-memory page: the same cursors and page info as a keyset page over SQL.

const rows = [
  { name: '西安', points: 30 },
  { name: '咸阳', points: 50 },
  { name: '宝鸡', points: 30 },
  { name: '渭南', points: 10 },
  { name: '延安', points: 20 },
];
// Most points first, then by name.
const keys = (r: (typeof rows)[number]) => [-r.points, r.name];
const names = (c: ReturnType<typeof pageOfRows<(typeof rows)[number]>>) => c.edges.map((e) => e.node.name);

describe('pageOfRows', () => {
  it('pages forward to the end and back again with the same cursors', () => {
    const p1 = pageOfRows(rows, pageRequest({ first: 2 }, 'b'), keys);
    expect(names(p1)).toEqual(['咸阳', '宝鸡']);
    expect(p1.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(p1.totalCount).toBe(5);
    const p2 = pageOfRows(rows, pageRequest({ first: 2, after: p1.pageInfo.endCursor }, 'b'), keys);
    expect(names(p2)).toEqual(['西安', '延安']);
    const p3 = pageOfRows(rows, pageRequest({ first: 2, after: p2.pageInfo.endCursor }, 'b'), keys);
    expect(names(p3)).toEqual(['渭南']);
    expect(p3.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const back = pageOfRows(rows, pageRequest({ last: 2, before: p3.pageInfo.startCursor }, 'b'), keys);
    expect(names(back)).toEqual(['西安', '延安']);
    expect(back.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    const last = pageOfRows(rows, pageRequest({ last: 3 }, 'b'), keys);
    expect(names(last)).toEqual(['西安', '延安', '渭南']);
  });

  it('keeps its place when a row goes between pages', () => {
    const p1 = pageOfRows(rows, pageRequest({ first: 2 }, 'b'), keys);
    const fewer = rows.filter((r) => r.name !== '宝鸡');
    const p2 = pageOfRows(fewer, pageRequest({ first: 2, after: p1.pageInfo.endCursor }, 'b'), keys);
    expect(names(p2)).toEqual(['西安', '延安']);
  });

  it('refuses a cursor of another list or of other keys', () => {
    const p1 = pageOfRows(rows, pageRequest({ first: 2 }, 'b'), keys);
    expect(() => pageRequest({ after: p1.pageInfo.endCursor }, 'other')).toThrow(
      'after: not a cursor from this list',
    );
    const short = pageRequest({ first: 1 }, 'b');
    expect(() => pageOfRows(rows, { ...short, cursor: ['x'] }, keys)).toThrow(
      'after: not a cursor from this list',
    );
  });
});
