import { z } from 'zod';
import { recordDraftEvent, writeDraftChange } from '../drafts/write.ts';
import { nowIso, parseInput, requireSignedIn, type VerbArgs } from '../verb.ts';
import { loadThread, updateThreadIfCurrent } from './access.ts';
import { assertThreadVerb } from './policy.ts';

const input = z.object({ threadId: z.number().int().positive(), lockVersion: z.number().int().positive() });
export type WithdrawCommentInput = z.input<typeof input>;

/** The author withdraws an OPEN comment; a withdrawn comment no longer blocks a ballot. */
export function withdrawComment({ ctx, input: raw }: VerbArgs<WithdrawCommentInput>): number {
  const viewer = requireSignedIn(ctx);
  const data = parseInput(input, raw);
  const at = nowIso(ctx);
  return writeDraftChange(ctx, (tx) => {
    const { thread, draft } = loadThread(tx, data.threadId);
    assertThreadVerb(viewer, 'withdraw', thread, draft);
    updateThreadIfCurrent(tx, thread.id, data.lockVersion, { status: 'WITHDRAWN', updatedAt: at });
    const eventId = recordDraftEvent(tx, {
      at,
      actorId: viewer.personId,
      action: 'comment.withdrawn',
      entityId: draft.id,
      data: { threadId: thread.id },
    });
    return { draftId: draft.id, eventId, threadId: thread.id };
  }).threadId;
}
