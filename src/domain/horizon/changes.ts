// The regulatory horizon: every dated change in a window of days. Cut-offs are decided by the
// applicability rule itself (rule.ts), so applying the changes to the answer on `from` gives the
// answer on any later day of the window. Pure: it reads a version graph, never a database.

import { isIsoDate, type IsoDate } from '../dates.ts';
import { isModificationType, type ApplicabilityScope } from '../enums.ts';
import { analyseGraph, statesOn, type GraphInput, type VersionState } from '../applicability/rule.ts';
import { point, type DayRange } from '../applicability/intervals.ts';

export const HORIZON_CHANGE_KINDS = [
  'TAKES_EFFECT',
  'MANDATORY_NEW_TYPES',
  'MANDATORY_EXISTING_TYPES',
  'STOPS_APPLYING',
  'WITHDRAWN',
] as const;
export type HorizonChangeKind = (typeof HORIZON_CHANGE_KINDS)[number];

/** The days a change may fall on, both ends known; one day when the date is certain. */
export interface KnownRange {
  lo: IsoDate;
  hi: IsoDate;
}

export interface HorizonChange {
  kind: HorizonChangeKind;
  versionId: number;
  /** The scope a mandatory date or a cut-off concerns; null when the change concerns every scope. */
  scope: ApplicabilityScope | null;
  when: KnownRange;
  /** For a change that is a cut-off: the base versions that stop applying for its scope then. */
  endsIds: number[];
}

export interface HorizonWindow {
  from: IsoDate;
  to: IsoDate;
}

const KIND_ORDER = new Map(HORIZON_CHANGE_KINDS.map((kind, k) => [kind, k]));

export function dayBefore(day: IsoDate): IsoDate {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

const known = (range: DayRange): KnownRange | null =>
  range.lo !== null && range.hi !== null ? { lo: range.lo, hi: range.hi } : null;
const inside = (day: IsoDate, window: HorizonWindow) => window.from <= day && day <= window.to;
/** A change is on the horizon when its first or last possible day is in the window. */
const meets = (range: KnownRange, window: HorizonWindow) => inside(range.lo, window) || inside(range.hi, window);
const ownDate = (date: string | null): KnownRange | null =>
  date !== null && isIsoDate(date) ? (point(date) as KnownRange) : null;

/**
 * The changes in `window` of the graph's versions, oldest first. A change is listed when the days
 * it may fall on are bounded on both sides and the first or the last of them is in the window (so
 * every listed change has a recorded date in the window); a date bounded on one side only, or
 * undecided from before the window to after it, is not a date on the horizon. With `versionIds`,
 * only changes of those versions, or cut-offs that end one of them, are kept (the graph must
 * still hold their whole component, see load.ts).
 */
export function horizonChanges(
  graph: GraphInput,
  window: HorizonWindow,
  versionIds?: Iterable<number>,
): HorizonChange[] {
  const g = analyseGraph(graph);
  const evaluators = new Map<string, (id: number) => VersionState>();
  const stateOn = (day: IsoDate, scope: ApplicabilityScope, id: number) => {
    const key = `${day}|${scope}`;
    let evaluate = evaluators.get(key);
    if (evaluate === undefined) {
      evaluate = statesOn(g, day, scope);
      evaluators.set(key, evaluate);
    }
    return evaluate(id);
  };
  /** Base versions that applied (or may have) the day before `when` and are superseded by its last day. */
  const endedBy = (w: number, when: KnownRange, scope: ApplicabilityScope): number[] =>
    [...g.replacesTransitively(w)]
      .filter((u) => !isModificationType(g.version(u).type))
      .filter(
        (u) =>
          stateOn(dayBefore(when.lo), scope, u).applies !== 'NO' && stateOn(when.hi, scope, u).status === 'SUPERSEDED',
      )
      .sort((a, b) => a - b);

  const changes: HorizonChange[] = [];
  const stops = new Map<string, HorizonChange>();
  const cutOff = (
    kind: HorizonChangeKind,
    w: number,
    when: KnownRange,
    scope: ApplicabilityScope,
    changeScope: ApplicabilityScope | null,
  ) => {
    const endsIds = endedBy(w, when, scope);
    changes.push({ kind, versionId: w, scope: changeScope, when, endsIds });
    for (const u of endsIds) {
      const key = `${u}|${scope}|${when.lo}|${when.hi}`;
      if (!stops.has(key)) stops.set(key, { kind: 'STOPS_APPLYING', versionId: u, scope, when, endsIds: [] });
    }
  };

  for (const v of g.byId.values()) {
    const base = !isModificationType(v.type);
    const takesEffect = known(g.takeEffect(v.id));
    const mandatoryNew = ownDate(v.mandatoryNewTypes);
    if (takesEffect && meets(takesEffect, window)) {
      // Without a date of its own for new types, taking effect is the cut-off for new types.
      if (base && mandatoryNew === null) cutOff('TAKES_EFFECT', v.id, takesEffect, 'NEW_TYPES', null);
      else changes.push({ kind: 'TAKES_EFFECT', versionId: v.id, scope: null, when: takesEffect, endsIds: [] });
    }
    if (mandatoryNew && meets(mandatoryNew, window))
      cutOff('MANDATORY_NEW_TYPES', v.id, mandatoryNew, 'NEW_TYPES', 'NEW_TYPES');
    const mandatoryExisting = ownDate(v.mandatoryExistingTypes);
    if (mandatoryExisting && meets(mandatoryExisting, window))
      cutOff('MANDATORY_EXISTING_TYPES', v.id, mandatoryExisting, 'EXISTING_TYPES', 'EXISTING_TYPES');
    const withdrawn = ownDate(v.withdrawn);
    if (withdrawn && meets(withdrawn, window))
      changes.push({ kind: 'WITHDRAWN', versionId: v.id, scope: null, when: withdrawn, endsIds: [] });
  }
  changes.push(...stops.values());

  const wanted = versionIds === undefined ? null : new Set(versionIds);
  const kept =
    wanted === null
      ? changes
      : changes.filter((c) => wanted.has(c.versionId) || c.endsIds.some((id) => wanted.has(id)));
  return kept.sort(
    (a, b) =>
      compareText(a.when.lo, b.when.lo) ||
      compareText(a.when.hi, b.when.hi) ||
      KIND_ORDER.get(a.kind)! - KIND_ORDER.get(b.kind)! ||
      compareText(a.scope ?? '', b.scope ?? '') ||
      compareText(g.version(a.versionId).designation, g.version(b.versionId).designation) ||
      a.versionId - b.versionId,
  );
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export type DatePrecision = 'DAY' | 'MONTH' | 'YEAR' | 'RANGE';

/**
 * How a change's days read as a partial date: the day, the month or the year when the range is
 * exactly that; otherwise (bounded by the replacement chain) the narrowest month or year that holds
 * it, or its first possible year when it spans years, with precision RANGE.
 */
export function describeRange(range: KnownRange): { date: string; precision: DatePrecision } {
  if (range.lo === range.hi) return { date: range.lo, precision: 'DAY' };
  const [ly, lm] = range.lo.split('-');
  const [hy, hm] = range.hi.split('-');
  const monthEnd = new Date(Date.UTC(Number(ly), Number(lm), 0)).toISOString().slice(0, 10);
  if (ly === hy && lm === hm)
    return { date: `${ly}-${lm}`, precision: range.lo.endsWith('-01') && range.hi === monthEnd ? 'MONTH' : 'RANGE' };
  if (ly === hy)
    return { date: ly!, precision: range.lo === `${ly}-01-01` && range.hi === `${ly}-12-31` ? 'YEAR' : 'RANGE' };
  return { date: ly!, precision: 'RANGE' };
}
