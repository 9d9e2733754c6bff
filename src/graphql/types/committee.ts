import { sameCommitteeCode } from '../../db/filters.ts';
import { committees } from '../../db/tables.ts';
import { builder } from '../builder.ts';
import { loadersFor } from '../loaders.ts';
import { LocalizedText } from './localized-text.ts';

export const Committee = builder.drizzleNode('committees', {
  name: 'Committee',
  description:
    'A technical committee, subcommittee or working group (e.g. `ISO/TC22/SC32`), responsible for standards. ' +
    'Committees form a tree.',
  id: { column: (committee) => committee.id, description: 'Global ID of the committee.' },
  // Columns are plain resolvers, not `t.expose…`: @pothos/plugin-drizzle 0.20 wraps every exposed
  // column to look its selection up by response path, row by row, which costs a page much of its
  // time (docs/performance.md). This type always loads whole rows (no `select`), so a
  // column is just read.
  fields: (t) => ({
    code: t.string({
      description: 'The committee code, e.g. `SAC/TC114/SC27` or `UNECE/WP.29/GRVA`.',
      resolve: (committee) => committee.code,
    }),
    name: t.field({
      type: LocalizedText,
      description: 'The committee name in English, and Chinese where known.',
      resolve: (committee) => ({ en: committee.nameEn, zh: committee.nameZh }),
    }),
    parent: t.relation('parent', {
      nullable: true,
      description: 'The committee this one belongs to; null at the top.',
    }),
    children: t.relation('children', {
      description: 'Subcommittees and working groups directly under this committee, by code.',
      query: { orderBy: { code: 'asc' } },
    }),
    members: t.relation('memberships', {
      nullable: true,
      description:
        'Who holds which role in the committee; null unless the caller holds a role in it or is an administrator.',
      authScopes: (committee) => ({ allowed: { action: 'committee.members', subject: { committeeId: committee.id } } }),
      unauthorizedResolver: () => null,
      query: { orderBy: { id: 'asc' } },
    }),
    standards: t.relatedConnection(
      'standards',
      {
        description: 'Standards this committee is directly responsible for, by designation.',
        query: { orderBy: { designation: 'asc' } },
      },
      {
        fields: (c) => ({
          totalCount: c.int({
            description: 'How many standards the committee is directly responsible for, across all pages.',
            resolve: (connection, _args, ctx) =>
              loadersFor(ctx).committeeStandardCount.load((connection.parent as { id: number }).id),
          }),
        }),
      },
    ),
  }),
});

builder.queryFields((t) => ({
  committee: t.drizzleField({
    type: 'committees',
    nullable: true,
    description: 'The committee with this code (case-insensitive); null when there is none.',
    args: { code: t.arg.string({ required: true, description: 'Committee code, e.g. `ISO/TC22/SC32`.' }) },
    resolve: (query, _root, args, ctx) =>
      ctx.db.query.committees.findFirst(query({ where: { RAW: (table) => sameCommitteeCode(table.code, args.code) } })),
  }),
  committees: t.drizzleConnection({
    type: 'committees',
    description: 'All committees, by code.',
    totalCount: (_parent, _args, ctx) => ctx.db.$count(committees),
    resolve: (query, _root, _args, ctx) => ctx.db.query.committees.findMany(query({ orderBy: { code: 'asc' } })),
  }),
}));
