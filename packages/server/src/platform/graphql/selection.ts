import type { FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

// Look-ahead on a request's selection: what the client asked for below the field being resolved,
// so a resolver can leave out work nobody reads (a list's total count).

/** The selection sets of every field called `name` directly under `set` (through fragments). */
function subSets(
  set: SelectionSetNode | undefined,
  name: string,
  fragments: Record<string, FragmentDefinitionNode>,
  seen: Set<string>,
): SelectionSetNode[] {
  const out: SelectionSetNode[] = [];
  for (const s of set?.selections ?? []) {
    if (s.kind === 'Field' && s.name.value === name && s.selectionSet) out.push(s.selectionSet);
    if (s.kind === 'InlineFragment') out.push(...subSets(s.selectionSet, name, fragments, seen));
    if (s.kind === 'FragmentSpread' && !seen.has(s.name.value)) {
      seen.add(s.name.value);
      out.push(...subSets(fragments[s.name.value]?.selectionSet, name, fragments, seen));
    }
  }
  return out;
}

function selects(
  set: SelectionSetNode | undefined,
  name: string,
  fragments: Record<string, FragmentDefinitionNode>,
  seen: Set<string>,
): boolean {
  for (const s of set?.selections ?? []) {
    if (s.kind === 'Field' && s.name.value === name) return true;
    if (s.kind === 'InlineFragment' && selects(s.selectionSet, name, fragments, seen)) return true;
    if (s.kind === 'FragmentSpread' && !seen.has(s.name.value)) {
      seen.add(s.name.value);
      if (selects(fragments[s.name.value]?.selectionSet, name, fragments, seen)) return true;
    }
  }
  return false;
}

/**
 * Whether the field being resolved has `name` among its direct subfields (through fragments; a
 * field skipped by a directive still counts: selecting too much is only slower, never wrong).
 */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  return info.fieldNodes.some((node) => selects(node.selectionSet, name, info.fragments, new Set()));
}

/**
 * Whether the field being resolved selects the field at `path` below it, e.g. a connection's
 * `['edges', 'node', 'priority']`: a list can leave out the joins of a column nobody reads.
 */
export function selectsPath(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  let sets = info.fieldNodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
  for (const name of path.slice(0, -1))
    sets = sets.flatMap((set) => subSets(set, name, info.fragments, new Set()));
  const last = path.at(-1)!;
  return sets.some((set) => selects(set, last, info.fragments, new Set()));
}
