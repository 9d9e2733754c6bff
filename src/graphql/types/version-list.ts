import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { listVersions, type VersionList } from '../../domain/lists/listVersions.ts';
import { VERSION_ORDERS } from '../../db/version-lists.ts';
import { builder, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../builder.ts';
import { withoutEmptyPageCursors } from '../empty-page.ts';
import { enumOf } from './enum-of.ts';
import { StandardKindEnum, VehicleCategoryEnum, VersionTypeEnum } from './enums.ts';
import { DateRangeInput, VersionStatusFilter } from './list-filters.ts';
import { StandardVersion } from './version.ts';

const VersionOrderEnum = enumOf(
  'VersionOrder',
  'How a list of versions is sorted. Versions without the date sort last; ties by designation.',
  VERSION_ORDERS,
  {
    DESIGNATION: 'By full designation (the default).',
    PUBLISHED_ASC: 'Oldest publication first (a date known to the year only sorts before the days of that year).',
    PUBLISHED_DESC: 'Newest publication first.',
    EFFECTIVE_ASC: 'Earliest implementation date first.',
    EFFECTIVE_DESC: 'Latest implementation date first.',
  },
);

const VersionFilter = builder.inputType('VersionFilter', {
  description: 'Narrows a list of versions; all given conditions must hold.',
  fields: (t) => ({
    standards: t.stringList({
      required: false,
      description: 'Versions of these standards, by designation root (e.g. `GB 38031`).',
    }),
    kinds: t.field({
      type: [StandardKindEnum],
      required: false,
      description: 'Versions of standards of any of these kinds.',
    }),
    committee: t.string({
      required: false,
      description: 'Versions of standards of the committee with this code or of any committee below it.',
    }),
    text: t.string({
      required: false,
      description: 'Versions of standards whose designation or English or Chinese title contains this text.',
    }),
    types: t.field({ type: [VersionTypeEnum], required: false, description: 'Versions of any of these types.' }),
    vehicleCategories: t.field({
      type: [VehicleCategoryEnum],
      required: false,
      description:
        'Versions that record any of these vehicle categories. A version recording none is not matched (not ' +
        'recorded is not "all").',
    }),
    publishedBetween: t.field({
      type: DateRangeInput,
      required: false,
      description:
        'Versions certainly published in the window (a publication dated `2024` is within ' +
        '2024-01-01…2024-12-31); an unknown date is not.',
    }),
    effectiveBetween: t.field({
      type: DateRangeInput,
      required: false,
      description: 'Versions whose recorded implementation date is in the window.',
    }),
    status: t.field({
      type: VersionStatusFilter,
      required: false,
      description: 'Versions with one of these statuses on a date, for a scope.',
    }),
  }),
});

builder.queryFields((t) => ({
  versions: t.connection(
    {
      type: StandardVersion,
      description:
        `Published versions of every standard, filtered and sorted: e.g. the GB versions published in 2024, or ` +
        `every version in transition on a date for existing types. Pages hold at most ${MAX_PAGE_SIZE}.`,
      args: {
        filter: t.arg({ type: VersionFilter, required: false, description: 'Conditions the versions must meet.' }),
        orderBy: t.arg({
          type: VersionOrderEnum,
          required: false,
          defaultValue: 'DESIGNATION',
          description: 'The sort order (by designation by default).',
        }),
      },
      resolve: async (_root, args, ctx) => {
        const f = args.filter;
        let list: VersionList | undefined;
        const connection = await resolveOffsetConnection(
          { args, defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE },
          ({ limit, offset }) => {
            list = listVersions({
              ctx,
              input: {
                filter: {
                  standard: { kinds: f?.kinds, committeeCode: f?.committee, text: f?.text },
                  designations: f?.standards,
                  types: f?.types,
                  vehicleCategories: f?.vehicleCategories,
                  publishedBetween: f?.publishedBetween,
                  effectiveBetween: f?.effectiveBetween,
                },
                status: f?.status
                  ? { on: f.status.on, scope: f.status.scope ?? 'NEW_TYPES', statuses: f.status.statuses }
                  : null,
                order: args.orderBy ?? 'DESIGNATION',
                limit,
                offset,
              },
            });
            return list.rows;
          },
        );
        return { ...withoutEmptyPageCursors(connection), totalCount: () => list?.totalCount() ?? 0 };
      },
    },
    {
      name: 'VersionConnection',
      description: 'A page of versions.',
      fields: (c) => ({
        totalCount: c.int({
          description: 'How many versions the whole list holds, across all pages.',
          resolve: (connection) => (connection as unknown as { totalCount: () => number }).totalCount(),
        }),
      }),
    },
    { name: 'VersionEdge', description: 'One version, with its cursor.' },
  ),
}));
