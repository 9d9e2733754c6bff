import { isIsoDate, isPartialDate, partialDateRange, type IsoDate } from '../dates.ts';

/**
 * The days on which an event (a version taking effect, a cut-off) may happen: inclusive at both
 * ends, `null` meaning unbounded (−∞ for `lo`, +∞ for `hi`). Invariant: `lo <= hi` when both are set.
 * On a day D the event has certainly happened when `hi <= D`, certainly not when `lo > D`, and
 * otherwise it is undecided.
 */
export interface DayRange {
  lo: IsoDate | null;
  hi: IsoDate | null;
}

export type Tri = 'YES' | 'NO' | 'MAYBE';

/** Whether the event ranged over by `range` has happened by day `on` (inclusive). */
export function happenedBy(range: DayRange, on: IsoDate): Tri {
  if (range.hi !== null && range.hi <= on) return 'YES';
  if (range.lo !== null && range.lo > on) return 'NO';
  return 'MAYBE';
}

export const point = (day: IsoDate): DayRange => ({ lo: day, hi: day });

/** The dates of a version that the take-effect rule reads (§2.2 points 1 and 5). */
export interface OwnDates {
  published: string | null;
  effective: string | null;
  mandatoryNewTypes: string | null;
  mandatoryExistingTypes: string | null;
  withdrawn: string | null;
}

/**
 * When a version takes effect, from its own dates only: `effective`, else `published` (a range
 * when of reduced precision), else unbounded; then capped by its own mandatory and withdrawal
 * dates (it takes effect no later than them). A cap that would contradict the version's own
 * take-effect date is inconsistent data and is ignored. Malformed dates count as absent: the rule
 * never guesses, and validation is the importer's job.
 */
export function ownTakeEffect(v: OwnDates): DayRange {
  let range: DayRange = { lo: null, hi: null };
  if (v.effective !== null && isIsoDate(v.effective)) range = point(v.effective);
  else if (v.published !== null && isPartialDate(v.published)) {
    const { from, to } = partialDateRange(v.published);
    range = { lo: from, hi: to };
  }
  for (const cap of [v.mandatoryNewTypes, v.mandatoryExistingTypes, v.withdrawn]) {
    if (cap !== null && isIsoDate(cap)) range = capHi(range, cap) ?? range;
  }
  return range;
}

/** `range` with `hi` lowered to `cap`; unchanged if already tighter; null if that would empty it. */
function capHi(range: DayRange, cap: IsoDate): DayRange | null {
  if (range.hi !== null && range.hi <= cap) return range;
  if (range.lo !== null && range.lo > cap) return null;
  return { lo: range.lo, hi: cap };
}

/** `range` with `lo` raised to `floor`; unchanged if already tighter; null if that would empty it. */
function floorLo(range: DayRange, floor: IsoDate): DayRange | null {
  if (range.lo !== null && range.lo >= floor) return range;
  if (range.hi !== null && range.hi < floor) return null;
  return { lo: floor, hi: range.hi };
}

/**
 * "`earlier` takes effect no later than `later`" (a replaced version and its replacement, a base and its modification).
 */
export interface Precedence {
  earlier: number;
  later: number;
}

/**
 * Tightens every range by the precedences until nothing changes: `later.lo >= earlier.lo` and
 * `earlier.hi <= later.hi`. Each step only moves a bound inwards to a date already present, so
 * this terminates even on cyclic (invalid) data. A step that would empty a range is skipped:
 * the data contradicts itself there and the version keeps what it already had. Mutates `ranges`.
 */
export function propagateBounds(ranges: Map<number, DayRange>, precedences: readonly Precedence[]): void {
  let changed = true;
  while (changed) {
    changed = false;
    for (const { earlier, later } of precedences) {
      const e = ranges.get(earlier);
      const l = ranges.get(later);
      if (e === undefined || l === undefined) continue;
      if (e.lo !== null) {
        const next = floorLo(l, e.lo);
        if (next !== null && next !== l) {
          ranges.set(later, next);
          changed = true;
        }
      }
      const lNow = ranges.get(later)!;
      if (lNow.hi !== null) {
        const next = capHi(e, lNow.hi);
        if (next !== null && next !== e) {
          ranges.set(earlier, next);
          changed = true;
        }
      }
    }
  }
}

/** Later-taking-effect first: `lo` descending (−∞ last), then `hi` descending (+∞ first). */
export function compareLaterFirst(a: DayRange, b: DayRange): number {
  if (a.lo !== b.lo) {
    if (a.lo === null) return 1;
    if (b.lo === null) return -1;
    return a.lo < b.lo ? 1 : -1;
  }
  if (a.hi !== b.hi) {
    if (a.hi === null) return -1;
    if (b.hi === null) return 1;
    return a.hi < b.hi ? 1 : -1;
  }
  return 0;
}
