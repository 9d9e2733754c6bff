import { and, count, inArray, type SQL } from 'drizzle-orm';
import type { Db } from './client.ts';
import { commentThreads, draftRevisions, drafts } from './committee-tables.ts';

// Grouped counts for committee work's connection `totalCount`s, one statement for any number of
// parents (the catalogue's are in catalogue/).
// (The drizzle plugin's own related-count subquery does not build valid SQL with drizzle-orm
// 1.0.0-rc.5, whose `relationToSQL` now returns SQL chunks; see docs/architecture.md, "Known limits".)

function toMap(rows: { key: number | null; n: number }[], keys: readonly number[]): number[] {
  const byKey = new Map(rows.map((row) => [row.key, row.n]));
  return keys.map((key) => byKey.get(key) ?? 0);
}

export function countRevisionsOfDrafts(db: Db, draftIds: readonly number[]): number[] {
  const rows = db
    .select({ key: draftRevisions.draftId, n: count() })
    .from(draftRevisions)
    .where(inArray(draftRevisions.draftId, [...draftIds]))
    .groupBy(draftRevisions.draftId)
    .all();
  return toMap(rows, draftIds);
}

export function countThreadsOfRevisions(db: Db, revisionIds: readonly number[]): number[] {
  const rows = db
    .select({ key: commentThreads.revisionId, n: count() })
    .from(commentThreads)
    .where(inArray(commentThreads.revisionId, [...revisionIds]))
    .groupBy(commentThreads.revisionId)
    .all();
  return toMap(rows, revisionIds);
}

/** Drafts per committee that pass `filter` (the viewer's read filter and any stage filter). */
export function countDraftsOfCommittees(db: Db, committeeIds: readonly number[], filter: SQL): number[] {
  const rows = db
    .select({ key: drafts.committeeId, n: count() })
    .from(drafts)
    .where(and(inArray(drafts.committeeId, [...committeeIds]), filter))
    .groupBy(drafts.committeeId)
    .all();
  return toMap(rows, committeeIds);
}
