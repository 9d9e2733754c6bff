import { sql } from 'drizzle-orm';
import type { DomainContext } from '../context.ts';
import {
  versionListCount,
  versionListIds,
  versionListPage,
  type VersionListFilter,
  type VersionOrder,
} from '../../db/version-lists.ts';
import { loadVersionGraphFrom, type VersionRow } from '../applicability/load.ts';
import { statesOn } from '../applicability/rule.ts';
import type { IsoDate } from '../dates.ts';
import type { ApplicabilityScope, VersionStatus } from '../enums.ts';
import { DomainError } from '../errors.ts';

export interface VersionStatusCondition {
  on: IsoDate;
  scope: ApplicabilityScope;
  statuses: readonly VersionStatus[];
}

export interface ListVersionsInput {
  filter: VersionListFilter;
  /** Keep versions whose status on the date for the scope is one of `statuses`. */
  status?: VersionStatusCondition | null;
  order: VersionOrder;
  limit: number;
  offset: number;
}

export interface VersionList {
  rows: VersionRow[];
  /** How many versions the whole list holds; counted only when asked for. */
  totalCount: () => number;
}

export function checkWindow(window: { from: string; to: string } | null | undefined, field: string): void {
  if (window && window.to < window.from)
    throw new DomainError('INVALID_INPUT', `\`${field}.to\` must not be before \`${field}.from\`.`, { field });
}

/**
 * A page of versions. Without a status condition: one statement for the page, one for the count.
 * With one, statuses are computed, never stored: one statement selects the candidates in order, one
 * loads the version graph that decides them (docs/applicability.md), and the page is cut from the
 * versions kept. Either way the statement count does not grow with the page size.
 */
export function listVersions({
  ctx,
  input,
}: {
  ctx: Pick<DomainContext, 'db'>;
  input: ListVersionsInput;
}): VersionList {
  checkWindow(input.filter.publishedBetween, 'publishedBetween');
  checkWindow(input.filter.effectiveBetween, 'effectiveBetween');
  const { status } = input;
  if (!status) {
    return {
      rows: versionListPage(ctx.db, input.filter, input.order, input.limit, input.offset),
      totalCount: () => versionListCount(ctx.db, input.filter),
    };
  }
  const kept = versionsWithStatus(ctx, input.filter, status, input.order);
  return { rows: kept.slice(input.offset, input.offset + input.limit), totalCount: () => kept.length };
}

/**
 * Every version the filter keeps whose status on the date for the scope is one of `statuses`, in
 * `order`. Two statements: the candidates in order, then the version graph that decides them.
 */
export function versionsWithStatus(
  ctx: Pick<DomainContext, 'db'>,
  filter: VersionListFilter,
  status: VersionStatusCondition,
  order: VersionOrder = 'DESIGNATION',
): VersionRow[] {
  if (status.statuses.length === 0)
    throw new DomainError('INVALID_INPUT', '`status.statuses` must name at least one status.', {
      field: 'status.statuses',
    });
  checkWindow(filter.publishedBetween, 'publishedBetween');
  checkWindow(filter.effectiveBetween, 'effectiveBetween');
  const ids = ctx.db.all<{ id: number }>(versionListIds(filter, order)).map((row) => row.id);
  const graph = loadVersionGraphFrom(ctx.db, sql`select value as id from json_each(${JSON.stringify(ids)})`);
  const byId = new Map(graph.versions.map((v) => [v.id, v]));
  const stateOf = statesOn(graph, status.on, status.scope);
  const wanted = new Set(status.statuses);
  return ids.filter((id) => byId.has(id) && wanted.has(stateOf(id).status)).map((id) => byId.get(id)!);
}
