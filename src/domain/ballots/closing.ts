import { and, eq, inArray, isNull } from 'drizzle-orm';
import { ballots, memberships, votes } from '../../db/committee-tables.ts';
import { VOTING_ROLES } from '../accounts/permissions.ts';
import type { DraftRow } from '../drafts/access.ts';
import type { Tx } from '../../db/types.ts';
import { recordDraftEvent } from '../drafts/write.ts';
import { DomainError } from '../errors.ts';
import type { BallotRow } from './access.ts';
import { countLatestVotes, decideBallot } from './rule.ts';
import { voterKey } from './votes.ts';

/**
 * Closes a ballot inside the caller's transaction: counts each voter's (or member body's) latest
 * vote, applies the rule the ballot opened under, stores counts, result and explanation once, and
 * records the `ballot.closed` event (actor null when the scheduler closed it). Compare-and-set on
 * `closed_at`: a ballot closed meanwhile is CONFLICT and nothing is written.
 */
export function closeInTransaction(
  tx: Tx,
  ballot: BallotRow,
  draft: Pick<DraftRow, 'id' | 'committeeId'>,
  at: string,
  actorId: number | null,
): number {
  const rule = ballot.rule ?? 'ISO';
  const unit = ballot.votesBy ?? 'PERSON';
  const cast = tx
    .select({ id: votes.id, personId: votes.personId, value: votes.value, memberBody: votes.memberBody })
    .from(votes)
    .where(eq(votes.ballotId, ballot.id))
    .all();
  // Only voting members may vote, but membership can change while a ballot is open: the share of
  // voting members counts those who are voting members when it closes; "all votes cast" counts every vote.
  const voters = tx
    .select({ personId: memberships.personId, memberBody: memberships.memberBody })
    .from(memberships)
    .where(and(eq(memberships.committeeId, draft.committeeId), inArray(memberships.role, [...VOTING_ROLES])))
    .all();
  // By member body, a body is a voter while one of its people holds a voting seat (votes of such
  // a ballot carry their body; per person, none does).
  const byBody = unit === 'MEMBER_BODY';
  const eligible = new Set(
    voters
      .filter((v) => !byBody || v.memberBody !== null)
      .map((v) => voterKey(byBody ? v : { ...v, memberBody: null })),
  );
  const counts = countLatestVotes(cast, voterKey);
  const votingCounts = countLatestVotes(
    cast.filter((v) => eligible.has(voterKey(v))),
    voterKey,
  );
  const { result, explanation } = decideBallot(rule, {
    votingMembers: votingCounts,
    all: counts,
    eligible: eligible.size,
    unit,
  });
  const closed = tx
    .update(ballots)
    .set({
      closedAt: at,
      result,
      approveCount: counts.APPROVE,
      disapproveCount: counts.DISAPPROVE,
      abstainCount: counts.ABSTAIN,
      rule,
      votesBy: unit,
      explanationEn: explanation.en,
      explanationZh: explanation.zh,
    })
    .where(and(eq(ballots.id, ballot.id), isNull(ballots.closedAt)))
    .run();
  if (closed.changes === 0) throw new DomainError('CONFLICT', 'The ballot was closed already.');
  return recordDraftEvent(tx, {
    at,
    actorId,
    action: 'ballot.closed',
    entityId: draft.id,
    data: {
      ballotId: ballot.id,
      stage: ballot.stage,
      revisionId: ballot.revisionId,
      counts,
      votingMemberCounts: votingCounts,
      eligible: eligible.size,
      rule,
      votesBy: unit,
      result,
      explanation,
      automatic: actorId === null,
    },
  });
}
