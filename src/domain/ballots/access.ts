import { eq } from 'drizzle-orm';
import type { Reader } from '../../db/types.ts';
import { ballots, drafts } from '../../db/committee-tables.ts';
import type { DraftRow } from '../drafts/access.ts';
import { DomainError } from '../errors.ts';

export type BallotRow = typeof ballots.$inferSelect;

export const BALLOT_STATUSES = ['OPEN', 'AWAITING_CLOSURE', 'CLOSED'] as const;
export type BallotStatus = (typeof BALLOT_STATUSES)[number];

/**
 * OPEN takes votes until the closing time; then AWAITING_CLOSURE until an officer closes it and
 * the result is computed; then CLOSED. Decided on the context clock.
 */
export function ballotStatus(ballot: Pick<BallotRow, 'closedAt' | 'closesAt'>, now: Date): BallotStatus {
  if (ballot.closedAt !== null) return 'CLOSED';
  return now.getTime() < Date.parse(ballot.closesAt) ? 'OPEN' : 'AWAITING_CLOSURE';
}

export function loadBallot(db: Reader, ballotId: number): { ballot: BallotRow; draft: DraftRow } {
  const row = db
    .select()
    .from(ballots)
    .innerJoin(drafts, eq(drafts.id, ballots.draftId))
    .where(eq(ballots.id, ballotId))
    .get();
  if (!row) throw new DomainError('NOT_FOUND', 'No such ballot.');
  return { ballot: row.ballots, draft: row.drafts };
}
