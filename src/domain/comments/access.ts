import { and, eq, sql } from 'drizzle-orm';
import type { Reader, Writer } from '../../db/types.ts';
import { commentThreads, draftRevisions, drafts, revisionClauses } from '../../db/committee-tables.ts';
import type { Subject } from '../accounts/permissions.ts';
import { draftSubject, type DraftRow } from '../drafts/access.ts';
import { DomainError } from '../errors.ts';

export type ThreadRow = typeof commentThreads.$inferSelect;

/** A thread with the draft it belongs to (permissions are decided on the draft). */
export function loadThread(db: Reader, threadId: number): { thread: ThreadRow; draft: DraftRow } {
  const row = db
    .select()
    .from(commentThreads)
    .innerJoin(draftRevisions, eq(draftRevisions.id, commentThreads.revisionId))
    .innerJoin(drafts, eq(drafts.id, draftRevisions.draftId))
    .where(eq(commentThreads.id, threadId))
    .get();
  if (!row) throw new DomainError('NOT_FOUND', 'No such comment thread.');
  return { thread: row.comment_threads, draft: row.drafts };
}

/** The subject of an action on a thread: its draft, and its author as the owner. */
export function threadSubject(
  thread: Pick<ThreadRow, 'authorId'>,
  draft: Pick<DraftRow, 'committeeId' | 'publicEnquiry' | 'stage' | 'leaderId'>,
): Subject {
  return { ...draftSubject(draft), ownerId: thread.authorId };
}

/** A comment names a clause of the revision it is made on, or none ("General"). */
export function assertClauseExists(db: Reader, revisionId: number, clauseNumber: string | null | undefined): void {
  if (clauseNumber == null) return;
  const found = db
    .select({ id: revisionClauses.id })
    .from(revisionClauses)
    .where(and(eq(revisionClauses.revisionId, revisionId), eq(revisionClauses.number, clauseNumber)))
    .get();
  if (!found) {
    throw new DomainError('INVALID_INPUT', `clauseNumber: the revision has no clause ${clauseNumber}`, {
      field: 'clauseNumber',
    });
  }
}

/**
 * Compare-and-set on a thread: writes only if the thread is still at the lock version the caller
 * read, and bumps it. Otherwise CONFLICT and nothing is written: no silent overwrite of a change
 * the caller has not seen (an author's edit, another officer's disposition).
 */
export function updateThreadIfCurrent(
  db: Writer,
  threadId: number,
  lockVersion: number,
  set: Partial<Omit<ThreadRow, 'id' | 'lockVersion'>>,
): void {
  const changed = db
    .update(commentThreads)
    .set({ ...set, lockVersion: sql`${commentThreads.lockVersion} + 1` })
    .where(and(eq(commentThreads.id, threadId), eq(commentThreads.lockVersion, lockVersion)))
    .run();
  if (changed.changes === 0)
    throw new DomainError('CONFLICT', 'The comment changed since it was read: read it again.', {
      field: 'lockVersion',
    });
}
