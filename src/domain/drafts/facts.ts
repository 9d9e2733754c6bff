import { and, count, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { ballots, commentThreads, draftRevisions } from '../../db/committee-tables.ts';
import type { BallotStage } from '../enums.ts';
import type { DraftFacts } from './lifecycle.ts';

type Reader = Pick<Db, 'select'>;

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
  const current = db
    .select({ id: draftRevisions.id, number: draftRevisions.number })
    .from(draftRevisions)
    .where(eq(draftRevisions.draftId, draftId))
    .orderBy(desc(draftRevisions.number))
    .limit(1)
    .get();
  const draftBallots = db
    .select({ id: ballots.id, stage: ballots.stage, revisionId: ballots.revisionId, closedAt: ballots.closedAt, result: ballots.result })
    .from(ballots)
    .where(eq(ballots.draftId, draftId))
    .all();
  const unresolved = current
    ? (db
        .select({ n: count() })
        .from(commentThreads)
        .where(and(eq(commentThreads.revisionId, current.id), eq(commentThreads.type, 'TECHNICAL'), eq(commentThreads.status, 'OPEN')))
        .get()?.n ?? 0)
    : 0;
  const open = draftBallots.find((b) => b.closedAt === null);
  const approvedBallots = [
    ...new Set(draftBallots.filter((b) => b.revisionId === current?.id && b.result === 'APPROVED').map((b) => b.stage as BallotStage)),
  ];
  return {
    revisionCount: current?.number ?? 0,
    currentRevisionId: current?.id ?? null,
    openBallot: open !== undefined,
    openBallotId: open?.id ?? null,
    unresolvedTechnicalComments: unresolved,
    approvedBallots,
  };
}
