import { and, eq } from 'drizzle-orm';
import type { Reader } from '../../db/types.ts';
import { ballots, drafts, memberships } from '../../db/committee-tables.ts';
import type { DraftRow } from '../drafts/access.ts';
import { DomainError } from '../errors.ts';
import type { VoterSeat } from './policy.ts';

export type BallotRow = typeof ballots.$inferSelect;

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

/** The person's seat in the committee (member body, head of delegation); null without a membership. */
export function loadVoterSeat(db: Reader, personId: number, committeeId: number): VoterSeat | null {
  return (
    db
      .select({ memberBody: memberships.memberBody, headOfDelegation: memberships.headOfDelegation })
      .from(memberships)
      .where(and(eq(memberships.personId, personId), eq(memberships.committeeId, committeeId)))
      .get() ?? null
  );
}
