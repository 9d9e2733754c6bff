import { eq, inArray, sql } from 'drizzle-orm';
import type { DomainContext } from '../context.ts';
import { horizonSeed } from '../../db/filters.ts';
import { committees, standards } from '../../db/tables.ts';
import type { IsoDate } from '../dates.ts';
import type { ApplicabilityScope, VersionStatus } from '../enums.ts';
import { filterOf, type HorizonFilter } from '../horizon/horizonOf.ts';
import { loadVersionGraphFrom, type VersionRow } from './load.ts';
import { isMandatory } from './obligation.ts';
import { analyseGraph, statesOn } from './rule.ts';

export type StandardRow = typeof standards.$inferSelect & { committeeCode: string | null };

export interface VersionStatusRow {
  standard: StandardRow;
  version: VersionRow;
  base: VersionRow | null;
  replaces: VersionRow[];
  replacedBy: VersionRow[];
  status: VersionStatus;
  /**
   * Whether compliance is required on the date for the scope (false when the version does not apply); null when the
   * record cannot decide.
   */
  mandatory: boolean | null;
}

/**
 * Every version of the standards the filter keeps (all without one), with its status and obligation
 * on `on` for `scope`: by standard designation, then in insertion order. Three statements.
 */
export function listVersionStatuses({
  ctx,
  input,
}: {
  ctx: Pick<DomainContext, 'db'>;
  input: { on: IsoDate; scope: ApplicabilityScope; filter?: HorizonFilter | null };
}): VersionStatusRow[] {
  const seed = horizonSeed(standards, { from: input.on, to: input.on }, filterOf(input.filter) ?? {});
  const graph = loadVersionGraphFrom(ctx.db, seed);
  const kept = new Set(ctx.db.all<{ id: number }>(seed).map((row) => row.id));
  const byId = new Map(graph.versions.map((v) => [v.id, v]));
  const standardIds = [...new Set(graph.versions.filter((v) => kept.has(v.id)).map((v) => v.standardId))];
  // The ids travel as one JSON parameter: a list of any length binds one variable.
  const standardRows =
    standardIds.length === 0
      ? []
      : ctx.db
          .select({ standard: standards, committeeCode: committees.code })
          .from(standards)
          .leftJoin(committees, eq(committees.id, standards.committeeId))
          .where(inArray(standards.id, sql`(select value from json_each(${JSON.stringify(standardIds)}))`))
          .all();
  const standardById = new Map(
    standardRows.map((r) => [r.standard.id, { ...r.standard, committeeCode: r.committeeCode }]),
  );
  const g = analyseGraph(graph);
  const stateOf = statesOn(g, input.on, input.scope);
  // Compliance is required only of a version that applies: one that does not is never mandatory.
  const statusAndObligation = (id: number): { status: VersionStatus; mandatory: boolean | null } => {
    const state = stateOf(id);
    const mandatory = state.applies === 'NO' ? false : isMandatory(g, id, input.on, input.scope);
    return { status: state.status, mandatory: state.applies === 'MAYBE' && mandatory === true ? null : mandatory };
  };
  const replaces = new Map<number, VersionRow[]>();
  const replacedBy = new Map<number, VersionRow[]>();
  for (const { replacingId, replacedId } of graph.replacements) {
    replaces.set(replacingId, [...(replaces.get(replacingId) ?? []), byId.get(replacedId)!]);
    replacedBy.set(replacedId, [...(replacedBy.get(replacedId) ?? []), byId.get(replacingId)!]);
  }
  return graph.versions
    .filter((v) => kept.has(v.id))
    .map((version) => ({
      standard: standardById.get(version.standardId)!,
      version,
      base: version.baseId === null ? null : (byId.get(version.baseId) ?? null),
      replaces: replaces.get(version.id) ?? [],
      replacedBy: replacedBy.get(version.id) ?? [],
      ...statusAndObligation(version.id),
    }))
    .sort((a, b) =>
      a.standard.designation < b.standard.designation
        ? -1
        : a.standard.designation > b.standard.designation
          ? 1
          : a.version.id - b.version.id,
    );
}
