import { asc, eq } from 'drizzle-orm';
import type { Reader } from '../../db/types.ts';
import { votes } from '../../db/committee-tables.ts';
import type { Viewer } from '../accounts/viewer.ts';

export type VoteRow = typeof votes.$inferSelect;

/** The history event of a vote: it names the voter, the value and the reason. */
export const VOTE_CAST_ACTION = 'ballot.voteCast';

/**
 * The drafts whose votes a viewer sees, as a filter for lists of events. Must say what
 * PERMISSIONS['ballot.readVotes'] says: administrators all, others their committees' drafts only.
 */
export function voteReadScope(viewer: Viewer | null): { everything: boolean; committeeIds: number[] } {
  return viewer === null
    ? { everything: false, committeeIds: [] }
    : { everything: viewer.isAdmin, committeeIds: [...viewer.roles.keys()] };
}

/** Who a vote counts for: its member body where the ballot votes by member body, else its voter. */
export const voterKey = (vote: Pick<VoteRow, 'personId' | 'memberBody'>) =>
  vote.memberBody !== null ? `body:${vote.memberBody}` : `person:${vote.personId}`;

/** Each voter's (or member body's) latest vote on a ballot (the one that counts), in the order first cast. */
export function currentVotes(db: Reader, ballotId: number): VoteRow[] {
  const all = db.select().from(votes).where(eq(votes.ballotId, ballotId)).orderBy(asc(votes.id)).all();
  const latest = new Map<string, VoteRow>();
  for (const vote of all) latest.set(voterKey(vote), vote);
  const firstCast = new Map<string, number>();
  for (const vote of all) if (!firstCast.has(voterKey(vote))) firstCast.set(voterKey(vote), vote.id);
  return [...latest.values()].sort((a, b) => firstCast.get(voterKey(a))! - firstCast.get(voterKey(b))!);
}
