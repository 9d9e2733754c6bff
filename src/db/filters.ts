import type Database from 'better-sqlite3';
import { sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { designationKey } from '../domain/designation.ts';
import type { StandardKind } from '../domain/enums.ts';
import type { drafts, events } from './committee-tables.ts';
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
  sqlite.function('designation_key', { deterministic: true }, (text: unknown) => (typeof text === 'string' ? designationKey(text) : null));
}

/** Escapes `%`, `_` and `\` so user text is matched literally by LIKE … ESCAPE '\'. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/gu, (c) => `\\${c}`)}%`;
}

export interface StandardFilterInput {
  kinds?: readonly StandardKind[] | null;
  committeeCode?: string | null;
  text?: string | null;
}

/**
 * The standards a filter keeps: any of `kinds`; the committee named by `committeeCode` or any
 * committee below it; `text` in the designation (ignoring case and spacing) or in either title.
 */
export function standardFilter(table: typeof standards, filter: StandardFilterInput): SQL {
  const parts: SQL[] = [];
  if (filter.kinds && filter.kinds.length > 0) {
    parts.push(sql`${table.kind} in (${sql.join(filter.kinds.map((k) => sql`${k}`), sql`, `)})`);
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
  return parts.length > 0 ? sql.join(parts, sql` and `) : sql`1 = 1`;
}


/** The drafts a read scope (domain/drafts/access.ts `draftReadScope`) lets a viewer see. */
export function draftReadFilter(
  table: typeof drafts,
  scope: { everything: boolean; committeeIds: readonly number[]; publicEnquiries: boolean },
): SQL {
  if (scope.everything) return sql`1 = 1`;
  const parts: SQL[] = [];
  if (scope.committeeIds.length > 0) parts.push(sql`${table.committeeId} in (${sql.join(scope.committeeIds.map((id) => sql`${id}`), sql`, `)})`);
  if (scope.publicEnquiries) parts.push(sql`(${table.publicEnquiry} = 1 and ${table.stage} = 'ENQUIRY')`);
  return parts.length > 0 ? sql`(${sql.join(parts, sql` or `)})` : sql`1 = 0`;
}

/**
 * The versions a horizon over [from, to] starts from: with a filter, every version of the standards
 * it keeps (their cut-offs may come from other standards); without one, every version with a
 * recorded date in the window (a bound a chain puts on an undated version is such a date).
 */
export function horizonSeed(table: typeof standards, window: { from: string; to: string }, filter: StandardFilterInput & { designations?: readonly string[] | null } | null): SQL {
  if (filter !== null) {
    const parts = [standardFilter(table, filter)];
    if (filter.designations && filter.designations.length > 0) {
      parts.push(sql`${table.designationKey} in (select value from json_each(${JSON.stringify(filter.designations.map(designationKey))}))`);
    }
    return sql`select v.id from versions v join standards on standards.id = v.standard_id where ${sql.join(parts, sql` and `)}`;
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
export function draftEventFilter(table: typeof events, voteAction: string, scope: { everything: boolean; committeeIds: readonly number[] }): SQL {
  if (scope.everything) return sql`1 = 1`;
  const own = scope.committeeIds.length > 0
    ? sql` or ${table.entityId} in (select id from drafts where committee_id in (${sql.join(scope.committeeIds.map((id) => sql`${id}`), sql`, `)}))`
    : sql``;
  return sql`(${table.action} <> ${voteAction}${own})`;
}
