import type { ClauseFacts } from '../../../../src/domain/clause-tree.ts';
import { matchClauses } from '../../../../src/domain/compare/matchClauses.ts';
import { compareNumbers, type Entry } from '../compare/compareModel.ts';
import type { EditClause, SavedClause } from './clauseTree.ts';

// The newest saved text beside the person's unsaved one in the compare view's entries (the saved
// text is "before", the person's "after"), paired as the registry's comparison pairs revisions: by
// number and heading, so a clause renumbered on either side pairs with itself. No clause is dropped.

interface Tree {
  number: string;
  heading: string;
  text: string | null;
  informative: boolean;
  children: Tree[];
}

const fromSaved = (clauses: readonly SavedClause[]): Tree[] =>
  clauses.map((c) => ({ ...c, text: c.text ?? null, children: fromSaved(c.children ?? []) }));

const fromEdited = (tree: readonly EditClause[]): Tree[] =>
  tree.map((c) => ({
    number: c.number.trim(),
    heading: c.heading,
    text: c.text.trim() === '' ? null : c.text,
    informative: c.informative,
    children: fromEdited(c.children),
  }));

/** The tree as rows the way the registry stores a revision's clauses (ids in printed order). */
function rows(tree: readonly Tree[]): ClauseFacts[] {
  const out: ClauseFacts[] = [];
  const visit = (clauses: readonly Tree[], parentId: number | null) =>
    clauses.forEach(({ children, ...clause }, position) => {
      const id = out.length + 1;
      out.push({ ...clause, id, parentId, position });
      visit(children, id);
    });
  visit(tree, null);
  return out;
}

/** Every clause of either text once, in clause-number order (a removed one after a kept one of its number). */
export function conflictEntries(saved: readonly SavedClause[], mine: readonly EditClause[]): Entry[] {
  const before = rows(fromSaved(saved));
  const after = rows(fromEdited(mine));
  const matching = matchClauses(before, after);
  const differing = new Set([...matching.added, ...matching.changed.map((c) => c.after)].map((c) => c.id));
  const entries: Entry[] = [
    ...after
      .filter((c) => !differing.has(c.id))
      .map((a): Entry => ({ kind: 'unchanged', number: a.number, before: a, after: a })),
    ...matching.added.map((a): Entry => ({ kind: 'added', number: a.number, after: a })),
    ...matching.removed.map((b): Entry => ({ kind: 'removed', number: b.number, before: b })),
    ...matching.changed.map(
      (c): Entry => ({
        kind: c.moved ? 'moved' : 'changed',
        number: c.after.number,
        before: c.before,
        after: c.after,
        headingDiff: c.headingDiff,
        textDiff: c.textDiff,
        informativeChanged: c.informativeChanged,
      }),
    ),
  ];
  const order = new Map(after.map((c, k) => [c, k]));
  const rank = (e: Entry) => (e.kind === 'removed' ? after.length : (order.get(e.after as ClauseFacts) ?? 0));
  return entries.sort((a, b) => compareNumbers(a.number, b.number) || rank(a) - rank(b));
}
