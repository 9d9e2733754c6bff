import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { commentThreads, people } from '../../db/committee-tables.ts';
import { assertAllowed } from '../accounts/permissions.ts';
import { draftSubject, loadRevision } from '../drafts/access.ts';
import { checkComment } from '../drafts/lifecycle.ts';
import { recordDraftEvent, writeDraftChange } from '../drafts/write.ts';
import { COMMENT_TYPES } from '../enums.ts';
import { DomainError } from '../errors.ts';
import { nowIso, parseInput, requireSignedIn, text, type VerbArgs } from '../verb.ts';
import { assertClauseExists } from './access.ts';

/** The fields of the ISO/IEC/CEN commenting template a commenter fills in. */
export const templateFields = {
  organisation: text(200),
  clauseNumber: text(40).nullish(),
  lineNumber: text(40).nullish(),
  paragraph: text(100).nullish(),
  type: z.enum(COMMENT_TYPES),
  comment: text(20_000),
  proposedChange: text(20_000).nullish(),
};

const input = z.object({
  revisionId: z.number().int().positive(),
  ...templateFields,
  /** Default: the author's organisation as recorded on their person. */
  organisation: templateFields.organisation.nullish(),
});
export type CreateCommentThreadInput = z.input<typeof input>;

/**
 * Members of the draft's committee (and, during a public enquiry, any signed-in user) comment on a
 * revision, normally the current one, anchored to one of its clauses or to none ("General").
 */
export function createCommentThread({ ctx, input: raw }: VerbArgs<CreateCommentThreadInput>): number {
  const viewer = requireSignedIn(ctx);
  const data = parseInput(input, raw);
  const at = nowIso(ctx);
  return writeDraftChange(ctx, (tx) => {
    const { revision, draft } = loadRevision(tx, data.revisionId);
    assertAllowed(viewer, 'comment.create', draftSubject(draft));
    const check = checkComment(draft.stage, { revisionCount: revision.number });
    if (!check.ok) throw new DomainError('ILLEGAL_TRANSITION', check.reason);
    assertClauseExists(tx, revision.id, data.clauseNumber);
    const organisation =
      data.organisation ??
      tx.select({ organisation: people.organisation }).from(people).where(eq(people.id, viewer.personId)).get()
        ?.organisation;
    if (!organisation) {
      throw new DomainError('INVALID_INPUT', 'organisation: your record names no organisation, so give one', {
        field: 'organisation',
      });
    }
    const row = {
      revisionId: revision.id,
      authorId: viewer.personId,
      organisation,
      clauseNumber: data.clauseNumber ?? null,
      lineNumber: data.lineNumber ?? null,
      paragraph: data.paragraph ?? null,
      type: data.type,
      comment: data.comment,
      proposedChange: data.proposedChange ?? null,
      createdAt: at,
      updatedAt: at,
    };
    const threadId = Number(tx.insert(commentThreads).values(row).run().lastInsertRowid);
    const eventId = recordDraftEvent(tx, {
      at,
      actorId: viewer.personId,
      action: 'comment.created',
      entityId: draft.id,
      data: { threadId, ...row },
    });
    return { draftId: draft.id, eventId, threadId };
  }).threadId;
}
