import type { VersionType } from '../enums.ts';
import { ownTakeEffect, propagateBounds, type DayRange, type Precedence } from './intervals.ts';

/** What the rule knows of one version: its identity and its own dates, as stored. */
export interface VersionFacts {
  id: number;
  standardId: number;
  designation: string;
  type: VersionType;
  baseId: number | null;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  published: string | null;
  effective: string | null;
  mandatoryNewTypes: string | null;
  mandatoryExistingTypes: string | null;
  withdrawn: string | null;
}

/** `replacingId` replaces `replacedId`. */
export interface ReplacementEdge {
  replacingId: number;
  replacedId: number;
}

/**
 * The versions an answer depends on. For a correct answer it must be closed under base,
 * modification and replacement links in both directions (what `loadVersionGraph` loads): a
 * version missing from it cannot bound the others' dates.
 */
export interface VersionGraph {
  versions: VersionFacts[];
  replacements: ReplacementEdge[];
}

const EMPTY: readonly number[] = Object.freeze([]);

function push(map: Map<number, number[]>, key: number, value: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/**
 * A graph with its links indexed and every version's take-effect range computed once, after the
 * bounds of §2.2 point 5 have been propagated to a fixpoint. It does not depend on the date or the
 * scope asked about, so one analysis serves any number of questions. Immutable: it copies what it
 * needs, so later changes to the input graph are not seen.
 */
export class AnalysedGraph {
  readonly byId: ReadonlyMap<number, VersionFacts>;
  readonly #ranges = new Map<number, DayRange>();
  readonly #replacedBy = new Map<number, number[]>();
  readonly #replaces = new Map<number, number[]>();
  readonly #modifications = new Map<number, number[]>();
  readonly #byStandard = new Map<number, number[]>();
  readonly #replacesClosure = new Map<number, ReadonlySet<number>>();
  readonly #replacedByClosure = new Map<number, ReadonlySet<number>>();

  constructor(graph: VersionGraph) {
    const byId = new Map<number, VersionFacts>();
    for (const v of graph.versions) byId.set(v.id, { ...v });
    this.byId = byId;

    const precedences: Precedence[] = [];
    for (const v of byId.values()) {
      this.#ranges.set(v.id, ownTakeEffect(v));
      push(this.#byStandard, v.standardId, v.id);
      if (v.baseId !== null && byId.has(v.baseId)) {
        push(this.#modifications, v.baseId, v.id);
        precedences.push({ earlier: v.baseId, later: v.id });
      }
    }
    for (const e of graph.replacements) {
      if (!byId.has(e.replacingId) || !byId.has(e.replacedId) || e.replacingId === e.replacedId) continue;
      push(this.#replacedBy, e.replacedId, e.replacingId);
      push(this.#replaces, e.replacingId, e.replacedId);
      precedences.push({ earlier: e.replacedId, later: e.replacingId });
    }
    // Fixed order, so that inconsistent data (where the order of skipped steps matters) still
    // gives the same answer every time.
    precedences.sort((a, b) => a.earlier - b.earlier || a.later - b.later);
    propagateBounds(this.#ranges, precedences);
  }

  has(id: number): boolean {
    return this.byId.has(id);
  }

  version(id: number): VersionFacts {
    const v = this.byId.get(id);
    if (v === undefined) throw new RangeError(`version ${id} is not in the graph`);
    return v;
  }

  /** When the version takes effect, as far as its own dates and the bounds decide. */
  takeEffect(id: number): DayRange {
    const r = this.#ranges.get(id);
    if (r === undefined) throw new RangeError(`version ${id} is not in the graph`);
    return r;
  }

  /** Versions that directly replace `id`. */
  replacedBy(id: number): readonly number[] {
    return this.#replacedBy.get(id) ?? EMPTY;
  }

  /** Versions `id` directly replaces. */
  replaces(id: number): readonly number[] {
    return this.#replaces.get(id) ?? EMPTY;
  }

  /** Versions whose base is `id`. */
  modifications(id: number): readonly number[] {
    return this.#modifications.get(id) ?? EMPTY;
  }

  versionsOfStandard(standardId: number): readonly number[] {
    return this.#byStandard.get(standardId) ?? EMPTY;
  }

  /** Every version `id` replaces directly or through others (not itself, even on a cycle). */
  replacesTransitively(id: number): ReadonlySet<number> {
    return this.#closure(this.#replacesClosure, id, (v) => this.replaces(v));
  }

  /** Every version that replaces `id` directly or through others (not itself, even on a cycle). */
  replacedByTransitively(id: number): ReadonlySet<number> {
    return this.#closure(this.#replacedByClosure, id, (v) => this.replacedBy(v));
  }

  #closure(
    memo: Map<number, ReadonlySet<number>>,
    id: number,
    step: (v: number) => readonly number[],
  ): ReadonlySet<number> {
    const cached = memo.get(id);
    if (cached !== undefined) return cached;
    const seen = new Set<number>();
    const stack = [...step(id)];
    for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
      if (next === id || seen.has(next)) continue;
      seen.add(next);
      stack.push(...step(next));
    }
    memo.set(id, seen);
    return seen;
  }
}

const analyses = new WeakMap<VersionGraph, { versions: number; replacements: number; analysis: AnalysedGraph }>();

/**
 * Indexes a graph and computes its take-effect ranges. The analysis of a raw graph is remembered
 * by object identity (weakly), so asking many questions of one loaded graph analyses it once.
 * Contract: do not change a graph's versions in place after asking about it; appending to its
 * arrays is detected and triggers a new analysis.
 */
export function analyseGraph(graph: VersionGraph | AnalysedGraph): AnalysedGraph {
  if (graph instanceof AnalysedGraph) return graph;
  const known = analyses.get(graph);
  if (
    known !== undefined &&
    known.versions === graph.versions.length &&
    known.replacements === graph.replacements.length
  ) {
    return known.analysis;
  }
  const analysis = new AnalysedGraph(graph);
  analyses.set(graph, { versions: graph.versions.length, replacements: graph.replacements.length, analysis });
  return analysis;
}
