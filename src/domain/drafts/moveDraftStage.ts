import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { drafts } from '../../db/committee-tables.ts';
import { assertAllowed } from '../accounts/permissions.ts';
import { DRAFT_STAGES } from '../enums.ts';
import { DomainError } from '../errors.ts';
import { nowIso, parseInput, requireSignedIn, type VerbArgs } from '../verb.ts';
import { draftSubject, loadDraft } from './access.ts';
import { loadDraftState } from './facts.ts';
import { checkMove } from './lifecycle.ts';
import { recordDraftEvent, writeDraftChange } from './write.ts';

const input = z.object({
  draftId: z.number().int().positive(),
  /** The stage and lock version the caller read: the move is made only if both still hold. */
  fromStage: z.enum(DRAFT_STAGES),
  lockVersion: z.number().int().positive(),
  toStage: z.enum(DRAFT_STAGES),
  /** Only when moving to ENQUIRY: open the draft to every signed-in user for reading and comment. */
  publicEnquiry: z.boolean().nullish(),
});
export type MoveDraftStageInput = z.input<typeof input>;

/**
 * Moves a draft along the lifecycle table (lifecycle.ts), as its officers decide. Compare-and-set:
 * of two moves sent with the same stage and lock version read, one wins and the other gets
 * CONFLICT, never a silent second move. Leaving ENQUIRY ends any public enquiry.
 */
export function moveDraftStage({ ctx, input: raw }: VerbArgs<MoveDraftStageInput>): number {
  const viewer = requireSignedIn(ctx);
  const data = parseInput(input, raw);
  if (data.publicEnquiry && data.toStage !== 'ENQUIRY') {
    throw new DomainError('INVALID_INPUT', 'publicEnquiry: only a move to ENQUIRY opens a public enquiry', {
      field: 'publicEnquiry',
    });
  }
  const at = nowIso(ctx);
  return writeDraftChange(ctx, (tx) => {
    const draft = loadDraft(tx, data.draftId);
    const subject = draftSubject(draft);
    assertAllowed(ctx.viewer, 'draft.move', subject);
    if (draft.stage !== data.fromStage || draft.lockVersion !== data.lockVersion) {
      throw new DomainError(
        'CONFLICT',
        `The draft changed since it was read (now ${draft.stage}, lock version ${draft.lockVersion}).`,
      );
    }
    const check = checkMove(draft.stage, data.toStage, loadDraftState(tx, draft.id), 'move');
    if (!check.ok) throw new DomainError('ILLEGAL_TRANSITION', check.reason);
    assertAllowed(ctx.viewer, check.move.action, subject);
    const publicEnquiry = data.toStage === 'ENQUIRY' && data.publicEnquiry === true;
    const moved = tx
      .update(drafts)
      .set({ stage: data.toStage, publicEnquiry, lockVersion: sql`${drafts.lockVersion} + 1`, updatedAt: at })
      .where(and(eq(drafts.id, draft.id), eq(drafts.stage, data.fromStage), eq(drafts.lockVersion, data.lockVersion)))
      .run();
    if (moved.changes === 0) throw new DomainError('CONFLICT', 'The draft changed since it was read.');
    const eventId = recordDraftEvent(tx, {
      at,
      actorId: viewer.personId,
      action: 'draft.stageMoved',
      entityId: draft.id,
      data: { from: draft.stage, to: data.toStage, publicEnquiry },
    });
    return { draftId: draft.id, eventId };
  }).draftId;
}
