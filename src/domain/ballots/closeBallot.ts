import { z } from 'zod';
import { writeDraftChange } from '../drafts/write.ts';
import { nowIso, parseInput, requireSignedIn, type VerbArgs } from '../verb.ts';
import { loadBallot } from './access.ts';
import { closeInTransaction } from './closing.ts';
import { assertBallotVerb } from './policy.ts';

const input = z.object({ ballotId: z.number().int().positive() });
export type CloseBallotInput = z.input<typeof input>;

/**
 * The secretary or chair closes a ballot at or after its closing time (the scheduler closes the
 * ones nobody closed: closeDueBallots.ts). The counts, result and explanation are computed by the
 * committee's rule (rule.ts), stored once, and never typed in.
 */
export function closeBallot({ ctx, input: raw }: VerbArgs<CloseBallotInput>): number {
  const viewer = requireSignedIn(ctx);
  const data = parseInput(input, raw);
  const at = nowIso(ctx);
  return writeDraftChange(ctx, (tx) => {
    const { ballot, draft } = loadBallot(tx, data.ballotId);
    assertBallotVerb(viewer, 'close', ballot, draft, ctx.now());
    const eventId = closeInTransaction(tx, ballot, draft, at, viewer.personId);
    return { draftId: draft.id, eventId, ballotId: ballot.id };
  }).ballotId;
}
