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

/** Each clause's headings from its top-level ancestor down to itself: where it sits in the document. */
function headingPaths<C extends ClauseFacts>(clauses: readonly C[]): Map<number, string> {
  const byId = new Map(clauses.map((c) => [c.id, c]));
  const paths = new Map<number, string>();
  const pathOf = (c: C): string => {
    const known = paths.get(c.id);
    if (known !== undefined) return known;
    const parent = c.parentId === null ? undefined : byId.get(c.parentId);
    const path = `${parent ? `${pathOf(parent)}\u0000` : ''}${headingKey(c.heading)}`;
    paths.set(c.id, path);
    return path;
  };
  clauses.forEach(pathOf);
  return paths;
}

/**
 * Pairs clauses in passes, each over what the earlier ones left unpaired, in printed order:
 * 1. same number and same headings down from the top (ignoring case and spacing): the same clause;
 * 2. same headings down from the top under another number: the clause moved with its section;
 * 3. same number and same heading, in a section whose heading changed;
 * 4. same heading anywhere else: the clause moved to another section;
 * 5. same number, heading reworded: the same clause, changed in place.
 * Headings are matched with their ancestors' first, so generic headings ("General", "总则") pair
 * within their own sections: when a new section 2 pushes "2 Definitions / 2.1 General" to 3 and
 * 3.1, the old 2.1 pairs with the new 3.1, not with the new 2.1 or another section's "General".
 * Moved headings come before reworded ones so a renumbering does not read as every later clause
 * rewritten: when 5.3 "Thermal propagation" becomes 5.2, the new 5.2 pairs with the old 5.3.
 * Whatever is left is added (only in `after`) or removed (only in `before`).
 */
export function matchClauses<C extends ClauseFacts>(
  beforeRows: readonly C[],
  afterRows: readonly C[],
): ClauseMatching<C> {
  const before = inPrintedOrder(beforeRows);
  const after = inPrintedOrder(afterRows);
  const beforePaths = headingPaths(before);
  const afterPaths = headingPaths(after);
  const pairedBefore = new Set<number>();
  const pairedAfter = new Set<number>();
  const pairs: { before: C; after: C; matchedBy: ClauseMatch }[] = [];

  // `path` is the clause's heading path in its own version (ids of the two versions may overlap).
  const pass = (keyOf: (c: C, path: string) => string | null, matchedBy: ClauseMatch) => {
    const waiting = new Map<string, C[]>();
    for (const c of before) {
      const key = pairedBefore.has(c.id) ? null : keyOf(c, beforePaths.get(c.id)!);
      if (key !== null) waiting.set(key, [...(waiting.get(key) ?? []), c]);
    }
    for (const c of after) {
      const key = pairedAfter.has(c.id) ? null : keyOf(c, afterPaths.get(c.id)!);
      const candidate = key === null ? undefined : waiting.get(key)?.shift();
      if (!candidate) continue;
      pairedBefore.add(candidate.id);
      pairedAfter.add(c.id);
      pairs.push({ before: candidate, after: c, matchedBy });
    }
  };
  // A clause without a heading is paired by its number only: by heading it would pair at random.
  const ifHeaded = (c: C, key: string) => (headingKey(c.heading) === '' ? null : key);
  pass((c, path) => `${c.number}\u0001${path}`, 'NUMBER');
  pass((c, path) => ifHeaded(c, path), 'HEADING');
  pass((c) => `${c.number}\u0001${headingKey(c.heading)}`, 'NUMBER');
  pass((c) => ifHeaded(c, headingKey(c.heading)), 'HEADING');
  pass((c) => c.number, 'NUMBER');

  const order = new Map(after.map((c, k) => [c.id, k]));
  pairs.sort((x, y) => order.get(x.after.id)! - order.get(y.after.id)!);
  const changed: ClausePair<C>[] = [];
  let unchanged = 0;
  for (const { before: b, after: a, matchedBy } of pairs) {
    const moved = b.number !== a.number;
    const same =
      !moved && b.heading === a.heading && (b.text ?? '') === (a.text ?? '') && b.informative === a.informative;
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
