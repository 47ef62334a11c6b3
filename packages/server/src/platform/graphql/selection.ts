import type { FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

// Look-ahead on a request's selection: what the client asked for below the field being resolved,
// so a resolver can leave out work nobody reads (a list's total count).

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
