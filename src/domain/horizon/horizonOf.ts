import type { DomainContext } from '../context.ts';
import { horizonSeed, type StandardFilterInput } from '../../db/filters.ts';
import { standards } from '../../db/tables.ts';
import { loadVersionGraphFrom, type VersionRow } from '../applicability/load.ts';
import type { IsoDate } from '../dates.ts';
import type { StandardKind, VehicleCategory } from '../enums.ts';
import { DomainError } from '../errors.ts';
import {
  describeRange,
  horizonChanges,
  type DatePrecision,
  type HorizonChange,
  type HorizonChangeKind,
} from './changes.ts';

/** The longest window one question may cover, in days (five years): a window is computed whole. */
export const MAX_HORIZON_DAYS = 1_827;

export interface HorizonFilter {
  standards?: readonly string[] | null;
  kinds?: readonly StandardKind[] | null;
  committee?: string | null;
  text?: string | null;
  /** Versions recording any of these categories; a version recording none is left out. */
  vehicleCategories?: readonly VehicleCategory[] | null;
}

export interface HorizonEntry extends Omit<HorizonChange, 'versionId' | 'endsIds'> {
  date: string;
  precision: DatePrecision;
  version: VersionRow;
  ends: VersionRow[];
}

const days = (from: IsoDate, to: IsoDate) =>
  (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

/** The SQL filter of a horizon filter; null when it keeps every standard. */
export function filterOf(
  filter: HorizonFilter | null | undefined,
): (StandardFilterInput & { designations?: readonly string[] | null }) | null {
  if (!filter) return null;
  const given = Boolean(
    filter.standards?.length ||
      filter.kinds?.length ||
      filter.committee != null ||
      filter.text?.trim() ||
      filter.vehicleCategories?.length,
  );
  return given
    ? {
        kinds: filter.kinds,
        committeeCode: filter.committee,
        text: filter.text,
        designations: filter.standards,
        vehicleCategories: filter.vehicleCategories,
      }
    : null;
}

/**
 * Every dated change in [from, to], oldest first (see changes.ts), of the standards the filter
 * keeps. One statement loads the versions that can decide them (two with a filter), whatever the
 * window's size.
 */
export function horizonOf({
  ctx,
  input,
}: {
  ctx: Pick<DomainContext, 'db'>;
  /** `changes`: keep changes of these kinds only (none given: every kind). */
  input: { from: IsoDate; to: IsoDate; filter?: HorizonFilter | null; changes?: readonly HorizonChangeKind[] | null };
}): HorizonEntry[] {
  const { from, to } = input;
  if (to < from) throw new DomainError('INVALID_INPUT', '`to` must not be before `from`.', { field: 'to' });
  if (days(from, to) > MAX_HORIZON_DAYS)
    throw new DomainError('INVALID_INPUT', `A window covers at most ${MAX_HORIZON_DAYS} days (five years).`, {
      field: 'to',
    });
  const filter = filterOf(input.filter);
  const seed = horizonSeed(standards, { from, to }, filter);
  const graph = loadVersionGraphFrom(ctx.db, seed);
  const byId = new Map(graph.versions.map((v) => [v.id, v]));
  // With a filter, the seed is every version of the kept standards: the changes reported are theirs.
  const kept = filter === null ? undefined : ctx.db.all<{ id: number }>(seed).map((row) => row.id);
  const kinds = input.changes?.length ? new Set(input.changes) : null;
  const changes = horizonChanges(graph, { from, to }, kept).filter((c) => kinds === null || kinds.has(c.kind));
  return changes.map(({ versionId, endsIds, ...change }) => ({
    ...change,
    ...describeRange(change.when),
    version: byId.get(versionId)!,
    ends: endsIds.map((id) => byId.get(id)!),
  }));
}
