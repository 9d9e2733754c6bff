/** What happened to one clause between the two versions. */
export type EntryKind = 'added' | 'removed' | 'changed' | 'moved' | 'unchanged';

export interface Segment {
  kind: 'EQUAL' | 'INSERTED' | 'DELETED';
  text: string;
}

interface ClauseLike {
  number: string;
  heading: string;
  text?: string | null;
  informative: boolean;
}

export interface Entry {
  kind: EntryKind;
  /** The number the entry is sorted and keyed by: the later one, or the removed clause's. */
  number: string;
  before?: ClauseLike;
  after?: ClauseLike;
  headingDiff?: Segment[];
  textDiff?: Segment[];
  informativeChanged?: boolean;
}

/** Clause numbers in reading order: `5.2` before `5.10`, numbers before annex letters (`A.1`). */
export function compareNumbers(a: string, b: string): number {
  const pa = a.split('.');
  const pb = b.split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (x === y) continue;
    const nx = /^\d+$/u.test(x) ? Number(x) : null;
    const ny = /^\d+$/u.test(y) ? Number(y) : null;
    if (nx !== null && ny !== null) return nx - ny;
    if (nx !== null) return -1;
    if (ny !== null) return 1;
    return x.localeCompare(y);
  }
  return 0;
}

export interface ComparisonLike {
  added: ClauseLike[];
  removed: ClauseLike[];
  changed: {
    before: ClauseLike;
    after: ClauseLike;
    moved: boolean;
    informativeChanged: boolean;
    headingDiff: Segment[];
    textDiff: Segment[];
  }[];
}

interface ClauseTree extends ClauseLike {
  children?: ClauseTree[];
}

/** A clause tree as one list, in printed order. */
export function flatten(clauses: ClauseTree[]): ClauseLike[] {
  return clauses.flatMap((clause) => [clause, ...flatten(clause.children ?? [])]);
}

/**
 * One list of the clauses, in clause-number order (removed ones where they stood): those that differ,
 * and the later version's other clauses as unchanged.
 */
export function entriesOf(comparison: ComparisonLike, later: ClauseLike[] = []): Entry[] {
  const differing = new Set([...comparison.added, ...comparison.changed.map((c) => c.after)].map((c) => c.number));
  const entries: Entry[] = [
    ...later
      .filter((clause) => !differing.has(clause.number))
      .map((after): Entry => ({ kind: 'unchanged', number: after.number, before: after, after })),
    ...comparison.added.map((after): Entry => ({ kind: 'added', number: after.number, after })),
    ...comparison.removed.map((before): Entry => ({ kind: 'removed', number: before.number, before })),
    ...comparison.changed.map(
      (change): Entry => ({
        kind: change.moved ? 'moved' : 'changed',
        number: change.after.number,
        before: change.before,
        after: change.after,
        headingDiff: change.headingDiff,
        textDiff: change.textDiff,
        informativeChanged: change.informativeChanged,
      }),
    ),
  ];
  // A removed clause sorts after a kept one of the same number (5.2 removed, 5.2 moved in from 5.3).
  const rank = (e: Entry) => (e.kind === 'removed' ? 1 : 0);
  return entries.sort((a, b) => compareNumbers(a.number, b.number) || rank(a) - rank(b));
}

/** Whether an entry's wording changed (a moved clause may keep its words). */
export const reworded = (entry: Entry): boolean =>
  Boolean(entry.headingDiff?.some((s) => s.kind !== 'EQUAL') || entry.textDiff?.some((s) => s.kind !== 'EQUAL'));

/** How many of each kind. */
export function summaryOf(entries: Entry[]): Record<EntryKind, number> {
  const counts: Record<EntryKind, number> = { added: 0, removed: 0, changed: 0, moved: 0, unchanged: 0 };
  for (const entry of entries) counts[entry.kind] += 1;
  return counts;
}

/** Versions in the order they were published (a partial date sorts as its first day); ties keep their order. */
export function inPublishedOrder<T extends { published?: string | null }>(versions: T[]): T[] {
  return versions
    .map((version, index) => ({ version, index }))
    .sort((a, b) => (a.version.published ?? '').localeCompare(b.version.published ?? '') || a.index - b.index)
    .map(({ version }) => version);
}

/** The pair compared by default: a version and the next one (or the one before the latest); a standard's latest two. */
export function defaultPair(all: string[], version?: string): { from: string; to: string } | null {
  if (all.length < 2) return null;
  const index = version === undefined ? -1 : all.indexOf(version);
  if (index < 0) return { from: all[all.length - 2]!, to: all[all.length - 1]! };
  return index + 1 < all.length
    ? { from: all[index]!, to: all[index + 1]! }
    : { from: all[index - 1]!, to: all[index]! };
}
