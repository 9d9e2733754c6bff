import { and, asc, count, desc, eq, getColumns, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from '../db/client.ts';
import { standardFilter, type StandardFilterInput } from '../db/filters.ts';
import { committees, standards } from '../db/tables.ts';
import { pageOf, pageWindow, type Page, type PageArgs, type PageWindow, type Position } from './keyset.ts';
import { prepared } from './prepared.ts';
import type { CommitteeRow, StandardRow } from './rows.ts';

// Pages of standards and committees, ordered by designation or code (then id), read by keyset
// (./keyset.ts): a page costs one statement however deep into the list it starts.

/** Page sizes of every connection of the API (a larger `first` or `last` gets the largest). */
export const PAGE_SIZES = { defaultSize: 20, maxSize: 100 } as const;

/** Rows after/before the window's positions on `sort` (then `id`, unless `sort` is unique). */
function keysetCondition(sort: SQLiteColumn, id: SQLiteColumn | null, window: PageWindow): SQL | undefined {
  const compare = (position: Position, op: '>' | '<') => {
    if (typeof position === 'string' || id === null) {
      const value = typeof position === 'string' ? position : position[0];
      return op === '>' ? sql`${sort} > ${value}` : sql`${sort} < ${value}`;
    }
    return op === '>'
      ? sql`(${sort}, ${id}) > (${position[0]}, ${position[1]})`
      : sql`(${sort}, ${id}) < (${position[0]}, ${position[1]})`;
  };
  const parts: SQL[] = [];
  if (window.after) parts.push(compare(window.after, '>'));
  if (window.before) parts.push(compare(window.before, '<'));
  return parts.length === 0 ? undefined : and(...parts);
}

const direction = (window: PageWindow) => (window.backward ? desc : asc);

/**
 * A page of the standards that pass `filter`, by designation, with the committees responsible for
 * them read in the same statement (a page's rows are shown with their committee).
 */
export function standardsPage(
  db: Db,
  filter: StandardFilterInput,
  args: PageArgs,
): Page<StandardRow> & { committees: CommitteeRow[] } {
  const window = pageWindow(args, PAGE_SIZES);
  const order = direction(window);
  const rows = db
    .select({ standard: standards, committee: committees })
    .from(standards)
    .leftJoin(committees, eq(committees.id, standards.committeeId))
    .where(and(standardFilter(standards, filter), keysetCondition(standards.designation, standards.id, window)))
    .orderBy(order(standards.designation), order(standards.id))
    .limit(window.limit)
    .all();
  const page = pageOf(
    rows.map((row) => row.standard),
    args,
    window,
    (row) => [row.designation, row.id],
  );
  return { ...page, committees: rows.flatMap((row) => row.committee ?? []) };
}

/** How many standards pass `filter`. */
export function standardsCount(db: Db, filter: StandardFilterInput): number {
  return db.select({ n: count() }).from(standards).where(standardFilter(standards, filter)).get()!.n;
}

/** A page of all committees, by code. */
export function committeesPage(db: Db, args: PageArgs): Page<CommitteeRow> {
  const window = pageWindow(args, PAGE_SIZES);
  const order = direction(window);
  const rows = db
    .select()
    .from(committees)
    .where(keysetCondition(committees.code, null, window))
    .orderBy(order(committees.code))
    .limit(window.limit)
    .all();
  return pageOf(rows, args, window, (row) => row.code); // codes are unique: no id in the cursor
}

const committeeCountStatement = prepared([committees], (db: Db) =>
  db.select({ n: count() }).from(committees).prepare(),
);

export function committeesCount(db: Db): number {
  return committeeCountStatement(db).get()!.n;
}

/**
 * The same page (same arguments) of the standards of each committee, by designation: one
 * statement for all the committees of a page, each committee's rows numbered in its own order.
 */
export function standardsOfCommitteesPages(
  db: Db,
  committeeIds: readonly number[],
  args: PageArgs,
): Page<StandardRow>[] {
  const window = pageWindow(args, PAGE_SIZES);
  const order = direction(window);
  const ranked = db
    .select({
      ...getColumns(standards),
      rank: sql<number>`row_number() over (partition by ${standards.committeeId} order by ${order(
        standards.designation,
      )}, ${order(standards.id)})`.as('rank'),
    })
    .from(standards)
    .where(
      and(
        inArray(standards.committeeId, sql`(select value from json_each(${JSON.stringify(committeeIds)}))`),
        keysetCondition(standards.designation, standards.id, window),
      ),
    )
    .as('ranked');
  const rows = db
    .select()
    .from(ranked)
    .where(lte(ranked.rank, window.limit))
    .orderBy(asc(ranked.committeeId), asc(ranked.rank))
    .all();
  const byCommittee = new Map<number, StandardRow[]>(committeeIds.map((id) => [id, []]));
  for (const { rank: _rank, ...row } of rows) byCommittee.get(row.committeeId!)?.push(row);
  return committeeIds.map((id) => pageOf(byCommittee.get(id)!, args, window, (row) => [row.designation, row.id]));
}
