import { desc, eq, or } from 'drizzle-orm';
import { draftRevisions } from '../../db/committee-tables.ts';
import { isAllowed } from '../../domain/accounts/permissions.ts';
import { threadSubject } from '../../domain/comments/access.ts';
import { isActiveStage } from '../../domain/drafts/lifecycle.ts';
import { draftLoaders } from '../draft-access.ts';
import { commentCarries } from '../../db/oversight-tables.ts';
import { carryCommentThread } from '../../domain/comments/carryCommentThread.ts';
import { openEarlierThreadsOf } from '../../domain/comments/openEarlierThreads.ts';
import type { Context } from '../../context.ts';
import { builder } from '../builder.ts';
import { CommentThread } from './comment.ts';
import { Draft } from './draft.ts';

// Open comments carried from an earlier revision to the current one (carryCommentThread.ts).

function carryOf(ctx: Context, threadId: number) {
  return ctx.db
    .select()
    .from(commentCarries)
    .where(or(eq(commentCarries.fromThreadId, threadId), eq(commentCarries.toThreadId, threadId)))
    .all();
}
const threadById = (ctx: Context, id: number) => ctx.db.query.commentThreads.findFirst({ where: { id } }).sync()!;

builder.objectFields(CommentThread, (t) => ({
  carriedFrom: t.field({
    type: CommentThread,
    nullable: true,
    description: 'The thread of an earlier revision this one was carried from; null for a comment made here.',
    resolve: (thread, _a, ctx) => {
      const carry = carryOf(ctx, thread.id).find((c) => c.toThreadId === thread.id);
      return carry ? threadById(ctx, carry.fromThreadId) : null;
    },
  }),
  carriedTo: t.field({
    type: CommentThread,
    nullable: true,
    description:
      'The thread on a later revision this open comment was carried to (it then counts there, not here); null if ' +
      'it was not carried.',
    resolve: (thread, _a, ctx) => {
      const carry = carryOf(ctx, thread.id).find((c) => c.fromThreadId === thread.id);
      return carry ? threadById(ctx, carry.toThreadId) : null;
    },
  }),
  viewerCanCarry: t.boolean({
    description:
      'The viewer may carry this open comment to the current revision now (`carryCommentThread`): officers, for a ' +
      'comment of an earlier revision not carried yet.',
    resolve: async (thread, _a, ctx) => {
      if (thread.status !== 'OPEN') return false;
      const draft = await draftLoaders(ctx).draftOfRevision.load(thread.revisionId);
      if (draft === null || !isActiveStage(draft.stage)) return false;
      if (!isAllowed(ctx.viewer, 'comment.carry', threadSubject(thread, draft))) return false;
      const current = ctx.db
        .select({ id: draftRevisions.id })
        .from(draftRevisions)
        .where(eq(draftRevisions.draftId, draft.id))
        .orderBy(desc(draftRevisions.number))
        .get();
      return current?.id !== thread.revisionId && carryOf(ctx, thread.id).every((c) => c.fromThreadId !== thread.id);
    },
  }),
}));

builder.objectFields(Draft, (t) => ({
  openEarlierThreads: t.field({
    type: [CommentThread],
    description:
      'Open comments of earlier revisions not carried forward, oldest revision first: each waits for an officer ' +
      'to carry it to the current revision (`carryCommentThread`) or dispose of it; the technical ones hold the ' +
      'stage back. Read with the draft.',
    resolve: (draft, _a, ctx) => openEarlierThreadsOf(ctx.db, draft.id),
  }),
}));

builder.relayMutationField(
  'carryCommentThread',
  {
    description: 'The open comment of an earlier revision to carry to the current one.',
    inputFields: (t) => ({
      threadId: t.globalID({ required: true, for: CommentThread, description: 'The open thread.' }),
      clauseNumber: t.string({
        description: 'The clause of the current revision it concerns; default the clause it named, if it still exists.',
      }),
    }),
  },
  {
    description:
      'Carries an open comment of an earlier revision to the current one (secretary, chair, an acting officer): a ' +
      'new thread with the same author and template fields. Open technical comments of every revision hold the ' +
      'draft back until each is carried and resolved, resolved, or withdrawn.',
    resolve: (_root, { input }, ctx) => ({
      threadId: carryCommentThread({
        ctx,
        input: { threadId: Number(input.threadId.id), clauseNumber: input.clauseNumber },
      }),
    }),
  },
  {
    outputFields: (t) => ({
      thread: t.field({
        type: CommentThread,
        description: 'The new thread on the current revision.',
        resolve: (r, _a, ctx) => threadById(ctx, r.threadId),
      }),
    }),
  },
);
