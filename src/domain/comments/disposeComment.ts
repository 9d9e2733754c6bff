import { z } from 'zod';
import { recordDraftEvent, writeDraftChange } from '../drafts/write.ts';
import { DISPOSITIONS } from '../enums.ts';
import { DomainError } from '../errors.ts';
import { nowIso, parseInput, requireSignedIn, text, type VerbArgs } from '../verb.ts';
import { loadThread, updateThreadIfCurrent } from './access.ts';
import { assertThreadVerb } from './policy.ts';

const input = z.object({
  threadId: z.number().int().positive(),
  lockVersion: z.number().int().positive(),
  disposition: z.enum(DISPOSITIONS),
  observation: text(20_000).nullish(),
});
export type DisposeCommentInput = z.input<typeof input>;

/**
 * The secretariat (secretary or chair) records its decision on a comment, resolving the thread. A
 * disposition may be revised while the draft is active (the comment-resolution meeting often does);
 * a withdrawn comment takes none. A rejection must say why.
 */
export function disposeComment({ ctx, input: raw }: VerbArgs<DisposeCommentInput>): number {
  const viewer = requireSignedIn(ctx);
  const data = parseInput(input, raw);
  if (data.disposition === 'REJECTED' && data.observation == null) {
    throw new DomainError('INVALID_INPUT', 'observation: a rejection must give the reason', { field: 'observation' });
  }
  const at = nowIso(ctx);
  return writeDraftChange(ctx, (tx) => {
    const { thread, draft } = loadThread(tx, data.threadId);
    assertThreadVerb(viewer, 'dispose', thread, draft);
    const disposition = {
      status: 'RESOLVED' as const,
      disposition: data.disposition,
      observation: data.observation ?? null,
      disposedById: viewer.personId,
      disposedAt: at,
    };
    updateThreadIfCurrent(tx, thread.id, data.lockVersion, { ...disposition, updatedAt: at });
    const eventId = recordDraftEvent(tx, {
      at,
      actorId: viewer.personId,
      action: 'comment.disposed',
      entityId: draft.id,
      data: {
        threadId: thread.id,
        disposition: data.disposition,
        observation: data.observation ?? null,
        previous: thread.disposition,
      },
    });
    return { draftId: draft.id, eventId, threadId: thread.id };
  }).threadId;
}
