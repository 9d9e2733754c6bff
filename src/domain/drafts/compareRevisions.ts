import { inPrintedOrder, type ClauseFacts } from '../clause-tree.ts';

export const CLAUSE_CHANGE_KINDS = ['ADDED', 'REMOVED', 'CHANGED'] as const;
export type ClauseChangeKind = (typeof CLAUSE_CHANGE_KINDS)[number];

export interface ClauseChange<C extends ClauseFacts> {
  number: string;
  change: ClauseChangeKind;
  before: C | null;
  after: C | null;
}

/**
 * Clause-by-clause differences between two revisions, clauses matched by number: those added and
 * changed in the newer revision's printed order, then those removed in the older one's. A clause
 * changed when its heading, text, informative flag or parent clause differs.
 */
export function compareRevisions<C extends ClauseFacts>(before: readonly C[], after: readonly C[]): ClauseChange<C>[] {
  const parentNumber = (list: readonly C[]) => {
    const byId = new Map(list.map((c) => [c.id, c.number]));
    return (c: C) => (c.parentId === null ? null : (byId.get(c.parentId) ?? null));
  };
  const [parentBefore, parentAfter] = [parentNumber(before), parentNumber(after)];
  const old = new Map(before.map((c) => [c.number, c]));
  const kept = new Set(after.map((c) => c.number));
  const changes: ClauseChange<C>[] = [];
  for (const c of inPrintedOrder(after)) {
    const was = old.get(c.number);
    if (!was) changes.push({ number: c.number, change: 'ADDED', before: null, after: c });
    else if (
      was.heading !== c.heading ||
      was.text !== c.text ||
      was.informative !== c.informative ||
      parentBefore(was) !== parentAfter(c)
    ) {
      changes.push({ number: c.number, change: 'CHANGED', before: was, after: c });
    }
  }
  for (const c of inPrintedOrder(before)) {
    if (!kept.has(c.number)) changes.push({ number: c.number, change: 'REMOVED', before: c, after: null });
  }
  return changes;
}
