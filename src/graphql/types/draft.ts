import { draftEventFilter } from '../../db/filters.ts';
import { VOTE_CAST_ACTION, voteReadScope } from '../../domain/ballots/votes.ts';
import { draftSubject } from '../../domain/drafts/access.ts';
import { createDraft } from '../../domain/drafts/createDraft.ts';
import { moveDraftStage } from '../../domain/drafts/moveDraftStage.ts';
import { publishDraft } from '../../domain/drafts/publishDraft.ts';
import { draftReadFilter, draftReadScope } from '../../domain/drafts/visibility.ts';
import { DRAFT_STAGES, type DraftStage, type StandardKind } from '../../domain/enums.ts';
import { builder } from '../builder.ts';
import { catalogueLoaders } from '../../catalogue/loaders.ts';
import { abilitiesOf, draftLoaders, readableDraftCount } from '../draft-access.ts';
import { StandardRef, StandardVersionRef } from './catalogue-refs.ts';
import { Committee } from './committee.ts';
import { enumOf } from './enum-of.ts';
import { StandardKindEnum, VersionTypeEnum } from './enums.ts';
import { LocalizedText, LocalizedTextInput } from './localized-text.ts';
import { Person } from './person.ts';
import { StandardVersion } from './version.ts';

export const DraftStageEnum = enumOf(
  'DraftStage',
  'Where a draft is in its life; `Draft.viewerCanMoveTo` lists the moves open to the viewer.',
  DRAFT_STAGES,
  {
    PROPOSAL: 'Proposed as a new work item.',
    WORKING_DRAFT: 'Being written by the project leader and experts.',
    COMMITTEE_DRAFT: 'Circulated in the committee for comment.',
    ENQUIRY: 'Out for enquiry (possibly public): comments and the enquiry ballot.',
    APPROVAL: 'Final text out for the approval ballot.',
    PUBLISHED: 'Published as a version of the standard; the draft is closed.',
    CANCELLED: 'Abandoned; the draft is closed.',
  },
);

const ProposedStandard = builder
  .objectRef<{ designation: string; kind: StandardKind; publisher: string }>('ProposedStandard')
  .implement({
    description: 'The new standard a draft proposes; it is created when the draft is published.',
    fields: (t) => ({
      designation: t.exposeString('designation', { description: 'The designation root, e.g. `GB 46031`.' }),
      kind: t.expose('kind', { type: StandardKindEnum, description: 'The family of the standard.' }),
      publisher: t.exposeString('publisher', { description: 'Who will publish it, e.g. `SAMR/SAC`.' }),
    }),
  });

/**
 * Readable only by those `draft.read` allows (members of the committee, administrators, and any
 * signed-in user during a public enquiry): the type-level scope also guards `node(id:)`.
 */
export const Draft = builder.drizzleNode('drafts', {
  name: 'Draft',
  description:
    'A committee project to write a new standard or revise one: it moves through stages, collects numbered ' +
    'revisions, comments and ballots, and ends PUBLISHED as a new version (or CANCELLED).',
  authScopes: (draft) => ({ allowed: { action: 'draft.read', subject: draftSubject(draft) } }),
  id: { column: (draft) => draft.id, description: 'Global ID of the draft.' },
  fields: (t) => ({
    stage: t.expose('stage', { type: DraftStageEnum, description: 'The current stage.' }),
    lockVersion: t.exposeInt('lockVersion', {
      description:
        'Changes whenever the draft changes; send it back with `moveDraftStage` and `publishDraft` (a stale one ' +
        'is a CONFLICT).',
    }),
    committee: t.field({
      type: Committee,
      description: 'The committee the draft belongs to.',
      resolve: async (d, _a, ctx) => (await catalogueLoaders(ctx).committeeById.load(d.committeeId))!,
    }),
    leader: t.relation('leader', { description: 'The project leader.' }),
    standard: t.field({
      type: StandardRef,
      nullable: true,
      description: 'The standard this draft revises; null when it proposes a new one.',
      resolve: async (d, _a, ctx) =>
        d.standardId === null ? null : ((await catalogueLoaders(ctx).standardById.load(d.standardId)) ?? null),
    }),
    proposedStandard: t.field({
      type: ProposedStandard,
      nullable: true,
      description: 'The new standard this draft proposes; null when it revises an existing one.',
      select: { columns: { newStandardDesignation: true, newStandardKind: true, publisher: true } },
      resolve: (d) =>
        d.newStandardDesignation === null
          ? null
          : { designation: d.newStandardDesignation, kind: d.newStandardKind ?? 'OTHER', publisher: d.publisher ?? '' },
    }),
    title: t.field({
      type: LocalizedText,
      description: 'The title of the text being drafted.',
      select: { columns: { titleEn: true, titleZh: true } },
      resolve: (d) => ({ en: d.titleEn, zh: d.titleZh }),
    }),
    versionDesignation: t.exposeString('versionDesignation', {
      description: 'The designation the published version is planned to have, e.g. `GB 38031-2025`.',
    }),
    versionType: t.expose('versionType', { type: VersionTypeEnum, description: 'The type of the planned version.' }),
    baseVersion: t.field({
      type: StandardVersionRef,
      nullable: true,
      description: 'For a planned modification, the base version it modifies.',
      resolve: async (d, _a, ctx) =>
        d.baseVersionId === null ? null : ((await catalogueLoaders(ctx).versionById.load(d.baseVersionId)) ?? null),
    }),
    replaces: t.field({
      type: [StandardVersionRef],
      description: 'Versions the published version will replace.',
      resolve: (d, _a, ctx) => draftLoaders(ctx).replaces.load(d.id),
    }),
    publicEnquiry: t.exposeBoolean('publicEnquiry', {
      description: 'True while the draft is at ENQUIRY and open to every signed-in user.',
    }),
    publishedVersion: t.field({
      type: StandardVersionRef,
      nullable: true,
      description: 'The version the draft became; null until PUBLISHED.',
      resolve: async (d, _a, ctx) =>
        d.publishedVersionId === null
          ? null
          : ((await catalogueLoaders(ctx).versionById.load(d.publishedVersionId)) ?? null),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the draft was proposed.' }),
    updatedAt: t.expose('updatedAt', {
      type: 'DateTime',
      description: 'When the draft itself (stage, flags) last changed.',
    }),
    ballots: t.relation('ballots', {
      description: 'Ballots held on the draft, newest first.',
      query: { orderBy: { id: 'desc' } },
    }),
    history: t.relatedConnection('history', {
      // No totalCount: the plugin's count of a relation filtered in relations.ts builds broken SQL.
      description:
        'Everything that happened to the draft, its revisions, comments and ballots, newest first. Votes ' +
        '(`ballot.voteCast`) only for members of the committee and administrators.',
      query: (_args, ctx) => ({
        where: { RAW: (table) => draftEventFilter(table, VOTE_CAST_ACTION, voteReadScope(ctx.viewer)) },
        orderBy: { id: 'desc' },
      }),
    }),
    viewerCanMoveTo: t.field({
      type: [DraftStageEnum],
      description: 'The stages the viewer may move the draft to now (`moveDraftStage`), preconditions checked.',
      resolve: async (d, _a, ctx) => (await abilitiesOf(ctx, d.id))?.abilities.moveTo ?? [],
    }),
    viewerCanRevise: t.boolean({
      description: 'The viewer may add a revision now (`addDraftRevision`).',
      resolve: async (d, _a, ctx) => (await abilitiesOf(ctx, d.id))?.abilities.revise ?? false,
    }),
    viewerCanComment: t.boolean({
      description: 'The viewer may comment on the current revision now (`createCommentThread`).',
      resolve: async (d, _a, ctx) => (await abilitiesOf(ctx, d.id))?.abilities.comment ?? false,
    }),
    viewerCanOpenBallot: t.boolean({
      description: 'The viewer may open a ballot on the current revision now (`openBallot`).',
      resolve: async (d, _a, ctx) => (await abilitiesOf(ctx, d.id))?.abilities.openBallot ?? false,
    }),
    viewerCanPublish: t.boolean({
      description:
        'The viewer may publish the draft now (`publishDraft`): APPROVAL stage, approval ballot on the current ' +
        'revision passed.',
      resolve: async (d, _a, ctx) => (await abilitiesOf(ctx, d.id))?.abilities.publish ?? false,
    }),
  }),
});

builder.objectField(Committee, 'drafts', (t) =>
  t.drizzleConnection(
    {
      type: 'drafts',
      description:
        "The committee's drafts the viewer may read (members see all; others only those in public enquiry), " +
        'newest first.',
      args: {
        stages: t.arg({ type: [DraftStageEnum], required: false, description: 'Keep drafts at any of these stages.' }),
      },
      resolve: (query, committee, args, ctx) =>
        ctx.db.query.drafts.findMany(
          query({
            where: {
              committeeId: committee.id,
              RAW: (table) => draftReadFilter(table, draftReadScope(ctx.viewer)),
              ...(args.stages && args.stages.length > 0 ? { stage: { in: args.stages as DraftStage[] } } : {}),
            },
            orderBy: { id: 'desc' },
          }),
        ),
    },
    {
      fields: (c) => ({
        totalCount: c.int({
          description:
            "How many of the committee's drafts the viewer may read (at the stages asked for), across all pages.",
          resolve: (connection, _args, ctx) => {
            const { parent, args } = connection as unknown as {
              parent: { id: number };
              args: { stages?: DraftStage[] | null };
            };
            return readableDraftCount(ctx, parent.id, args.stages);
          },
        }),
      }),
    },
  ),
);

builder.queryFields((t) => ({
  draft: t.drizzleField({
    type: 'drafts',
    nullable: true,
    description:
      'The draft with this global ID; null when there is none. Refused (FORBIDDEN) to those who may not read it.',
    args: { id: t.arg.globalID({ required: true, for: Draft, description: 'Global ID of the draft.' }) },
    resolve: (query, _root, args, ctx) => ctx.db.query.drafts.findFirst(query({ where: { id: Number(args.id.id) } })),
  }),
}));

const draftById = (ctx: { db: import('../../db/client.ts').Db }, id: number) =>
  ctx.db.query.drafts.findFirst({ where: { id } }).sync()!;

const NewStandardInput = builder.inputType('NewStandardInput', {
  description: 'A standard a draft proposes to create.',
  fields: (t) => ({
    designation: t.string({
      required: true,
      description: 'The designation root, e.g. `GB 46031`; must not exist yet.',
    }),
    kind: t.field({ type: StandardKindEnum, required: true, description: 'The family of the standard.' }),
    publisher: t.string({ required: true, description: 'Who will publish it, e.g. `SAMR/SAC`.' }),
  }),
});

builder.relayMutationField(
  'createDraft',
  {
    description:
      'A draft to propose: a revision of an existing standard (`standardDesignation`) or a new standard ' +
      '(`newStandard`).',
    inputFields: (t) => ({
      committeeId: t.globalID({ required: true, for: Committee, description: 'The committee the draft belongs to.' }),
      standardDesignation: t.string({
        description: 'The standard to revise (designation root, case and spacing ignored), e.g. `GB/T 31486`.',
      }),
      newStandard: t.field({
        type: NewStandardInput,
        description: 'The new standard to propose, instead of `standardDesignation`.',
      }),
      title: t.field({
        type: LocalizedTextInput,
        description: "The title of the text; required for a new standard, default the revised standard's.",
      }),
      versionDesignation: t.string({
        required: true,
        description: 'The designation the published version is planned to have, e.g. `GB/T 31486-2027`.',
      }),
      versionType: t.field({
        type: VersionTypeEnum,
        required: true,
        description: 'The type of the planned version (a modification needs `baseVersionDesignation`).',
      }),
      baseVersionDesignation: t.string({
        description: 'For a SUPPLEMENT, AMENDMENT or CORRIGENDUM: the base version of the same standard it modifies.',
      }),
      replaces: t.stringList({
        description: 'Designations of the versions the published version will replace (any standard).',
      }),
      leaderId: t.globalID({
        for: Person,
        description: 'The project leader, who must hold a role in the committee; default the caller.',
      }),
    }),
  },
  {
    description:
      'Proposes a draft at PROPOSAL (chairs, secretaries and voting members of the committee, administrators).',
    resolve: (_root, { input }, ctx) => {
      const draftId = createDraft({
        ctx,
        input: {
          ...input,
          committeeId: Number(input.committeeId.id),
          replaces: input.replaces ?? [],
          leaderId: input.leaderId ? Number(input.leaderId.id) : null,
        },
      });
      return { draftId };
    },
  },
  {
    outputFields: (t) => ({
      draft: t.field({
        type: Draft,
        description: 'The new draft.',
        resolve: (r, _a, ctx) => draftById(ctx, r.draftId),
      }),
    }),
  },
);

builder.relayMutationField(
  'moveDraftStage',
  {
    description: 'A stage move, with the stage and lock version the caller read.',
    inputFields: (t) => ({
      draftId: t.globalID({ required: true, for: Draft, description: 'The draft.' }),
      fromStage: t.field({
        type: DraftStageEnum,
        required: true,
        description: 'The stage the caller read; if the draft has moved since, CONFLICT.',
      }),
      lockVersion: t.int({
        required: true,
        description: 'The `lockVersion` the caller read; if the draft changed since, CONFLICT.',
      }),
      toStage: t.field({
        type: DraftStageEnum,
        required: true,
        description: 'The stage to move to (PUBLISHED only through `publishDraft`).',
      }),
      publicEnquiry: t.boolean({
        description: 'Moving to ENQUIRY: open the draft to every signed-in user for reading and comment.',
      }),
    }),
  },
  {
    description:
      'Moves a draft to another stage (officers of the committee, administrators). Illegal moves and unmet ' +
      'preconditions are ILLEGAL_TRANSITION; a stale read is CONFLICT.',
    resolve: (_root, { input }, ctx) => {
      const draftId = moveDraftStage({ ctx, input: { ...input, draftId: Number(input.draftId.id) } });
      return { draftId };
    },
  },
  {
    outputFields: (t) => ({
      draft: t.field({
        type: Draft,
        description: 'The draft as it now is.',
        resolve: (r, _a, ctx) => draftById(ctx, r.draftId),
      }),
    }),
  },
);

builder.relayMutationField(
  'publishDraft',
  {
    description: "The publication of an approved draft: the new version's designation and dates.",
    inputFields: (t) => ({
      draftId: t.globalID({
        required: true,
        for: Draft,
        description: 'The draft, at APPROVAL with a passed approval ballot on its current revision.',
      }),
      lockVersion: t.int({
        required: true,
        description: 'The `lockVersion` the caller read; if the draft changed since, CONFLICT.',
      }),
      designation: t.string({
        description: "The version's designation; default the one the draft planned. Taken: CONFLICT.",
      }),
      published: t.field({
        type: 'PartialDate',
        required: true,
        description: 'Issue date; may be only a year or a month.',
      }),
      effective: t.field({
        type: 'Date',
        description: 'Implementation date; default: it takes effect when published.',
      }),
      mandatoryNewTypes: t.field({
        type: 'Date',
        description:
          'From this date replaced versions may no longer be used for new types; not before it takes effect.',
      }),
      mandatoryExistingTypes: t.field({
        type: 'Date',
        description:
          'From this date replaced versions may no longer be used for existing types; not before it takes effect.',
      }),
    }),
  },
  {
    description:
      'Publishes an approved draft as a new, immutable version in one transaction: the standard if new, the ' +
      'clause tree of the approved revision, what it replaces; the draft becomes PUBLISHED.',
    resolve: (_root, { input }, ctx) => {
      const result = publishDraft({ ctx, input: { ...input, draftId: Number(input.draftId.id) } });
      return result;
    },
  },
  {
    outputFields: (t) => ({
      draft: t.field({
        type: Draft,
        description: 'The draft, now PUBLISHED.',
        resolve: (r, _a, ctx) => draftById(ctx, r.draftId),
      }),
      version: t.field({
        type: StandardVersion,
        description: 'The published version.',
        resolve: (r, _a, ctx) => ctx.db.query.versions.findFirst({ where: { id: r.versionId } }).sync()!,
      }),
    }),
  },
);
