import { z } from 'zod';
import { recordDraftEvent, writeDraftChange } from '../drafts/write.ts';
import { DomainError } from '../errors.ts';
import { nowIso, parseInput, requireSignedIn, type VerbArgs } from '../verb.ts';
import { assertClauseExists, loadThread, updateThreadIfCurrent } from './access.ts';
import { templateFields } from './createCommentThread.ts';
import { assertThreadVerb } from './policy.ts';

const EDITABLE = [
  'organisation',
  'clauseNumber',
  'lineNumber',
  'paragraph',
  'type',
  'comment',
  'proposedChange',
] as const;

const input = z.object({
  threadId: z.number().int().positive(),
  lockVersion: z.number().int().positive(),
  // A field left out keeps its value; null clears an optional one.
  organisation: templateFields.organisation.optional(),
  clauseNumber: templateFields.clauseNumber,
  lineNumber: templateFields.lineNumber,
  paragraph: templateFields.paragraph,
  type: templateFields.type.optional(),
  comment: templateFields.comment.optional(),
  proposedChange: templateFields.proposedChange,
});
export type EditCommentInput = z.input<typeof input>;

/**
 * The author edits their comment while it is OPEN (not yet disposed or withdrawn) and the draft
 * is active, sending back the lock version they read: a stale one is CONFLICT, nothing written.
 */
export function editComment({ ctx, input: raw }: VerbArgs<EditCommentInput>): number {
  const viewer = requireSignedIn(ctx);
  const data = parseInput(input, raw);
  const changes = Object.fromEntries(EDITABLE.filter((k) => data[k] !== undefined).map((k) => [k, data[k] ?? null]));
  if (Object.keys(changes).length === 0) throw new DomainError('INVALID_INPUT', 'Give at least one field to change.');
  const at = nowIso(ctx);
  return writeDraftChange(ctx, (tx) => {
    const { thread, draft } = loadThread(tx, data.threadId);
    assertThreadVerb(viewer, 'edit', thread, draft);
    if ('clauseNumber' in changes) assertClauseExists(tx, thread.revisionId, changes.clauseNumber);
    updateThreadIfCurrent(tx, thread.id, data.lockVersion, { ...changes, updatedAt: at });
    const before = Object.fromEntries(Object.keys(changes).map((k) => [k, thread[k as keyof typeof thread]]));
    const eventId = recordDraftEvent(tx, {
      at,
      actorId: viewer.personId,
      action: 'comment.edited',
      entityId: draft.id,
      data: { threadId: thread.id, before, after: changes },
    });
    return { draftId: draft.id, eventId, threadId: thread.id };
  }).threadId;
}
