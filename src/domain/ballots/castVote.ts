import { z } from 'zod';
import { votes } from '../../db/committee-tables.ts';
import { recordDraftEvent, writeDraftChange } from '../drafts/write.ts';
import { VOTE_VALUES } from '../enums.ts';
import { DomainError } from '../errors.ts';
import { nowIso, parseInput, requireSignedIn, text, type VerbArgs } from '../verb.ts';
import { loadBallot, loadVoterSeat } from './access.ts';
import { assertBallotVerb } from './policy.ts';
import { VOTE_CAST_ACTION } from './votes.ts';

const input = z.object({
  ballotId: z.number().int().positive(),
  value: z.enum(VOTE_VALUES),
  reason: text(20_000).nullish(),
});
export type CastVoteInput = z.input<typeof input>;

/**
 * Voting members (role MEMBER; observers cannot) vote from the opening to the closing time; a
 * later vote replaces theirs in the count but every vote stays recorded. Where the committee votes
 * by member body, only a body's head of delegation votes, for the body: a new head's vote replaces
 * the previous head's. Disapproval must give a reason.
 */
export function castVote({ ctx, input: raw }: VerbArgs<CastVoteInput>): { voteId: number; ballotId: number } {
  const viewer = requireSignedIn(ctx);
  const data = parseInput(input, raw);
  const at = nowIso(ctx);
  return writeDraftChange(ctx, (tx) => {
    const { ballot, draft } = loadBallot(tx, data.ballotId);
    const seat = ballot.votesBy === 'MEMBER_BODY' ? loadVoterSeat(tx, viewer.personId, draft.committeeId) : null;
    assertBallotVerb(viewer, 'vote', ballot, draft, ctx.now(), seat);
    if (data.value === 'DISAPPROVE' && data.reason == null) {
      throw new DomainError('INVALID_INPUT', 'reason: a disapproval must give the reason', { field: 'reason' });
    }
    const row = {
      ballotId: ballot.id,
      personId: viewer.personId,
      value: data.value,
      reason: data.reason ?? null,
      castAt: at,
      memberBody: seat?.memberBody ?? null,
    };
    const voteId = Number(tx.insert(votes).values(row).run().lastInsertRowid);
    const eventId = recordDraftEvent(tx, {
      at,
      actorId: viewer.personId,
      action: VOTE_CAST_ACTION,
      entityId: draft.id,
      data: { voteId, ...row },
    });
    return { draftId: draft.id, eventId, voteId, ballotId: ballot.id };
  });
}
