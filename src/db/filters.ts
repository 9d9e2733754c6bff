import type Database from 'better-sqlite3';
import { sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { designationKey } from '../vocabulary/designation.ts';
import type { StandardKind, VehicleCategory } from '../vocabulary/enums.ts';
import type { events } from './committee-tables.ts';
import type { standards } from './tables.ts';

// SQL fragments the GraphQL layer hands to Drizzle's relational queries. They live here so
// that all SQL text stays behind src/db/ (a later move off SQLite touches only this folder).

/**
 * Committee codes typed by hand match as an import matches a standard's `committee` to the stored
 * committees: by `designationKey` (case, white space and full-width forms ignored, `iso/tc22` is `ISO/TC 22`),
 * the very function, registered on the connection as `designation_key` (see below).
 */
export function sameCommitteeCode(column: SQLiteColumn | SQL, code: string): SQL {
  return sql`designation_key(${column}) = ${designationKey(code)}`;
}

/** Registers `designation_key(text)`, the SQL form of `designationKey`, on a connection. */
export function registerFilterFunctions(sqlite: Database.Database): void {
  sqlite.function('designation_key', { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? designationKey(text) : null,
  );
}

/** Escapes `%`, `_` and `\` so user text is matched literally by LIKE … ESCAPE '\'. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/gu, (c) => `\\${c}`)}%`;
}

/** An inclusive window of days, `YYYY-MM-DD`. */
export interface DayWindow {
  from: string;
  to: string;
}

/** Conditions on a version; a standard meets them when one of its versions meets them all. */
export interface VersionConditions {
  /** Keep versions that record any of these categories; a version recording none is not kept. */
  vehicleCategories?: readonly VehicleCategory[] | null;
  /** Keep versions certainly published in the window (a `2024` publication is within 2024-01-01…2024-12-31). */
  publishedBetween?: DayWindow | null;
  effectiveBetween?: DayWindow | null;
}

export interface StandardFilterInput extends VersionConditions {
  /** Keep only these standards (ids a computed condition, such as a status, chose). */
  ids?: readonly number[] | null;
  kinds?: readonly StandardKind[] | null;
  committeeCode?: string | null;
  text?: string | null;
}

/**
 * The conditions on the versions row `v` (an SQL alias), or null when none is given. A reduced
 * `published` (`2024`, `2024-05`) is a range of days: it is within a window only when the whole
 * range is, never by a guessed day.
 */
export function versionConditions(filter: VersionConditions): SQL | null {
  const parts: SQL[] = [];
  if (filter.vehicleCategories && filter.vehicleCategories.length > 0) {
    parts.push(
      sql`exists (select 1 from json_each(v.vehicle_categories)
        where value in (select value from json_each(${JSON.stringify(filter.vehicleCategories)})))`,
    );
  }
  const published = filter.publishedBetween;
  if (published) {
    // First day of the range >= from; its last day <= to (the prefix of `to` is past it, or equals it and `to` ends
    // that month or year).
    parts.push(sql`(v.published || substr('-01-01', 1, 10 - length(v.published)) >= ${published.from}
      and (v.published < substr(${published.to}, 1, length(v.published))
        or (v.published = substr(${published.to}, 1, length(v.published)) 
          and substr(date(${published.to}, '+1 day'), 1, length(v.published)) <> v.published)))`);
  }
  if (filter.effectiveBetween)
    parts.push(sql`v.effective between ${filter.effectiveBetween.from} and ${filter.effectiveBetween.to}`);
  return parts.length > 0 ? sql.join(parts, sql` and `) : null;
}

/**
 * The standards a filter keeps: any of `kinds`; the committee named by `committeeCode` or any
 * committee below it; `text` in the designation (ignoring case and spacing) or in either title.
 */
export function standardFilter(table: typeof standards, filter: StandardFilterInput): SQL {
  const parts: SQL[] = [];
  if (filter.ids) parts.push(sql`${table.id} in (select value from json_each(${JSON.stringify(filter.ids)}))`);
  if (filter.kinds && filter.kinds.length > 0) {
    parts.push(
      sql`${table.kind} in (${sql.join(
        filter.kinds.map((k) => sql`${k}`),
        sql`, `,
      )})`,
    );
  }
  if (filter.committeeCode != null) {
    parts.push(sql`${table.committeeId} in (
      with recursive tree(id) as (
        select id from committees where ${sameCommitteeCode(sql`code`, filter.committeeCode)}
        union select c.id from committees c join tree on c.parent_id = tree.id
      ) select id from tree)`);
  }
  const text = filter.text?.trim();
  if (text) {
    const key = designationKey(text);
    parts.push(sql`(${table.designationKey} like ${likePattern(key)} escape '\\'
      or ${table.titleEn} like ${likePattern(text)} escape '\\'
      or ${table.titleZh} like ${likePattern(text)} escape '\\')`);
  }
  const versionPart = versionConditions(filter);
  if (versionPart !== null)
    parts.push(sql`exists (select 1 from versions v where v.standard_id = ${table.id} and ${versionPart})`);
  return parts.length > 0 ? sql.join(parts, sql` and `) : sql`1 = 1`;
}

/**
 * The versions a horizon over [from, to] starts from: with a filter, every version of the standards
 * it keeps that records one of its vehicle categories, if it names any (their cut-offs may come
 * from other standards); without one, every version with a recorded date in the window (a bound a
 * chain puts on an undated version is such a date).
 */
export function horizonSeed(
  table: typeof standards,
  window: { from: string; to: string },
  filter: (StandardFilterInput & { designations?: readonly string[] | null }) | null,
): SQL {
  if (filter !== null) {
    // Categories are a condition on each version itself: only versions recording one are followed.
    const { vehicleCategories, ...onStandard } = filter;
    const parts = [standardFilter(table, onStandard)];
    const own = versionConditions({ vehicleCategories });
    if (own !== null) parts.push(own);
    if (filter.designations && filter.designations.length > 0) {
      parts.push(
        sql`${table.designationKey} in (select value from json_each(
          ${JSON.stringify(filter.designations.map(designationKey))}))`,
      );
    }
    return sql`select v.id from versions v join standards on standards.id = v.standard_id
      where ${sql.join(parts, sql` and `)}`;
  }
  const { from, to } = window;
  return sql`select id from versions where effective between ${from} and ${to}
    or mandatory_new_types between ${from} and ${to} or mandatory_existing_types between ${from} and ${to}
    or withdrawn between ${from} and ${to}
    or (published <= ${to} and published >= substr(${from}, 1, length(published)))`;
}

/**
 * The draft events a vote-read scope (domain/ballots/votes.ts `voteReadScope`) lets a viewer see:
 * every one, except the votes (`voteAction`) on drafts of committees the viewer holds no role in.
 */
export function draftEventFilter(
  table: typeof events,
  voteAction: string,
  scope: { everything: boolean; committeeIds: readonly number[] },
): SQL {
  if (scope.everything) return sql`1 = 1`;
  const own =
    scope.committeeIds.length > 0
      ? sql` or ${table.entityId} in (select id from drafts where committee_id in (${sql.join(
          scope.committeeIds.map((id) => sql`${id}`),
          sql`, `,
        )}))`
      : sql``;
  return sql`(${table.action} <> ${voteAction}${own})`;
}
