import { and, asc, eq, isNull, lt, sql } from 'drizzle-orm';
import { commentThreads, draftRevisions } from '../../db/committee-tables.ts';
import { commentCarries } from '../../db/oversight-tables.ts';
import type { Reader } from '../../db/types.ts';
import type { ThreadRow } from './access.ts';

/**
 * The open comments of a draft's earlier revisions that were not carried to a later one: each waits for an
 * officer to carry or dispose of it (the technical ones hold the draft's stage back). One statement; the
 * draft's reader reads them, as they read its revisions.
 */
export function openEarlierThreadsOf(db: Reader, draftId: number): ThreadRow[] {
  const { number, draftId: ofDraft } = draftRevisions;
  const latest = sql`(select max(${number}) from ${draftRevisions} where ${ofDraft} = ${draftId})`;
  return db
    .select({ thread: commentThreads })
    .from(commentThreads)
    .innerJoin(draftRevisions, eq(draftRevisions.id, commentThreads.revisionId))
    .leftJoin(commentCarries, eq(commentCarries.fromThreadId, commentThreads.id))
    .where(
      and(
        eq(draftRevisions.draftId, draftId),
        lt(draftRevisions.number, latest),
        eq(commentThreads.status, 'OPEN'),
        isNull(commentCarries.fromThreadId),
      ),
    )
    .orderBy(asc(draftRevisions.number), asc(commentThreads.id))
    .all()
    .map((row) => row.thread);
}
