import { memoKey, type ReadContext } from '../context.ts';
import type { IsoDate } from '../dates.ts';
import type { ApplicabilityScope, VehicleCategory, VersionStatus } from '../enums.ts';
import { decodeVehicleCategories } from '../vehicle-categories.ts';
import { isMandatory, mandatoryFrom } from './obligation.ts';
import { describeRange, type DatePrecision } from '../horizon/changes.ts';
import { loadVersionGraph, loadVersionGraphForVersion, type VersionRow } from './load.ts';
import { standardApplicability, versionStatus, type VersionGraph } from './rule.ts';

export type { VersionRow };

export interface ApplicabilityAnswer {
  on: IsoDate;
  scope: ApplicabilityScope;
  vehicleCategory: VehicleCategory | null;
  current: VersionRow | null;
  /** `mandatory`: whether compliance is required on the date for the scope (obligation.ts); null when undecidable. */
  versions: { version: VersionRow; status: VersionStatus; mandatory: boolean | null; modifications: VersionRow[] }[];
  unknown: VersionRow[];
  successors: VersionRow[];
}

/**
 * One request may ask about many versions of one replacement chain; the chain's graph is loaded
 * once per request and shared by every version in it. Data does not change within a query; a
 * mutation drops every per-request memo when it starts and once it has written
 * (graphql/fresh-memo-plugin.ts), so the memo cannot go stale.
 */
const VERSION_GRAPHS = memoKey<Map<number, VersionGraph>>('versionGraphs');

function graphMemo(ctx: ReadContext): Map<number, VersionGraph> {
  return ctx.memo.use(VERSION_GRAPHS, () => new Map());
}

function remember<G extends VersionGraph>(ctx: ReadContext, graph: G): G {
  const memo = graphMemo(ctx);
  for (const version of graph.versions) memo.set(version.id, graph);
  return graph;
}

export function statusOfVersion({
  ctx,
  input,
}: {
  ctx: ReadContext;
  input: { versionId: number; on: IsoDate; scope: ApplicabilityScope };
}): VersionStatus {
  const graph =
    graphMemo(ctx).get(input.versionId) ?? remember(ctx, loadVersionGraphForVersion(ctx.db, input.versionId));
  return versionStatus(graph, input.versionId, input.on, input.scope);
}

/** When compliance with a version becomes required for a scope; null when never, or when the record cannot date it. */
export function mandatoryFromOfVersion({
  ctx,
  input,
}: {
  ctx: ReadContext;
  input: { versionId: number; scope: ApplicabilityScope };
}): {
  date: string;
  precision: DatePrecision;
  earliest: IsoDate;
  latest: IsoDate;
} | null {
  const graph =
    graphMemo(ctx).get(input.versionId) ?? remember(ctx, loadVersionGraphForVersion(ctx.db, input.versionId));
  const range = graph.versions.some((v) => v.id === input.versionId)
    ? mandatoryFrom(graph, input.versionId, input.scope)
    : null;
  if (range === null || range.lo === null || range.hi === null) return null;
  const known = { lo: range.lo, hi: range.hi };
  return { ...describeRange(known), earliest: known.lo, latest: known.hi };
}

/** Which versions of a standard apply on a date (docs/applicability.md, "The answer"), with their rows. */
export function applicabilityOfStandard({
  ctx,
  input,
}: {
  ctx: ReadContext;
  input: { standardId: number; on: IsoDate; scope: ApplicabilityScope; vehicleCategory?: VehicleCategory | null };
}): ApplicabilityAnswer {
  const graph = remember(ctx, loadVersionGraph(ctx.db, [input.standardId]));
  const result = standardApplicability(graph, input.standardId, input.on, input.scope);
  const ids = new Set<number>([
    ...result.versions.flatMap((v) => [v.versionId, ...v.modificationIds]),
    ...result.unknownIds,
    ...result.successorIds,
  ]);
  // Every version an answer names is in the graph (its component), read whole with it.
  const byId = new Map(graph.versions.filter((version) => ids.has(version.id)).map((version) => [version.id, version]));
  const row = (id: number): VersionRow => byId.get(id)!;
  // With a category, a version is left out only when it records categories and not this one: one
  // recording none may apply to it (not recorded is neither "all" nor "none").
  const category = input.vehicleCategory ?? null;
  const fits = (id: number) =>
    category === null || (decodeVehicleCategories(row(id).vehicleCategories)?.includes(category) ?? true);
  const versions = result.versions.filter((v) => fits(v.versionId));
  return {
    on: input.on,
    scope: input.scope,
    vehicleCategory: category,
    current: versions.length === 0 ? null : row(versions[0]!.versionId),
    versions: versions.map((v) => ({
      version: row(v.versionId),
      status: v.status,
      mandatory: isMandatory(graph, v.versionId, input.on, input.scope),
      modifications: v.modificationIds.filter(fits).map(row),
    })),
    unknown: result.unknownIds.filter(fits).map(row),
    successors: result.successorIds.filter(fits).map(row),
  };
}
