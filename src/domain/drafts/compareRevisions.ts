/** A stored clause of a revision, as far as a comparison needs it. */
export interface ClauseSnapshot {
  id: number;
  parentId: number | null;
  position: number;
  number: string;
  heading: string;
  text: string | null;
  informative: boolean;
}

export const CLAUSE_CHANGE_KINDS = ['ADDED', 'REMOVED', 'CHANGED'] as const;
export type ClauseChangeKind = (typeof CLAUSE_CHANGE_KINDS)[number];

export interface ClauseChange<C extends ClauseSnapshot> {
  number: string;
  change: ClauseChangeKind;
  before: C | null;
  after: C | null;
}

/** The clauses in printed order: each parent, then its sub-clauses by position. */
export function inDocumentOrder<C extends ClauseSnapshot>(clauses: readonly C[]): C[] {
  const children = new Map<number | null, C[]>();
  for (const c of clauses) children.set(c.parentId, [...(children.get(c.parentId) ?? []), c]);
  const ordered: C[] = [];
  const walk = (parentId: number | null) => {
    for (const c of (children.get(parentId) ?? []).sort((a, b) => a.position - b.position)) {
      ordered.push(c);
      walk(c.id);
    }
  };
  walk(null);
  return ordered;
}

/**
 * Clause-by-clause differences between two revisions, clauses matched by number: those added and
 * changed in the newer revision's printed order, then those removed in the older one's. A clause
 * changed when its heading, text, informative flag or parent clause differs.
 */
export function compareRevisions<C extends ClauseSnapshot>(before: readonly C[], after: readonly C[]): ClauseChange<C>[] {
  const parentNumber = (list: readonly C[]) => {
    const byId = new Map(list.map((c) => [c.id, c.number]));
    return (c: C) => (c.parentId === null ? null : (byId.get(c.parentId) ?? null));
  };
  const [parentBefore, parentAfter] = [parentNumber(before), parentNumber(after)];
  const old = new Map(before.map((c) => [c.number, c]));
  const kept = new Set(after.map((c) => c.number));
  const changes: ClauseChange<C>[] = [];
  for (const c of inDocumentOrder(after)) {
    const was = old.get(c.number);
    if (!was) changes.push({ number: c.number, change: 'ADDED', before: null, after: c });
    else if (was.heading !== c.heading || was.text !== c.text || was.informative !== c.informative || parentBefore(was) !== parentAfter(c)) {
      changes.push({ number: c.number, change: 'CHANGED', before: was, after: c });
    }
  }
  for (const c of inDocumentOrder(before)) {
    if (!kept.has(c.number)) changes.push({ number: c.number, change: 'REMOVED', before: c, after: null });
  }
  return changes;
}
