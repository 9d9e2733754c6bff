import type { BallotResult, VoteValue } from '../enums.ts';

export type VoteCounts = Record<VoteValue, number>;

export interface BallotTally {
  /** Latest votes of those who are voting members (role MEMBER) when the ballot closes. */
  votingMembers: VoteCounts;
  /** Latest votes of everyone who voted, including members removed or made observers since. */
  all: VoteCounts;
}

/**
 * The ISO rule (docs/committee-work.md): a ballot passes when at least 2/3 of the votes cast
 * by voting members approve and at most 1/4 of all votes cast disapprove; abstentions are
 * not votes cast. Nothing cast (no votes, or abstentions only) is NOT_APPROVED. Integer
 * arithmetic, so 2/3 is exact.
 */
export function ballotResult(tally: BallotTally): BallotResult {
  const membersCast = tally.votingMembers.APPROVE + tally.votingMembers.DISAPPROVE;
  const allCast = tally.all.APPROVE + tally.all.DISAPPROVE;
  if (membersCast === 0) return 'NOT_APPROVED';
  const enoughApprovals = 3 * tally.votingMembers.APPROVE >= 2 * membersCast;
  const fewDisapprovals = 4 * tally.all.DISAPPROVE <= allCast;
  return enoughApprovals && fewDisapprovals ? 'APPROVED' : 'NOT_APPROVED';
}

/** Counts of the latest vote of each voter: a changed vote counts once, as last cast. */
export function countLatestVotes(votes: readonly { personId: number; value: VoteValue; id: number }[]): VoteCounts {
  const latest = new Map<number, { id: number; value: VoteValue }>();
  for (const v of votes) {
    const seen = latest.get(v.personId);
    if (!seen || v.id > seen.id) latest.set(v.personId, v);
  }
  const counts: VoteCounts = { APPROVE: 0, DISAPPROVE: 0, ABSTAIN: 0 };
  for (const v of latest.values()) counts[v.value] += 1;
  return counts;
}
