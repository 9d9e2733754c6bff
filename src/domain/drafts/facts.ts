import { and, count, eq, inArray, isNull } from 'drizzle-orm';
import type { Reader } from '../../db/types.ts';
import { ballots, commentThreads, draftRevisions } from '../../db/committee-tables.ts';
import { commentCarries } from '../../db/oversight-tables.ts';
import type { BallotStage } from '../enums.ts';
import type { DraftFacts } from './lifecycle.ts';

export interface DraftState extends DraftFacts {
  currentRevisionId: number | null;
  /** The open ballot, if any (at most one: openBallot refuses a second). */
  openBallotId: number | null;
}

/**
 * The facts the lifecycle decides on, read in three statements. Verbs call this inside their
 * IMMEDIATE transaction, so the facts cannot change between the check and the write.
 */
export function loadDraftState(db: Reader, draftId: number): DraftState {
  return loadDraftStates(db, [draftId]).get(draftId)!;
}

/**
 * The facts of many drafts in the same three statements (a page of drafts with its `viewerCan…`
 * fields): their revisions, their ballots, and the open technical comments not carried forward.
 */
export function loadDraftStates(db: Reader, draftIds: readonly number[]): Map<number, DraftState> {
  const ids = [...new Set(draftIds)];
  const current = new Map<number, { id: number; number: number }>();
  if (ids.length > 0) {
    const revisions = db
      .select({ id: draftRevisions.id, draftId: draftRevisions.draftId, number: draftRevisions.number })
      .from(draftRevisions)
      .where(inArray(draftRevisions.draftId, ids))
      .all();
    for (const revision of revisions) {
      if ((current.get(revision.draftId)?.number ?? 0) < revision.number) current.set(revision.draftId, revision);
    }
  }
  const ballotsOf = new Map<number, (typeof ballots.$inferSelect)[]>();
  if (ids.length > 0) {
    for (const ballot of db.select().from(ballots).where(inArray(ballots.draftId, ids)).all()) {
      ballotsOf.set(ballot.draftId, [...(ballotsOf.get(ballot.draftId) ?? []), ballot]);
    }
  }
  // Open technical comments of every revision count, not only the current one's: a new revision
  // does not resolve them. One carried to a later revision counts there, as its new thread.
  const unresolved = new Map(
    current.size === 0
      ? []
      : db
          .select({ draftId: draftRevisions.draftId, n: count() })
          .from(commentThreads)
          .innerJoin(draftRevisions, eq(draftRevisions.id, commentThreads.revisionId))
          .leftJoin(commentCarries, eq(commentCarries.fromThreadId, commentThreads.id))
          .where(
            and(
              inArray(draftRevisions.draftId, [...current.keys()]),
              eq(commentThreads.type, 'TECHNICAL'),
              eq(commentThreads.status, 'OPEN'),
              isNull(commentCarries.fromThreadId),
            ),
          )
          .groupBy(draftRevisions.draftId)
          .all()
          .map((row) => [row.draftId, row.n]),
  );
  return new Map(
    ids.map((draftId): [number, DraftState] => {
      const revision = current.get(draftId);
      const draftBallots = ballotsOf.get(draftId) ?? [];
      const open = draftBallots.find((b) => b.closedAt === null);
      // What counts for a stage is the last ballot closed on the current revision: a later
      // NOT_APPROVED undoes an earlier APPROVED. One ballot is open at a time, so ids give the order.
      const lastClosed = new Map<BallotStage, typeof ballots.$inferSelect>();
      for (const b of draftBallots) {
        if (b.revisionId !== revision?.id || b.closedAt === null) continue;
        const stage = b.stage as BallotStage;
        if ((lastClosed.get(stage)?.id ?? 0) < b.id) lastClosed.set(stage, b);
      }
      const approvedBallots = [...lastClosed].filter(([, b]) => b.result === 'APPROVED').map(([stage]) => stage);
      return [
        draftId,
        {
          revisionCount: revision?.number ?? 0,
          currentRevisionId: revision?.id ?? null,
          openBallot: open !== undefined,
          openBallotId: open?.id ?? null,
          unresolvedTechnicalComments: unresolved.get(draftId) ?? 0,
          approvedBallots,
        },
      ];
    }),
  );
}
