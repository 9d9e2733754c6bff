import { createCommentThread } from '../../domain/comments/createCommentThread.ts';
import { disposeComment } from '../../domain/comments/disposeComment.ts';
import { editComment } from '../../domain/comments/editComment.ts';
import { replyToComment } from '../../domain/comments/replyToComment.ts';
import { withdrawComment } from '../../domain/comments/withdrawComment.ts';
import { threadAbilities as abilitiesOf } from '../../domain/comments/policy.ts';
import { COMMENT_TYPES, DISPOSITIONS, THREAD_STATUSES } from '../../domain/enums.ts';
import type { Context } from '../../context.ts';
import { builder } from '../builder.ts';
import { draftLoaders, readScope } from '../draft-access.ts';
import { enumOf } from './enum-of.ts';
import { DraftRevision } from './revision.ts';

const CommentTypeEnum = enumOf(
  'CommentType',
  'The type of a comment, as in the ISO/IEC/CEN template (`ge`, `te`, `ed`).',
  COMMENT_TYPES,
  {
    GENERAL: 'A general comment.',
    TECHNICAL: 'A technical comment: must be resolved before the draft goes to ballot.',
    EDITORIAL: 'An editorial comment.',
  },
);

const DispositionEnum = enumOf('Disposition', "The secretariat's decision on a comment.", DISPOSITIONS, {
  ACCEPTED: 'The proposed change is accepted.',
  ACCEPTED_IN_PRINCIPLE: 'Accepted in principle: the text will change, not necessarily as proposed.',
  REJECTED: 'Rejected, with the reason in the observation.',
  NOTED: 'Noted; no change to the text.',
});

const ThreadStatusEnum = enumOf('ThreadStatus', 'Where a comment thread stands.', THREAD_STATUSES, {
  OPEN: 'Awaiting a disposition; the author may still edit or withdraw it.',
  RESOLVED: 'The secretariat recorded a disposition.',
  WITHDRAWN: 'Withdrawn by its author.',
});

interface ThreadFields {
  id: number;
  revisionId: number;
  authorId: number;
  status: (typeof THREAD_STATUSES)[number];
}

/** What the viewer may do to a thread now: the policy the verbs enforce (domain/comments/policy.ts). */
async function threadAbilities(ctx: Context, thread: ThreadFields) {
  const draft = await draftLoaders(ctx).draftOfRevision.load(thread.revisionId);
  if (draft === null) return { edit: false, withdraw: false, dispose: false, reply: false };
  return abilitiesOf(ctx.viewer, thread, draft);
}
const abilityColumns = { columns: { id: true, revisionId: true, authorId: true, status: true } } as const;

export const CommentReply = builder.drizzleObject('commentReplies', {
  name: 'CommentReply',
  description: 'A reply in a comment thread.',
  fields: (t) => ({
    author: t.relation('author', { description: 'Who replied.' }),
    body: t.exposeString('body', { description: 'The reply.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was posted.' }),
  }),
});

/** Guarded by its draft: readable by exactly those who may read the draft (also via `node(id:)`). */
export const CommentThread = builder.drizzleNode('commentThreads', {
  name: 'CommentThread',
  description:
    'A comment in the ISO/IEC/CEN template, anchored to a revision and a clause (or "General"), with its replies ' +
    'and disposition.',
  authScopes: async (thread, ctx) => readScope(await draftLoaders(ctx).draftOfRevision.load(thread.revisionId)),
  id: { column: (thread) => thread.id, description: 'Global ID of the thread.' },
  fields: (t) => ({
    revision: t.relation('revision', { description: 'The revision the comment was made on.' }),
    author: t.relation('author', { description: 'Who made the comment.' }),
    organisation: t.exposeString('organisation', {
      description: 'Template column "MB/NC": the member body or organisation commenting.',
    }),
    clauseNumber: t.exposeString('clauseNumber', {
      nullable: true,
      description: 'The clause commented on; null for a general comment.',
    }),
    lineNumber: t.exposeString('lineNumber', { nullable: true, description: 'Template column "Line number".' }),
    paragraph: t.exposeString('paragraph', {
      nullable: true,
      description: 'Template column "Paragraph/Figure/Table".',
    }),
    type: t.expose('type', { type: CommentTypeEnum, description: 'Template column "Type of comment".' }),
    comment: t.exposeString('comment', { description: 'Template column "Comments".' }),
    proposedChange: t.exposeString('proposedChange', {
      nullable: true,
      description: 'Template column "Proposed change".',
    }),
    status: t.expose('status', { type: ThreadStatusEnum, description: 'Open, resolved or withdrawn.' }),
    disposition: t.expose('disposition', {
      type: DispositionEnum,
      nullable: true,
      description: "The secretariat's decision; null until resolved.",
    }),
    observation: t.exposeString('observation', {
      nullable: true,
      description: 'Template column "Observations of the secretariat".',
    }),
    disposedBy: t.relation('disposedBy', { nullable: true, description: 'Who recorded the disposition.' }),
    disposedAt: t.expose('disposedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the disposition was recorded.',
    }),
    lockVersion: t.exposeInt('lockVersion', {
      description: 'Changes whenever the thread changes; send it back to edit, withdraw or dispose (stale: CONFLICT).',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the comment was made.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the comment last changed.' }),
    replies: t.relation('replies', { description: 'Replies, oldest first.', query: { orderBy: { id: 'asc' } } }),
    viewerCanEdit: t.boolean({
      description: 'The viewer may edit the comment now (its author, while it is open).',
      select: abilityColumns,
      resolve: async (thread, _a, ctx) => (await threadAbilities(ctx, thread)).edit,
    }),
    viewerCanWithdraw: t.boolean({
      description: 'The viewer may withdraw the comment now (its author, while it is open).',
      select: abilityColumns,
      resolve: async (thread, _a, ctx) => (await threadAbilities(ctx, thread)).withdraw,
    }),
    viewerCanDispose: t.boolean({
      description: 'The viewer may record a disposition now (secretary or chair).',
      select: abilityColumns,
      resolve: async (thread, _a, ctx) => (await threadAbilities(ctx, thread)).dispose,
    }),
    viewerCanReply: t.boolean({
      description: 'The viewer may reply now.',
      select: abilityColumns,
      resolve: async (thread, _a, ctx) => (await threadAbilities(ctx, thread)).reply,
    }),
  }),
});

const threadById = (ctx: Context, id: number) => ctx.db.query.commentThreads.findFirst({ where: { id } }).sync()!;

builder.relayMutationField(
  'createCommentThread',
  {
    description: 'A comment in the ISO/IEC/CEN template on a revision of a draft.',
    inputFields: (t) => ({
      revisionId: t.globalID({
        required: true,
        for: DraftRevision,
        description: "The revision commented on, normally the draft's current one.",
      }),
      clauseNumber: t.string({
        description: 'The clause commented on; it must exist in that revision. Leave out for a general comment.',
      }),
      lineNumber: t.string({ description: 'Line number(s) in the circulated text, e.g. `17` or `120-124`.' }),
      paragraph: t.string({ description: 'Paragraph, figure or table, e.g. `Table 2`.' }),
      type: t.field({ type: CommentTypeEnum, required: true, description: 'General, technical or editorial.' }),
      comment: t.string({ required: true, description: 'The comment.' }),
      proposedChange: t.string({ description: 'The change proposed.' }),
      organisation: t.string({
        description: "The member body or organisation commenting; default the author's organisation.",
      }),
    }),
  },
  {
    description:
      'Comments on a draft revision (members of the committee; any signed-in user during a public enquiry), ' +
      'while the draft is active.',
    resolve: (_root, { input }, ctx) => {
      const threadId = createCommentThread({ ctx, input: { ...input, revisionId: Number(input.revisionId.id) } });
      return { threadId };
    },
  },
  {
    outputFields: (t) => ({
      thread: t.field({
        type: CommentThread,
        description: 'The new thread.',
        resolve: (r, _a, ctx) => threadById(ctx, r.threadId),
      }),
    }),
  },
);

builder.relayMutationField(
  'replyToComment',
  {
    description: 'A reply to a comment thread.',
    inputFields: (t) => ({
      threadId: t.globalID({ required: true, for: CommentThread, description: 'The thread.' }),
      body: t.string({ required: true, description: 'The reply.' }),
    }),
  },
  {
    description: 'Replies in a comment thread (those who may comment on the draft, administrators).',
    resolve: (_root, { input }, ctx) => {
      return replyToComment({ ctx, input: { ...input, threadId: Number(input.threadId.id) } });
    },
  },
  {
    outputFields: (t) => ({
      reply: t.field({
        type: CommentReply,
        description: 'The new reply.',
        resolve: (r, _a, ctx) => ctx.db.query.commentReplies.findFirst({ where: { id: r.replyId } }).sync()!,
      }),
      thread: t.field({
        type: CommentThread,
        description: 'The thread replied to.',
        resolve: (r, _a, ctx) => threadById(ctx, r.threadId),
      }),
    }),
  },
);

builder.relayMutationField(
  'editComment',
  {
    description:
      "Changes to the author's own open comment. A field left out keeps its value; null clears an optional one.",
    inputFields: (t) => ({
      threadId: t.globalID({ required: true, for: CommentThread, description: 'The thread.' }),
      lockVersion: t.int({
        required: true,
        description: 'The `lockVersion` the author read; if the thread changed since, CONFLICT and nothing is written.',
      }),
      organisation: t.string({ description: 'The member body or organisation.' }),
      clauseNumber: t.string({ description: 'The clause commented on (null: general).' }),
      lineNumber: t.string({ description: 'Line number(s).' }),
      paragraph: t.string({ description: 'Paragraph, figure or table.' }),
      type: t.field({ type: CommentTypeEnum, description: 'General, technical or editorial.' }),
      comment: t.string({ description: 'The comment.' }),
      proposedChange: t.string({ description: 'The change proposed.' }),
    }),
  },
  {
    description: 'Edits a comment (its author, while it is open), with optimistic concurrency on `lockVersion`.',
    resolve: (_root, { input }, ctx) => {
      const { organisation, type, comment, ...rest } = input;
      const threadId = editComment({
        ctx,
        input: {
          ...rest,
          threadId: Number(input.threadId.id),
          // Required columns cannot be cleared: null there means "unchanged".
          organisation: organisation ?? undefined,
          type: type ?? undefined,
          comment: comment ?? undefined,
        },
      });
      return { threadId };
    },
  },
  {
    outputFields: (t) => ({
      thread: t.field({
        type: CommentThread,
        description: 'The thread as it now is.',
        resolve: (r, _a, ctx) => threadById(ctx, r.threadId),
      }),
    }),
  },
);

builder.relayMutationField(
  'withdrawComment',
  {
    description: 'The comment to withdraw.',
    inputFields: (t) => ({
      threadId: t.globalID({ required: true, for: CommentThread, description: 'The thread.' }),
      lockVersion: t.int({ required: true, description: 'The `lockVersion` the author read; stale: CONFLICT.' }),
    }),
  },
  {
    description: 'Withdraws a comment (its author, while it is open).',
    resolve: (_root, { input }, ctx) => {
      const threadId = withdrawComment({ ctx, input: { ...input, threadId: Number(input.threadId.id) } });
      return { threadId };
    },
  },
  {
    outputFields: (t) => ({
      thread: t.field({
        type: CommentThread,
        description: 'The thread, now WITHDRAWN.',
        resolve: (r, _a, ctx) => threadById(ctx, r.threadId),
      }),
    }),
  },
);

builder.relayMutationField(
  'disposeComment',
  {
    description: "The secretariat's disposition of a comment.",
    inputFields: (t) => ({
      threadId: t.globalID({ required: true, for: CommentThread, description: 'The thread.' }),
      lockVersion: t.int({
        required: true,
        description: 'The `lockVersion` read; if the comment changed since (say, the author edited it), CONFLICT.',
      }),
      disposition: t.field({ type: DispositionEnum, required: true, description: 'The decision.' }),
      observation: t.string({ description: 'The observation of the secretariat; required for REJECTED.' }),
    }),
  },
  {
    description: 'Records (or revises) the disposition of a comment, resolving it (secretary or chair).',
    resolve: (_root, { input }, ctx) => {
      const threadId = disposeComment({ ctx, input: { ...input, threadId: Number(input.threadId.id) } });
      return { threadId };
    },
  },
  {
    outputFields: (t) => ({
      thread: t.field({
        type: CommentThread,
        description: 'The thread, now RESOLVED.',
        resolve: (r, _a, ctx) => threadById(ctx, r.threadId),
      }),
    }),
  },
);
