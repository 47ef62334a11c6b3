// Tests and benchmarks import the id functions alone: the interface below needs the polyfill first.
import 'reflect-metadata';
import { Field, ID, InterfaceType } from 'type-graphql';
import { AppError } from './errors.ts';

// Global ids, as GitHub's API and the Relay spec have them: every object an integrator fetches
// implements `Node`, and its `id` fetches it again through `node(id)` / `nodes(ids)`. The id is
// opaque to clients: the type's name and its key (a MID, a row id), base64url-encoded.

/** Which type each object answered by `node`/`nodes` is: tagged where it is fetched. */
const nodeTypes = new WeakMap<object, string>();

/** Marks an object as a node of `type`, so the `Node` interface can tell what it is. */
export function asNode<T extends object>(type: string, value: T): T {
  nodeTypes.set(value, type);
  return value;
}

@InterfaceType('Node', {
  description: '可按全局编号再次取回的对象 · An object with a global id; fetch it again with node(id).',
  resolveType: (value: object) => nodeTypes.get(value),
})
export abstract class NodeInterface {
  @Field(() => ID, { description: '全局编号（不透明）· Global id, opaque; use it with node(id).' })
  id!: string;
}

export function globalId(type: string, key: string | number): string {
  return Buffer.from(`${type}:${key}`).toString('base64url');
}

/** The type and key of a global id; null when it is not one. */
export function parseGlobalId(id: string): { type: string; key: string } | null {
  const raw = Buffer.from(id, 'base64url').toString();
  const m = /^([A-Z][A-Za-z]{1,40}):([0-9A-Za-z_-]{1,64})$/.exec(raw);
  // base64url decoding accepts almost anything: the id must also encode back to itself.
  if (!m || globalId(m[1]!, m[2]!) !== id) return null;
  return { type: m[1]!, key: m[2]! };
}

/**
 * The row id in an id argument: a global id of `type`, or — as integrators sent before global ids —
 * the bare database id; null for anything else.
 */
export function rowIdOf(type: string, id: string): string | null {
  const parsed = isRowId(id) ? null : parseGlobalId(id);
  const key = parsed ? (parsed.type === type ? parsed.key : null) : id;
  return key !== null && isRowId(key) ? key : null;
}

/** Whether a key is a database row id (a bigint's digits). */
export const isRowId = (key: string) => /^\d{1,18}$/.test(key);

/** How node(id) fetches one type by the key of its global id, for the caller (`C`: the context). */
export type NodeFetch<C> = (ctx: C, key: string) => Promise<object | null>;

/** The fetch of a type keyed by row id: any other key answers as an object that does not exist. */
export const byRowId =
  <C>(fetch: NodeFetch<C>): NodeFetch<C> =>
  (ctx, key) =>
    isRowId(key) ? fetch(ctx, key) : Promise.resolve(null);

/** As rowIdOf, for a mutation: anything but an id of `type` is a clear input error on `field`. */
export function requireRowId(type: string, id: string, field = 'id'): string {
  const key = rowIdOf(type, id);
  if (key === null) throw new AppError('BAD_USER_INPUT', `${field}: not a ${type} id`, { field });
  return key;
}
