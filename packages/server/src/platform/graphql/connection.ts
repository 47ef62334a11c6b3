import { isValidDate } from '@cornerstone/shared/period/period';
// Imported by services for MAX_PAGE before any resolver: the decorators below need the polyfill.
import 'reflect-metadata';
import type { GraphQLResolveInfo } from 'graphql';
import { ArgsType, type ClassType, Field, Int, ObjectType } from 'type-graphql';
import { AppError } from './errors.ts';
import { selectsField } from './selection.ts';

// Every list is made here, the way GitHub's GraphQL API makes its lists: Relay connections paged
// forward (`first`/`after`) or backward (`last`/`before`), at most 100 items a page, with cursors
// of one format, and the same words for the same mistakes.

/** The most items one page of any list holds (`first` ≤ 100, as GitHub's API allows). */
export const MAX_PAGE = 100;

@ObjectType('PageInfo', { description: '分页信息 · Relay page information.' })
export class PageInfoType {
  @Field(() => Boolean, { description: '是否还有下一页 · Whether more items follow.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: '是否还有上一页 · Whether items come before this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: '本页第一项的游标 · Cursor of the first item on this page.',
  })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: '本页最后一项的游标 · Cursor of the last item on this page.',
  })
  endCursor!: string | null;
}

/** The page arguments of every connection. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description:
      '从前往后取的条数 1..100；first、last 都未给时取列表的默认页（一般 20）· The first n items, 1 to 100; with neither first nor last, the list’s default page (20 unless it says otherwise).',
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: '从此游标之后开始 · Start after this cursor.' })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: '从后往前取的条数 1..100 · The last n items, 1 to 100.' })
  last?: number | null;

  @Field(() => String, { nullable: true, description: '到此游标之前为止 · End before this cursor.' })
  before?: string | null;
}

/** A page to read: how many, which way, and from which cursor's keys (null: from the end). */
export interface PageRequest {
  size: number;
  /** Reading `last` items (before a cursor): rows are fetched in reverse order, then turned back. */
  backward: boolean;
  cursor: (string | number)[] | null;
  list: string;
  /**
   * Whether the request asks for `totalCount` (look-ahead on the selection, when the resolver
   * passes its `info`): a count over a large scope can cost more than the page itself, so it is
   * only run when wanted. True when unknown.
   */
  count: boolean;
}

/** A cursor: the list's name and the sort keys of an item, opaque to clients. */
export function encodeCursor(list: string, keys: (string | number)[]): string {
  return Buffer.from(JSON.stringify([list, ...keys])).toString('base64url');
}

const cursorError = (field: 'after' | 'before') =>
  new AppError('BAD_USER_INPUT', `${field}: not a cursor from this list`, { field });

/** The error of a cursor that decodes but does not fit the list's keys (its one wording). */
export const notACursor = (req: PageRequest) => cursorError(req.backward ? 'before' : 'after');

function decodeCursor(list: string, field: 'after' | 'before', cursor: string): (string | number)[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString());
  } catch {
    parsed = null;
  }
  if (
    !Array.isArray(parsed) ||
    parsed[0] !== list ||
    parsed.length < 2 ||
    !parsed.slice(1).every((k) => typeof k === 'string' || typeof k === 'number')
  )
    throw cursorError(field);
  return parsed.slice(1);
}

/** The one wording of a page size out of range, here and in the plugin that refuses it early. */
export const pageSizeMessage = (field: string, max = MAX_PAGE) => `${field}: must be between 1 and ${max}`;

/** A size argument (a page's `first`/`last`, a top-n list's `first`): 1 to `max`, else refused. */
export function checkSize(field: string, n: number, max = MAX_PAGE): number {
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw new AppError('BAD_USER_INPUT', pageSizeMessage(field, max), { field });
  return n;
}

/**
 * Reads a connection's page arguments: `first` (with `after`) or `last` (with `before`), never both
 * directions at once; 1 to 100 items; cursors only from the same list (`list` names it).
 */
export function pageRequest(
  args: PageArgs,
  list: string,
  defaultSize = 20,
  info?: GraphQLResolveInfo,
): PageRequest {
  const { first, after, last, before } = args;
  const count = info ? selectsField(info, 'totalCount') : true;
  if (first != null && last != null)
    throw new AppError('BAD_USER_INPUT', 'first, last: give one of them, not both', { field: 'last' });
  if (last != null || before != null) {
    if (after != null)
      throw new AppError('BAD_USER_INPUT', 'after: pages backward (last, before) take no after', {
        field: 'after',
      });
    if (first != null)
      throw new AppError('BAD_USER_INPUT', 'first: a page before a cursor takes last, not first', {
        field: 'first',
      });
    return {
      size: checkSize('last', last ?? defaultSize),
      backward: true,
      cursor: before != null ? decodeCursor(list, 'before', before) : null,
      list,
      count,
    };
  }
  return {
    size: checkSize('first', first ?? defaultSize),
    backward: false,
    cursor: after != null ? decodeCursor(list, 'after', after) : null,
    list,
    count,
  };
}

/**
 * SQL of a timestamptz column as a cursor key: exact ISO text in UTC to the microsecond, e.g.
 * `2026-06-10T02:00:00.123456Z`. `toISOString()` keeps milliseconds only, and two rows within one
 * millisecond would then page wrongly (one skipped or shown twice).
 */
export const exactAt = (column: string) =>
  `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/**
 * What a cursor key must look like to go into its SQL cast (keysetSql's `types`): a key of any
 * other shape is not from the list, and is refused before the database sees it.
 */
const KEY_SHAPES: Record<string, (key: string | number) => boolean> = {
  bigint: (k) => (typeof k === 'number' ? Number.isSafeInteger(k) && k >= 0 : /^\d{1,18}$/.test(k)),
  timestamptz: (k) => typeof k === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/.test(k),
  date: (k) => typeof k === 'string' && isValidDate(k),
  text: (k) => typeof k === 'string',
  numeric: (k) => typeof k === 'string' && /^-?\d{1,18}(\.\d{1,6})?$/.test(k),
  float8: (k) => typeof k === 'number' && Number.isFinite(k),
};

/**
 * The SQL of a keyset page over `columns` (all sorted one way, the last one unique): the condition
 * past the cursor, the order to read in and the limit (one more than the page, to know if more
 * follow). `?` placeholders, in the order of `params`.
 */
export function keysetSql(
  req: PageRequest,
  columns: string[],
  direction: 'asc' | 'desc',
  /** SQL types of the cursor's keys (e.g. `date`, `bigint`), where the column's alone is not enough. */
  types: string[] = [],
): { where: string | null; params: unknown[]; orderBy: string; ascending: boolean; limit: number } {
  // Reading backward flips the direction; the rows are turned back in connectionFrom.
  const ascending = (direction === 'asc') !== req.backward;
  const orderBy = columns.map((c) => `${c} ${ascending ? 'asc' : 'desc'}`).join(', ');
  if (!req.cursor) return { where: null, params: [], orderBy, ascending, limit: req.size + 1 };
  if (req.cursor.length !== columns.length) throw notACursor(req);
  if (!req.cursor.every((key, i) => KEY_SHAPES[types[i] ?? '']?.(key) ?? true)) throw notACursor(req);
  const tuple = (xs: string[]) => (xs.length === 1 ? xs[0]! : `(${xs.join(', ')})`);
  return {
    where: `${tuple(columns)} ${ascending ? '>' : '<'} ${tuple(columns.map((_, i) => (types[i] ? `?::${types[i]}` : '?')))}`,
    params: [...req.cursor],
    orderBy,
    ascending,
    limit: req.size + 1,
  };
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfoType;
}

/**
 * A connection from the rows a keyset page read (`limit` of keysetSql: one more than the page, in
 * the reading order). Items come out in the list's order whichever way the page was read. Past a
 * cursor there are items on the cursor's side (the item it came from), so the page says so.
 */
export function connectionFrom<T>(
  rows: T[],
  req: PageRequest,
  keys: (row: T) => (string | number)[],
): Connection<T> {
  const more = rows.length > req.size;
  const page = rows.slice(0, req.size);
  if (req.backward) page.reverse();
  const edges = page.map((node) => ({ cursor: encodeCursor(req.list, keys(node)), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: req.backward ? req.cursor !== null : more,
      hasPreviousPage: req.backward ? more : req.cursor !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** A page whose rows become their API shape (`to`), cursors and counts as they are. */
export function mapNodes<R, T>(
  page: Connection<R> & { totalCount: number },
  to: (row: R, index: number) => T,
): Connection<T> & { totalCount: number } {
  return { ...page, edges: page.edges.map((e, i) => ({ cursor: e.cursor, node: to(e.node, i) })) };
}

/**
 * The GraphQL types of a connection of `node`: `<name>Connection { edges, pageInfo, totalCount }`
 * and `<name>Edge { cursor, node }`, described in both languages (`what`: the items, e.g.
 * ['商户', 'merchants']).
 */
export function connectionType<T extends object>(
  name: string,
  node: ClassType<T>,
  [zh, en]: [string, string],
  totalDescription = `符合条件的${zh}总数 · Number of ${en} matching.`,
) {
  @ObjectType(`${name}Edge`, { description: `${zh}列表的一项 · One of the ${en} in a connection.` })
  class Edge {
    @Field(() => String, { description: '游标 · Cursor of this item.' })
    cursor!: string;

    @Field(() => node, { description: `${zh} · The item.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `${zh}（分页）· A page of ${en}.` })
  class ConnectionOf {
    @Field(() => [Edge], { description: `本页${zh} · The ${en} of this page.` })
    edges!: Edge[];

    @Field(() => PageInfoType, { description: '分页信息 · Page information.' })
    pageInfo!: PageInfoType;

    @Field(() => Int, { description: totalDescription })
    totalCount!: number;
  }
  return ConnectionOf;
}
