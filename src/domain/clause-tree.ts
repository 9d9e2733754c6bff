// A clause tree as stored (a version's clauses, or a draft revision's snapshot): rows with a
// parent and a position among siblings. Shared by revision changes, version comparison and the
// comments CSV, which all need the printed order.

export interface ClauseFacts {
  id: number;
  parentId: number | null;
  position: number;
  number: string;
  heading: string;
  text: string | null;
  informative: boolean;
}

/**
 * Clauses in printed order: each clause, then its sub-clauses, siblings by position (then id).
 * A clause whose parent is not in the list is treated as a top-level clause, so none is dropped.
 */
export function inPrintedOrder<C extends Pick<ClauseFacts, 'id' | 'parentId' | 'position'>>(
  clauses: readonly C[],
): C[] {
  const byPosition = (a: C, b: C) => a.position - b.position || a.id - b.id;
  const children = new Map<number | null, C[]>();
  for (const c of clauses) children.set(c.parentId, [...(children.get(c.parentId) ?? []), c]);
  for (const list of children.values()) list.sort(byPosition);
  const known = new Set(clauses.map((c) => c.id));
  const roots = clauses.filter((c) => c.parentId === null || !known.has(c.parentId)).sort(byPosition);
  const out: C[] = [];
  const visit = (c: C) => {
    out.push(c);
    for (const child of children.get(c.id) ?? []) visit(child);
  };
  roots.forEach(visit);
  return out;
}
