import { and, eq } from 'drizzle-orm';
import type { Reader } from '../../db/types.ts';
import { draftRevisions, revisionClauses } from '../../db/committee-tables.ts';
import { compareRevisions, type ClauseChange } from './compareRevisions.ts';

export type RevisionClauseRow = typeof revisionClauses.$inferSelect;

/**
 * How a revision differs from the one before it, clause by clause (the first revision: every
 * clause ADDED). Three statements.
 */
export function revisionChanges(
  db: Reader,
  revision: { draftId: number; number: number; id: number },
): ClauseChange<RevisionClauseRow>[] {
  const clausesOf = (revisionId: number) =>
    db.select().from(revisionClauses).where(eq(revisionClauses.revisionId, revisionId)).all();
  const previous =
    revision.number > 1
      ? db
          .select({ id: draftRevisions.id })
          .from(draftRevisions)
          .where(and(eq(draftRevisions.draftId, revision.draftId), eq(draftRevisions.number, revision.number - 1)))
          .get()
      : undefined;
  return compareRevisions(previous ? clausesOf(previous.id) : [], clausesOf(revision.id));
}
