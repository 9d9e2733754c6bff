import { isAllowed } from '../../domain/accounts/permissions.ts';
import { committeeByCode } from '../../catalogue/committees.ts';
import { catalogueLoaders } from '../../catalogue/loaders.ts';
import { committeesCount, committeesPage } from '../../catalogue/pages.ts';
import { CommitteeRef, StandardRef } from './catalogue-refs.ts';
import { builder } from '../builder.ts';
import { LocalizedText } from './localized-text.ts';

export const Committee = builder.node(CommitteeRef, {
  description:
    'A technical committee, subcommittee or working group (e.g. `ISO/TC22/SC32`), responsible for standards. ' +
    'Committees form a tree.',
  id: { resolve: (committee) => committee.id, description: 'Global ID of the committee.' },
  loadMany: (ids, ctx) => ids.map((id) => catalogueLoaders(ctx).committeeById.load(Number(id))),
  fields: (t) => ({
    code: t.exposeString('code', {
      description: 'The committee code, e.g. `SAC/TC114/SC27` or `UNECE/WP.29/GRVA`.',
    }),
    name: t.field({
      type: LocalizedText,
      description: 'The committee name in English, and Chinese where known.',
      resolve: (committee) => ({ en: committee.nameEn, zh: committee.nameZh }),
    }),
    parent: t.field({
      type: CommitteeRef,
      nullable: true,
      description: 'The committee this one belongs to; null at the top.',
      resolve: async (committee, _args, ctx) =>
        committee.parentId === null
          ? null
          : ((await catalogueLoaders(ctx).committeeById.load(committee.parentId)) ?? null),
    }),
    children: t.field({
      type: [CommitteeRef],
      description: 'Subcommittees and working groups directly under this committee, by code.',
      resolve: (committee, _args, ctx) => catalogueLoaders(ctx).childCommittees.load(committee.id),
    }),
    members: t.drizzleField({
      type: ['memberships'],
      nullable: true,
      description:
        'Who holds which role in the committee; null unless the caller holds a role in it or is an administrator.',
      authScopes: (committee) => ({ allowed: { action: 'committee.members', subject: { committeeId: committee.id } } }),
      unauthorizedResolver: () => null,
      resolve: (query, committee, _args, ctx) =>
        ctx.db.query.memberships.findMany(query({ where: { committeeId: committee.id }, orderBy: { id: 'asc' } })),
    }),
    standards: t.connection(
      {
        type: StandardRef,
        description: 'Standards this committee is directly responsible for, by designation.',
        resolve: async (committee, args, ctx) => ({
          ...(await catalogueLoaders(ctx).standardsOfCommittee(args).load(committee.id)),
          committeeId: committee.id,
        }),
      },
      {
        fields: (c) => ({
          totalCount: c.int({
            description: 'How many standards the committee is directly responsible for, across all pages.',
            resolve: (connection, _args, ctx) =>
              catalogueLoaders(ctx).committeeStandardCount.load(connection.committeeId),
          }),
        }),
      },
    ),
  }),
});

builder.queryFields((t) => ({
  committee: t.field({
    type: CommitteeRef,
    nullable: true,
    description: 'The committee with this code (case-insensitive); null when there is none.',
    args: { code: t.arg.string({ required: true, description: 'Committee code, e.g. `ISO/TC22/SC32`.' }) },
    resolve: (_root, args, ctx) => committeeByCode(ctx.db, args.code) ?? null,
  }),
  committees: t.connection(
    {
      type: CommitteeRef,
      description: 'All committees, by code.',
      resolve: (_root, args, ctx) => committeesPage(ctx.db, args),
    },
    {
      fields: (c) => ({
        totalCount: c.int({
          description: 'How many items the whole list holds, across all pages.',
          resolve: (_connection, _args, ctx) => committeesCount(ctx.db),
        }),
      }),
    },
  ),
}));

builder.objectField(Committee, 'viewerCanCreateDraft', (t) =>
  t.boolean({
    description:
      'The viewer may propose a draft in this committee (`createDraft`): its chair, secretary or a voting member, ' +
      'or an administrator acting as its officer.',
    resolve: (committee, _a, ctx) => isAllowed(ctx.viewer, 'draft.create', { committeeId: committee.id }),
  }),
);
