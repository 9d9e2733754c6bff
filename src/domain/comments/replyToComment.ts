import { z } from 'zod';
import { commentReplies } from '../../db/committee-tables.ts';
import { recordDraftEvent, writeDraftChange } from '../drafts/write.ts';
import { nowIso, parseInput, requireSignedIn, text, type VerbArgs } from '../verb.ts';
import { loadThread } from './access.ts';
import { assertThreadVerb } from './policy.ts';

const input = z.object({ threadId: z.number().int().positive(), body: text(20_000) });
export type ReplyToCommentInput = z.input<typeof input>;

/** Anyone who may comment on the draft (and administrators) may reply, while the draft is active. */
export function replyToComment({ ctx, input: raw }: VerbArgs<ReplyToCommentInput>): {
  replyId: number;
  threadId: number;
} {
  const viewer = requireSignedIn(ctx);
  const data = parseInput(input, raw);
  const at = nowIso(ctx);
  return writeDraftChange(ctx, (tx) => {
    const { thread, draft } = loadThread(tx, data.threadId);
    assertThreadVerb(viewer, 'reply', thread, draft);
    const replyId = Number(
      tx
        .insert(commentReplies)
        .values({ threadId: thread.id, authorId: viewer.personId, body: data.body, createdAt: at })
        .run().lastInsertRowid,
    );
    const eventId = recordDraftEvent(tx, {
      at,
      actorId: viewer.personId,
      action: 'comment.replied',
      entityId: draft.id,
      data: { threadId: thread.id, replyId, body: data.body },
    });
    return { draftId: draft.id, eventId, replyId, threadId: thread.id };
  });
}
