import { desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { commentThreads, draftRevisions } from '../../db/committee-tables.ts';
import { commentCarries } from '../../db/oversight-tables.ts';
import { assertAllowed } from '../accounts/permissions.ts';
import { isActiveStage } from '../drafts/lifecycle.ts';
import { recordDraftEvent, writeDraftChange } from '../drafts/write.ts';
import { DomainError } from '../errors.ts';
import { nowIso, parseInput, requireSignedIn, text, type VerbArgs } from '../verb.ts';
import { assertClauseExists, loadThread, threadSubject } from './access.ts';

const input = z.object({
  threadId: z.number().int().positive(),
  /** The clause of the current revision it concerns now; default the clause it named, which must still exist. */
  clauseNumber: text(40).nullish(),
});
export type CarryCommentThreadInput = z.input<typeof input>;

/**
 * An officer carries an open comment of an earlier revision to the current one: a new thread there
 * with the same author and template fields, linked to the old one, which stops counting. A new
 * revision never makes an open comment disappear; it is carried or disposed of.
 */
export function carryCommentThread({ ctx, input: raw }: VerbArgs<CarryCommentThreadInput>): number {
  const viewer = requireSignedIn(ctx);
  const data = parseInput(input, raw);
  const at = nowIso(ctx);
  return writeDraftChange(ctx, (tx) => {
    const { thread, draft } = loadThread(tx, data.threadId);
    assertAllowed(viewer, 'comment.carry', threadSubject(thread, draft));
    if (!isActiveStage(draft.stage))
      throw new DomainError('ILLEGAL_TRANSITION', `The draft is ${draft.stage}: its comments are closed.`);
    if (thread.status !== 'OPEN')
      throw new DomainError('ILLEGAL_TRANSITION', `The comment is ${thread.status}: only an open one is carried.`);
    const current = tx
      .select({ id: draftRevisions.id, number: draftRevisions.number })
      .from(draftRevisions)
      .where(eq(draftRevisions.draftId, draft.id))
      .orderBy(desc(draftRevisions.number))
      .get()!;
    if (current.id === thread.revisionId)
      throw new DomainError('ILLEGAL_TRANSITION', 'The comment is on the current revision already.');
    if (tx.select().from(commentCarries).where(eq(commentCarries.fromThreadId, thread.id)).get())
      throw new DomainError('CONFLICT', 'The comment was carried already.');
    const clauseNumber = data.clauseNumber ?? thread.clauseNumber;
    if (clauseNumber !== null && data.clauseNumber == null) {
      try {
        assertClauseExists(tx, current.id, clauseNumber);
      } catch {
        throw new DomainError(
          'INVALID_INPUT',
          `clauseNumber: revision ${current.number} has no clause ${clauseNumber}; name the clause it concerns now`,
          { field: 'clauseNumber' },
        );
      }
    } else assertClauseExists(tx, current.id, clauseNumber);
    const { id: _id, lockVersion: _lock, ...fields } = thread;
    const row = {
      ...fields,
      revisionId: current.id,
      clauseNumber,
      // Line numbers refer to the text they were read in.
      lineNumber: null,
      createdAt: at,
      updatedAt: at,
    };
    const threadId = Number(tx.insert(commentThreads).values(row).run().lastInsertRowid);
    tx.insert(commentCarries)
      .values({ fromThreadId: thread.id, toThreadId: threadId, carriedById: viewer.personId, at })
      .run();
    const eventId = recordDraftEvent(tx, {
      at,
      actorId: viewer.personId,
      action: 'comment.carried',
      entityId: draft.id,
      data: {
        threadId,
        fromThreadId: thread.id,
        fromRevisionId: thread.revisionId,
        revisionId: current.id,
        clauseNumber,
      },
    });
    return { draftId: draft.id, eventId, threadId };
  }).threadId;
}
