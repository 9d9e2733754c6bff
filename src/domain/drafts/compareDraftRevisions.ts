import { and, eq, inArray } from 'drizzle-orm';
import type { Reader } from '../../db/types.ts';
import { draftRevisions, revisionClauses } from '../../db/committee-tables.ts';
import { matchClauses, type ClauseMatching } from '../compare/matchClauses.ts';

type RevisionRow = typeof draftRevisions.$inferSelect;
export type RevisionClauseRow = typeof revisionClauses.$inferSelect;

export interface RevisionComparison extends ClauseMatching<RevisionClauseRow> {
  from: RevisionRow;
  to: RevisionRow;
}

/**
 * Two revisions of one draft, compared as two versions are (matchClauses: clauses paired by number
 * and heading, a word diff of each changed one), in the order asked. Null when either number is not
 * a revision of the draft. Two statements. The caller has checked that the viewer may read the draft.
 */
export function compareDraftRevisions(
  db: Reader,
  input: { draftId: number; from: number; to: number },
): RevisionComparison | null {
  const rows = db
    .select()
    .from(draftRevisions)
    .where(and(eq(draftRevisions.draftId, input.draftId), inArray(draftRevisions.number, [input.from, input.to])))
    .all();
  const from = rows.find((r) => r.number === input.from);
  const to = rows.find((r) => r.number === input.to);
  if (!from || !to) return null;
  const clauses = db
    .select()
    .from(revisionClauses)
    .where(inArray(revisionClauses.revisionId, [from.id, to.id]))
    .all();
  const matching = matchClauses(
    clauses.filter((c) => c.revisionId === from.id),
    clauses.filter((c) => c.revisionId === to.id),
  );
  return { from, to, ...matching };
}
