import { addDraftRevision } from '../../domain/drafts/addDraftRevision.ts';
import type { ClauseNode } from '../../domain/drafts/clauseTree.ts';
import { CLAUSE_CHANGE_KINDS, type ClauseChange } from '../../domain/drafts/compareRevisions.ts';
import { revisionChanges, type RevisionClauseRow } from '../../domain/drafts/revisionChanges.ts';
import { revisionCommentsCsv } from '../../domain/comments/commentsCsv.ts';
import { builder } from '../builder.ts';
import { draftLoaders, readScope } from '../draft-access.ts';
import { Draft } from './draft.ts';
import { enumOf } from './enum-of.ts';

export const RevisionClause = builder.drizzleObject('revisionClauses', {
  name: 'RevisionClause',
  description: 'A numbered clause of a draft revision, with its sub-clauses. Never changes once stored.',
  fields: (t) => ({
    number: t.exposeString('number', {
      description: 'The clause number, e.g. `5.2.3` or `A.1`; unique within the revision.',
    }),
    heading: t.exposeString('heading', { description: 'The clause heading.' }),
    text: t.exposeString('text', { nullable: true, description: 'The body text; null for a heading-only clause.' }),
    informative: t.exposeBoolean('informative', {
      description: 'True for an informative clause; false for a normative one.',
    }),
    children: t.relation('children', {
      description: 'Sub-clauses, in the printed order.',
      query: { orderBy: { position: 'asc' } },
    }),
  }),
});

const ClauseChangeKindEnum = enumOf(
  'ClauseChangeKind',
  'How a clause differs from the previous revision.',
  CLAUSE_CHANGE_KINDS,
  {
    ADDED: 'The clause number is new in this revision.',
    REMOVED: 'The clause number is gone from this revision.',
    CHANGED: 'Same number, but a different heading, text, informative flag or parent clause.',
  },
);

const RevisionChange = builder.objectRef<ClauseChange<RevisionClauseRow>>('RevisionChange').implement({
  description: 'One clause that differs between a revision and the previous one, matched by clause number.',
  fields: (t) => ({
    number: t.exposeString('number', { description: 'The clause number.' }),
    change: t.expose('change', { type: ClauseChangeKindEnum, description: 'Added, removed or changed.' }),
    before: t.field({
      type: RevisionClause,
      nullable: true,
      description: 'The clause in the previous revision; null when added.',
      resolve: (c) => c.before,
    }),
    after: t.field({
      type: RevisionClause,
      nullable: true,
      description: 'The clause in this revision; null when removed.',
      resolve: (c) => c.after,
    }),
  }),
});

/** Guarded by its draft: readable by exactly those who may read the draft (also via `node(id:)`). */
export const DraftRevision = builder.drizzleNode('draftRevisions', {
  name: 'DraftRevision',
  description:
    "A numbered, immutable snapshot of a draft's text. Comments are anchored to the revision they were made on.",
  authScopes: async (revision, ctx) => readScope(await draftLoaders(ctx).draft.load(revision.draftId)),
  id: { column: (revision) => revision.id, description: 'Global ID of the revision.' },
  fields: (t) => ({
    number: t.exposeInt('number', { description: 'The revision number: 1, 2, … in the order they were made.' }),
    note: t.exposeString('note', { nullable: true, description: "What the revision changed, in the author's words." }),
    createdBy: t.relation('createdBy', { description: 'Who stored the revision.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the revision was stored.' }),
    draft: t.relation('draft', { description: 'The draft this is a revision of.' }),
    isCurrent: t.boolean({
      description:
        "True for the draft's latest revision: the one ballots are held on and comments are normally made on.",
      select: { columns: { id: true, draftId: true } },
      resolve: async (r, _a, ctx) => (await draftLoaders(ctx).state.load(r.draftId)).currentRevisionId === r.id,
    }),
    clauses: t.relation('clauses', {
      description: 'The top-level clauses, in printed order, each with its sub-clauses.',
      query: { where: { parentId: { isNull: true } }, orderBy: { position: 'asc' } },
    }),
    changes: t.field({
      type: [RevisionChange],
      description: 'The clauses that differ from the previous revision (for revision 1: all of them, as ADDED).',
      select: { columns: { id: true, draftId: true, number: true } },
      resolve: (r, _a, ctx) => revisionChanges(ctx.db, r),
    }),
    threads: t.relatedConnection(
      'threads',
      {
        description: 'Comment threads on this revision, in the order they were opened.',
        query: { orderBy: { id: 'asc' } },
      },
      {
        fields: (c) => ({
          totalCount: c.int({
            description: 'How many comment threads the revision has, across all pages.',
            resolve: (connection, _args, ctx) =>
              draftLoaders(ctx).threadCount.load((connection.parent as { id: number }).id),
          }),
        }),
      },
    ),
    commentsCsv: t.string({
      description:
        'The comments on this revision as CSV in the 8-column ISO/IEC/CEN template layout: UTF-8 with a ' +
        'byte-order mark, RFC 4180 quoting, CRLF line ends.',
      select: { columns: { id: true } },
      resolve: (r, _a, ctx) => revisionCommentsCsv(ctx.db, r.id),
    }),
  }),
});

builder.drizzleObjectFields(Draft, (t) => ({
  revisions: t.relatedConnection(
    'revisions',
    { description: "The draft's revisions, oldest (number 1) first.", query: { orderBy: { number: 'asc' } } },
    {
      fields: (c) => ({
        totalCount: c.int({
          description: 'How many revisions the draft has, across all pages.',
          resolve: (connection, _args, ctx) =>
            draftLoaders(ctx).revisionCount.load((connection.parent as { id: number }).id),
        }),
      }),
    },
  ),
  currentRevision: t.field({
    type: DraftRevision,
    nullable: true,
    description: 'The latest revision; null before the first.',
    select: (_args, _ctx, nestedSelection) => ({
      with: { revisions: nestedSelection({ orderBy: { number: 'desc' }, limit: 1 }) },
    }),
    resolve: (draft) => draft.revisions[0] ?? null,
  }),
}));

const ClauseInput = builder.inputRef<ClauseNode>('ClauseInput').implement({
  description: "A clause of a revision's text, with its sub-clauses.",
  fields: (t) => ({
    number: t.string({ required: true, description: 'The clause number, e.g. `5.2.3`; unique within the revision.' }),
    heading: t.string({ required: true, description: 'The clause heading.' }),
    text: t.string({ description: 'The body text.' }),
    informative: t.boolean({ description: 'True for an informative clause (default false).' }),
    clauses: t.field({ type: [ClauseInput], description: 'Sub-clauses, in printed order.' }),
  }),
});

builder.relayMutationField(
  'addDraftRevision',
  {
    description: 'The full text of the new revision.',
    inputFields: (t) => ({
      draftId: t.globalID({ required: true, for: Draft, description: 'The draft.' }),
      clauses: t.field({
        type: [ClauseInput],
        required: true,
        description: 'The top-level clauses, in printed order, with their sub-clauses.',
      }),
      note: t.string({ description: 'What this revision changes.' }),
      basedOn: t.int({
        description:
          'The number of the revision this text was written from (0 for the first); if a newer one exists, CONFLICT.',
      }),
    }),
  },
  {
    description:
      'Stores a new numbered revision of a draft (officers and the project leader; not while a ballot is open).',
    resolve: (_root, { input }, ctx) => {
      const result = addDraftRevision({ ctx, input: { ...input, draftId: Number(input.draftId.id) } });
      return result;
    },
  },
  {
    outputFields: (t) => ({
      revision: t.field({
        type: DraftRevision,
        description: 'The new revision.',
        resolve: (r, _a, ctx) => ctx.db.query.draftRevisions.findFirst({ where: { id: r.revisionId } }).sync()!,
      }),
    }),
  },
);
