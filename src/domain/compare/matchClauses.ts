import { inPrintedOrder, type ClauseFacts } from '../clause-tree.ts';
import { wordDiff, type DiffSegment } from './wordDiff.ts';

// Pairs the clauses of two versions. Pure: it reads clause rows and never the database.

export const CLAUSE_MATCHES = ['NUMBER', 'HEADING'] as const;
export type ClauseMatch = (typeof CLAUSE_MATCHES)[number];

export interface ClausePair<C> {
  before: C;
  after: C;
  matchedBy: ClauseMatch;
  /** The clause's number differs (it moved). */
  moved: boolean;
  headingDiff: DiffSegment[];
  textDiff: DiffSegment[];
  informativeChanged: boolean;
}

export interface ClauseMatching<C> {
  added: C[];
  removed: C[];
  changed: ClausePair<C>[];
  unchanged: number;
}

const headingKey = (heading: string) => heading.normalize('NFKC').replace(/\s+/gu, ' ').trim().toLowerCase();

/**
 * Pairs clauses in three passes, each over what the previous ones left unpaired, in printed order:
 * 1. same number and same heading (ignoring case and spacing): the same clause;
 * 2. same heading under another number: the clause moved (renumbered);
 * 3. same number, heading reworded: the same clause, changed in place.
 * Pass 2 before 3 keeps a renumbering from reading as every later clause rewritten: when 5.3
 * "Thermal propagation" becomes 5.2, the new 5.2 is paired with the old 5.3, not the old 5.2.
 * Whatever is left is added (only in `after`) or removed (only in `before`).
 */
export function matchClauses<C extends ClauseFacts>(beforeRows: readonly C[], afterRows: readonly C[]): ClauseMatching<C> {
  const before = inPrintedOrder(beforeRows);
  const after = inPrintedOrder(afterRows);
  const pairedBefore = new Set<number>();
  const pairedAfter = new Set<number>();
  const pairs: { before: C; after: C; matchedBy: ClauseMatch }[] = [];

  const pass = (keyOf: (c: C) => string | null, matchedBy: ClauseMatch) => {
    const waiting = new Map<string, C[]>();
    for (const c of before) {
      const key = pairedBefore.has(c.id) ? null : keyOf(c);
      if (key !== null) waiting.set(key, [...(waiting.get(key) ?? []), c]);
    }
    for (const c of after) {
      const key = pairedAfter.has(c.id) ? null : keyOf(c);
      const candidate = key === null ? undefined : waiting.get(key)?.shift();
      if (!candidate) continue;
      pairedBefore.add(candidate.id);
      pairedAfter.add(c.id);
      pairs.push({ before: candidate, after: c, matchedBy });
    }
  };
  pass((c) => `${c.number}\u0000${headingKey(c.heading)}`, 'NUMBER');
  pass((c) => (headingKey(c.heading) === '' ? null : headingKey(c.heading)), 'HEADING');
  pass((c) => c.number, 'NUMBER');

  const order = new Map(after.map((c, k) => [c.id, k]));
  pairs.sort((x, y) => order.get(x.after.id)! - order.get(y.after.id)!);
  const changed: ClausePair<C>[] = [];
  let unchanged = 0;
  for (const { before: b, after: a, matchedBy } of pairs) {
    const moved = b.number !== a.number;
    const same = !moved && b.heading === a.heading && (b.text ?? '') === (a.text ?? '') && b.informative === a.informative;
    if (same) {
      unchanged += 1;
      continue;
    }
    changed.push({
      before: b,
      after: a,
      matchedBy,
      moved,
      headingDiff: wordDiff(b.heading, a.heading),
      textDiff: wordDiff(b.text ?? '', a.text ?? ''),
      informativeChanged: b.informative !== a.informative,
    });
  }
  return {
    added: after.filter((c) => !pairedAfter.has(c.id)),
    removed: before.filter((c) => !pairedBefore.has(c.id)),
    changed,
    unchanged,
  };
}
