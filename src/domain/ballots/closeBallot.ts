import { and, eq, inArray, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { ballots, memberships, votes } from '../../db/committee-tables.ts';
import { assertAllowed, VOTING_ROLES } from '../accounts/permissions.ts';
import { draftSubject } from '../drafts/access.ts';
import { recordDraftEvent, writeDraftChange } from '../drafts/write.ts';
import { DomainError } from '../errors.ts';
import { nowIso, parseInput, requireSignedIn, type VerbArgs } from '../verb.ts';
import { ballotStatus, loadBallot } from './access.ts';
import { ballotResult, countLatestVotes } from './rule.ts';

const input = z.object({ ballotId: z.number().int().positive() });
export type CloseBallotInput = z.input<typeof input>;

/**
 * The secretary or chair closes a ballot at or after its closing time. The counts and the result
 * are computed here from each voter's latest vote (rule.ts), stored once, and never typed in.
 */
export function closeBallot({ ctx, input: raw }: VerbArgs<CloseBallotInput>): number {
  const viewer = requireSignedIn(ctx);
  const data = parseInput(input, raw);
  const at = nowIso(ctx);
  return writeDraftChange(ctx, (tx) => {
    const { ballot, draft } = loadBallot(tx, data.ballotId);
    assertAllowed(viewer, 'ballot.close', draftSubject(draft));
    const status = ballotStatus(ballot, ctx.now());
    if (status === 'CLOSED') throw new DomainError('CONFLICT', 'The ballot was closed already.');
    if (status === 'OPEN')
      throw new DomainError('ILLEGAL_TRANSITION', `The ballot takes votes until ${ballot.closesAt}.`);
    const cast = tx
      .select({ id: votes.id, personId: votes.personId, value: votes.value })
      .from(votes)
      .where(eq(votes.ballotId, ballot.id))
      .all();
    // Only voting members may vote, but membership can change while a ballot is open: the 2/3
    // counts those who are voting members when it closes, the 1/4 every vote cast (docs/committee-work.md).
    const voting = new Set(
      tx
        .select({ personId: memberships.personId })
        .from(memberships)
        .where(and(eq(memberships.committeeId, draft.committeeId), inArray(memberships.role, [...VOTING_ROLES])))
        .all()
        .map((m) => m.personId),
    );
    const counts = countLatestVotes(cast);
    const votingCounts = countLatestVotes(cast.filter((v) => voting.has(v.personId)));
    const result = ballotResult({ votingMembers: votingCounts, all: counts });
    const closed = tx
      .update(ballots)
      .set({
        closedAt: at,
        result,
        approveCount: counts.APPROVE,
        disapproveCount: counts.DISAPPROVE,
        abstainCount: counts.ABSTAIN,
      })
      .where(and(eq(ballots.id, ballot.id), isNull(ballots.closedAt)))
      .run();
    if (closed.changes === 0) throw new DomainError('CONFLICT', 'The ballot was closed already.');
    const eventId = recordDraftEvent(tx, {
      at,
      actorId: viewer.personId,
      action: 'ballot.closed',
      entityId: draft.id,
      data: {
        ballotId: ballot.id,
        stage: ballot.stage,
        revisionId: ballot.revisionId,
        counts,
        votingMemberCounts: votingCounts,
        result,
      },
    });
    return { draftId: draft.id, eventId, ballotId: ballot.id };
  }).ballotId;
}
