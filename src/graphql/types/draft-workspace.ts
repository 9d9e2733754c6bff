import type { Db } from '../../db/client.ts';
import { uploadCommentSheet } from '../../domain/comments/uploadCommentSheet.ts';
import { type PublishPreview, publishPreviewOf } from '../../domain/drafts/publishPreview.ts';
import { builder } from '../builder.ts';
import { CommentThread } from './comment.ts';
import { Draft } from './draft.ts';
import { VersionTypeEnum } from './enums.ts';
import { DraftRevision } from './revision.ts';
import { Standard } from './standard.ts';
import { StandardVersion } from './version.ts';

// Reads and writes for the committee's workspace pages: the publish preview and the comment sheet.

const versionsByIds = (db: Db, ids: readonly number[]) =>
  ids.length === 0
    ? []
    : db.query.versions.findMany({ where: { id: { in: [...ids] } }, orderBy: { id: 'asc' } }).sync();

const PublishPreviewRef = builder.objectRef<PublishPreview>('PublishPreview').implement({
  description:
    'The version `publishDraft` would create now and what it would replace, before the officer confirms (dates ' +
    'are given then).',
  fields: (t) => ({
    designation: t.exposeString('designation', { description: 'The planned designation, e.g. `GB 38031-2026`.' }),
    versionType: t.field({ type: VersionTypeEnum, description: 'Its type.', resolve: (p) => p.versionType }),
    standardDesignation: t.exposeString('standardDesignation', {
      description: 'The standard it will be a version of.',
    }),
    standard: t.field({
      type: Standard,
      nullable: true,
      description: 'That standard; null when the publication creates it (a draft proposing a new standard).',
      resolve: (p, _a, ctx) =>
        p.standardId === null ? null : ctx.db.query.standards.findFirst({ where: { id: p.standardId } }).sync()!,
    }),
    baseVersion: t.field({
      type: StandardVersion,
      nullable: true,
      description: 'For a modification, the version it modifies.',
      resolve: (p, _a, ctx) => (p.baseVersionId === null ? null : versionsByIds(ctx.db, [p.baseVersionId])[0]!),
    }),
    replaces: t.field({
      type: [StandardVersion],
      description: 'The versions it will replace.',
      resolve: (p, _a, ctx) => versionsByIds(ctx.db, p.replacedVersionIds),
    }),
    awaitingConsent: t.field({
      type: [StandardVersion],
      description: 'Replaced versions whose committee has not consented yet: publication is refused until they do.',
      resolve: (p, _a, ctx) => versionsByIds(ctx.db, p.missingConsentVersionIds),
    }),
    revision: t.field({
      type: DraftRevision,
      nullable: true,
      description: 'The revision whose clause tree the version will carry (the current one).',
      resolve: (p, _a, ctx) =>
        p.revisionId === null ? null : ctx.db.query.draftRevisions.findFirst({ where: { id: p.revisionId } }).sync()!,
    }),
    clauseCount: t.exposeInt('clauseCount', { description: 'How many clauses that text has.' }),
    designationTaken: t.exposeBoolean('designationTaken', {
      description: 'A version with this designation exists already: publish under another `designation`.',
    }),
  }),
});

builder.objectFields(Draft, (t) => ({
  publishPreview: t.field({
    type: PublishPreviewRef,
    nullable: true,
    description: 'What publishing the draft would create and replace; null once it is PUBLISHED or CANCELLED.',
    resolve: (draft, _a, ctx) =>
      draft.stage === 'PUBLISHED' || draft.stage === 'CANCELLED' ? null : publishPreviewOf(ctx.db, draft),
  }),
  commentSheetPath: t.string({
    description:
      'Where to `GET` the comment sheet as CSV (the ISO/IEC/CEN template columns, then revision, thread, status and ' +
      'disposition), with the same token; `uploadCommentSheet` reads it back.',
    resolve: (draft) =>
      `/drafts/${encodeURIComponent(Buffer.from(`Draft:${draft.id}`).toString('base64'))}/comments.csv`,
  }),
}));

builder.relayMutationField(
  'uploadCommentSheet',
  {
    description: 'A filled comment sheet (CSV) to read back as new comments.',
    inputFields: (t) => ({
      draftId: t.globalID({ required: true, for: Draft, description: 'The draft commented on.' }),
      csv: t.string({
        required: true,
        description:
          'The sheet in the columns `commentSheetPath` exports; rows with an empty `Thread` are new comments on the ' +
          'current revision, the others are left as they are.',
      }),
    }),
  },
  {
    description:
      'Adds the new comments of a sheet, by the caller, all or none: any problem is INVALID_COMMENT_SHEET with ' +
      '`extensions.problems` (line, column, message) and nothing is stored.',
    resolve: (_root, { input }, ctx) => ({
      threadIds: uploadCommentSheet({ ctx, input: { draftId: Number(input.draftId.id), csv: input.csv } }),
    }),
  },
  {
    outputFields: (t) => ({
      threads: t.field({
        type: [CommentThread],
        description: 'The new comment threads, in the order of the sheet.',
        resolve: (r, _a, ctx) =>
          ctx.db.query.commentThreads.findMany({ where: { id: { in: r.threadIds } }, orderBy: { id: 'asc' } }).sync(),
      }),
    }),
  },
);
