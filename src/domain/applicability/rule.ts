// The applicability rule of docs/applicability.md: which versions apply on a date, for a scope. Pure: it
// reads a version graph (see load.ts) and never a database or a clock.

import { isIsoDate, type IsoDate } from '../dates.ts';
import { isModificationType, type ApplicabilityScope, type VersionStatus } from '../enums.ts';
import { analyseGraph, type AnalysedGraph, type VersionGraph } from './graph.ts';
import { compareLaterFirst, happenedBy, point, type DayRange, type Tri } from './intervals.ts';

export { analyseGraph, AnalysedGraph } from './graph.ts';
export type { ReplacementEdge, VersionFacts, VersionGraph } from './graph.ts';
export type { DayRange, Tri } from './intervals.ts';

/** A raw graph (its analysis is remembered, see `analyseGraph`) or an analysis. */
export type GraphInput = VersionGraph | AnalysedGraph;

/**
 * A version's standing on a date. `applies` is kept beside the status because `UNKNOWN` covers two
 * different things: certainly applies but which of IN_FORCE/IN_TRANSITION is undecided
 * (`applies: 'YES'`), and may or may not apply at all (`applies: 'MAYBE'`).
 * Invariant: NO ⇔ UPCOMING/SUPERSEDED/WITHDRAWN; YES ⇔ IN_FORCE/IN_TRANSITION/UNKNOWN; MAYBE ⇒ UNKNOWN.
 */
export interface VersionState {
  status: VersionStatus;
  applies: Tri;
}

export interface AppliedVersion {
  versionId: number;
  status: VersionStatus;
  /** Modifications of this version (directly or of its modifications) that certainly apply. */
  modificationIds: number[];
}

export interface StandardApplicability {
  /** Base versions that certainly apply: a version before those it replaces, else later-taking-effect first. */
  versions: AppliedVersion[];
  currentId: number | null;
  /** Versions of the standard (base or modification) that may or may not apply. */
  unknownIds: number[];
  /**
   * Versions of other standards that certainly apply and replaced (through a chain) versions of this one that no longer
   * apply.
   */
  successorIds: number[];
}

const IN_FORCE: VersionState = { status: 'IN_FORCE', applies: 'YES' };
const UNKNOWN_MAYBE: VersionState = { status: 'UNKNOWN', applies: 'MAYBE' };
/** Among reasons a version does not apply, the one reported: an end wins over a start. */
const NO_PRIORITY: readonly VersionStatus[] = ['WITHDRAWN', 'SUPERSEDED', 'UPCOMING'];

/** The day by which a replacing version `w` ends what it replaces for `scope`; null: never. */
function cutOff(g: AnalysedGraph, w: number, scope: ApplicabilityScope): DayRange | null {
  const v = g.version(w);
  if (scope === 'NEW_TYPES')
    return v.mandatoryNewTypes !== null && isIsoDate(v.mandatoryNewTypes)
      ? point(v.mandatoryNewTypes)
      : g.takeEffect(w);
  return v.mandatoryExistingTypes !== null && isIsoDate(v.mandatoryExistingTypes)
    ? point(v.mandatoryExistingTypes)
    : null;
}

/** Points 1–3 for one version, ignoring its base (see `combine`). */
function ownState(g: AnalysedGraph, id: number, on: IsoDate, scope: ApplicabilityScope): VersionState {
  const v = g.version(id);
  if (v.withdrawn !== null && isIsoDate(v.withdrawn) && v.withdrawn <= on)
    return { status: 'WITHDRAWN', applies: 'NO' };
  const taken = happenedBy(g.takeEffect(id), on);
  if (taken === 'NO') return { status: 'UPCOMING', applies: 'NO' };
  let cutMaybe = false;
  let replacementTaken: Tri = 'NO';
  // Replacement is transitive: a version replacing one that replaced V replaces V too, so V can
  // never outlast a later version that has itself stopped applying (02 series in force with no
  // transition: neither the 01 nor the 00 series applies to new types any more).
  for (const w of g.replacedByTransitively(id)) {
    const end = cutOff(g, w, scope);
    const ended = end === null ? 'NO' : happenedBy(end, on);
    if (ended === 'YES') return { status: 'SUPERSEDED', applies: 'NO' };
    if (ended === 'MAYBE') cutMaybe = true;
    const started = happenedBy(g.takeEffect(w), on);
    if (started === 'YES') replacementTaken = 'YES';
    else if (started === 'MAYBE' && replacementTaken === 'NO') replacementTaken = 'MAYBE';
  }
  if (taken === 'MAYBE' || cutMaybe) return UNKNOWN_MAYBE;
  // Certainly applies. A replacement in effect whose cut-off is still ahead (or, for existing
  // types, absent) means a transition period.
  if (replacementTaken === 'YES') return { status: 'IN_TRANSITION', applies: 'YES' };
  if (replacementTaken === 'MAYBE') return { status: 'UNKNOWN', applies: 'YES' };
  return IN_FORCE;
}

/** A modification applies when it does on its own and its base does (point 4). */
function combine(own: VersionState, base: VersionState): VersionState {
  if (own.applies === 'NO' || base.applies === 'NO') {
    const statuses = [own, base].filter((s) => s.applies === 'NO').map((s) => s.status);
    return { status: NO_PRIORITY.find((s) => statuses.includes(s))!, applies: 'NO' };
  }
  if (own.applies === 'MAYBE' || base.applies === 'MAYBE') return UNKNOWN_MAYBE;
  if (own.status === 'IN_TRANSITION' || base.status === 'IN_TRANSITION')
    return { status: 'IN_TRANSITION', applies: 'YES' };
  if (own.status === 'UNKNOWN' || base.status === 'UNKNOWN') return { status: 'UNKNOWN', applies: 'YES' };
  return IN_FORCE;
}

/** States on one date and scope, memoised for the length of one question. */
class Evaluator {
  readonly #cache = new Map<number, VersionState>();
  constructor(
    readonly g: AnalysedGraph,
    readonly on: IsoDate,
    readonly scope: ApplicabilityScope,
  ) {
    if (!isIsoDate(on)) throw new RangeError(`not a date: ${on}`);
  }

  state(id: number, visiting: ReadonlySet<number> = new Set()): VersionState {
    const cached = this.#cache.get(id);
    if (cached !== undefined) return cached;
    const v = this.g.version(id);
    let result = ownState(this.g, id, this.on, this.scope);
    if (isModificationType(v.type) || v.baseId !== null) {
      // A base outside the graph cannot be judged; a cycle of bases (invalid data) adds nothing.
      const base =
        v.baseId === null || !this.g.has(v.baseId)
          ? UNKNOWN_MAYBE
          : visiting.has(v.baseId)
            ? IN_FORCE
            : this.state(v.baseId, new Set([...visiting, id]));
      result = combine(result, base);
    }
    this.#cache.set(id, result);
    return result;
  }
}

/** A single version's status on `on` for `scope` (point 7). Throws RangeError if `versionId` is not in the graph. */
export function versionStatus(
  graph: GraphInput,
  versionId: number,
  on: IsoDate,
  scope: ApplicabilityScope,
): VersionStatus {
  return versionState(graph, versionId, on, scope).status;
}

/** Every version's state on one date and scope, memoised: for questions about many versions of one graph. */
export function statesOn(
  graph: GraphInput,
  on: IsoDate,
  scope: ApplicabilityScope,
): (versionId: number) => VersionState {
  const evaluator = new Evaluator(analyseGraph(graph), on, scope);
  return (versionId) => evaluator.state(versionId);
}

/** As `versionStatus`, with whether the version applies (YES / NO / MAYBE). */
export function versionState(
  graph: GraphInput,
  versionId: number,
  on: IsoDate,
  scope: ApplicabilityScope,
): VersionState {
  return new Evaluator(analyseGraph(graph), on, scope).state(versionId);
}

/**
 * Orders versions so that one comes before every version it replaces (transitively, through any
 * version of the graph), and otherwise the later-taking-effect first; ties by designation
 * (descending, so "01 series" before "00 series"), then id. On a replacement cycle (invalid
 * data) the tie-break order decides.
 */
export function orderVersions(graph: GraphInput, ids: readonly number[]): number[] {
  const g = analyseGraph(graph);
  const remaining = [...new Set(ids)].sort((a, b) => {
    const byDate = compareLaterFirst(g.takeEffect(a), g.takeEffect(b));
    if (byDate !== 0) return byDate;
    const da = g.version(a).designation;
    const db = g.version(b).designation;
    return da !== db ? (da < db ? 1 : -1) : b - a;
  });
  const ordered: number[] = [];
  while (remaining.length > 0) {
    const free = remaining.findIndex(
      (id) => !remaining.some((other) => other !== id && g.replacesTransitively(other).has(id)),
    );
    ordered.push(...remaining.splice(free === -1 ? 0 : free, 1));
  }
  return ordered;
}

/** Modifications of `id`, and of its modifications, without repeats. */
function modificationsBelow(g: AnalysedGraph, id: number): number[] {
  const found = new Set<number>();
  const stack = [...g.modifications(id)];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    if (next === id || found.has(next)) continue;
    found.add(next);
    stack.push(...g.modifications(next));
  }
  return [...found];
}

const ENDED = (s: VersionState) => s.status === 'SUPERSEDED' || s.status === 'WITHDRAWN';

/** The answer for a standard on a date (point 6). An unknown standard gives an empty answer. */
export function standardApplicability(
  graph: GraphInput,
  standardId: number,
  on: IsoDate,
  scope: ApplicabilityScope,
): StandardApplicability {
  const g = analyseGraph(graph);
  const ev = new Evaluator(g, on, scope);
  const own = g.versionsOfStandard(standardId);
  const applying = (ids: readonly number[]) => ids.filter((id) => ev.state(id).applies === 'YES');

  const bases = own.filter((id) => !isModificationType(g.version(id).type));
  const versions = orderVersions(g, applying(bases)).map((versionId) => ({
    versionId,
    status: ev.state(versionId).status,
    modificationIds: orderVersions(g, applying(modificationsBelow(g, versionId))),
  }));
  const unknownIds = orderVersions(
    g,
    own.filter((id) => ev.state(id).applies === 'MAYBE'),
  );

  // From each version of this standard that has ended, follow replacements into other standards,
  // and onwards past replacements that have ended too, to the versions that certainly apply.
  // A replacement that may apply, or has not started, stops the walk: it is not a certain answer.
  const successors = new Set<number>();
  const seen = new Set<number>();
  const stack: number[] = [];
  for (const id of own) {
    if (!ENDED(ev.state(id))) continue;
    for (const w of g.replacedBy(id)) if (g.version(w).standardId !== standardId) stack.push(w);
  }
  for (let w = stack.pop(); w !== undefined; w = stack.pop()) {
    if (seen.has(w)) continue;
    seen.add(w);
    const s = ev.state(w);
    if (s.applies === 'YES' && g.version(w).standardId !== standardId) successors.add(w);
    else if (ENDED(s)) stack.push(...g.replacedBy(w));
  }

  return {
    versions,
    currentId: versions[0]?.versionId ?? null,
    unknownIds,
    successorIds: orderVersions(g, [...successors]),
  };
}
