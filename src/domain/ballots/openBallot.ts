import { z } from 'zod';
import { ballots } from '../../db/committee-tables.ts';
import { assertAllowed } from '../accounts/permissions.ts';
import { draftSubject, loadRevision } from '../drafts/access.ts';
import { loadDraftState } from '../drafts/facts.ts';
import { checkOpenBallot } from '../drafts/lifecycle.ts';
import { recordDraftEvent, writeDraftChange } from '../drafts/write.ts';
import type { BallotStage } from '../enums.ts';
import { DomainError } from '../errors.ts';
import { nowIso, parseInput, requireSignedIn, type VerbArgs } from '../verb.ts';

const input = z.object({
  /** The revision to ballot: it must be the draft's current one (the text the officer read). */
  revisionId: z.number().int().positive(),
  closesAt: z.date(),
});
export type OpenBallotInput = z.input<typeof input>;

/**
 * The secretary or chair opens a ballot on the current revision of a draft at ENQUIRY or APPROVAL,
 * closing at a time in the future; one ballot at a time, and only once every technical comment on
 * that revision is resolved or withdrawn.
 */
export function openBallot({ ctx, input: raw }: VerbArgs<OpenBallotInput>): number {
  const viewer = requireSignedIn(ctx);
  const data = parseInput(input, raw);
  const at = nowIso(ctx);
  return writeDraftChange(ctx, (tx) => {
    const { revision, draft } = loadRevision(tx, data.revisionId);
    assertAllowed(viewer, 'ballot.open', draftSubject(draft));
    const state = loadDraftState(tx, draft.id);
    if (state.currentRevisionId !== revision.id) {
      throw new DomainError(
        'CONFLICT',
        `Revision ${state.revisionCount} superseded revision ${revision.number}: ballot the current one.`,
        { field: 'revisionId' },
      );
    }
    const check = checkOpenBallot(draft.stage, state);
    if (!check.ok) throw new DomainError('ILLEGAL_TRANSITION', check.reason);
    if (data.closesAt.getTime() <= ctx.now().getTime()) {
      throw new DomainError('INVALID_INPUT', 'closesAt: the closing time must be in the future', { field: 'closesAt' });
    }
    const row = {
      draftId: draft.id,
      revisionId: revision.id,
      stage: draft.stage as BallotStage,
      openedById: viewer.personId,
      opensAt: at,
      closesAt: data.closesAt.toISOString(),
    };
    const ballotId = Number(tx.insert(ballots).values(row).run().lastInsertRowid);
    const eventId = recordDraftEvent(tx, {
      at,
      actorId: viewer.personId,
      action: 'ballot.opened',
      entityId: draft.id,
      data: { ballotId, ...row },
    });
    return { draftId: draft.id, eventId, ballotId };
  }).ballotId;
}
