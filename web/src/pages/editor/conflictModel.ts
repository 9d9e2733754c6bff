import { wordDiff } from '../../../../src/domain/compare/wordDiff.ts';
import { compareNumbers, type Entry } from '../compare/compareModel.ts';
import { type EditClause, flatten, type SavedClause } from './clauseTree.ts';

// The newest saved text beside the person's unsaved one, clause by clause (matched by number), in
// the compare view's entries: the saved text is "before", the person's "after".

interface Plain {
  number: string;
  heading: string;
  text: string | null;
  informative: boolean;
}

function savedList(clauses: readonly SavedClause[]): Plain[] {
  return clauses.flatMap((clause) => [
    { number: clause.number, heading: clause.heading, text: clause.text ?? null, informative: clause.informative },
    ...savedList(clause.children ?? []),
  ]);
}

function editedList(tree: readonly EditClause[]): Plain[] {
  return flatten(tree).map(({ clause }) => ({
    number: clause.number.trim(),
    heading: clause.heading,
    text: clause.text.trim() === '' ? null : clause.text,
    informative: clause.informative,
  }));
}

/** Every clause number of either text once, in clause-number order, with what differs. */
export function conflictEntries(saved: readonly SavedClause[], mine: readonly EditClause[]): Entry[] {
  const before = new Map(savedList(saved).map((clause) => [clause.number, clause]));
  const after = new Map(editedList(mine).map((clause) => [clause.number, clause]));
  const numbers = [...new Set([...before.keys(), ...after.keys()])].sort(compareNumbers);
  return numbers.map((number): Entry => {
    const b = before.get(number);
    const a = after.get(number);
    if (!b) return { kind: 'added', number, after: a };
    if (!a) return { kind: 'removed', number, before: b };
    const headingDiff = wordDiff(b.heading, a.heading);
    const textDiff = wordDiff(b.text ?? '', a.text ?? '');
    const informativeChanged = a.informative !== b.informative;
    const same = headingDiff.every((s) => s.kind === 'EQUAL') && textDiff.every((s) => s.kind === 'EQUAL');
    if (same && !informativeChanged) return { kind: 'unchanged', number, before: b, after: a };
    return { kind: 'changed', number, before: b, after: a, headingDiff, textDiff, informativeChanged };
  });
}
