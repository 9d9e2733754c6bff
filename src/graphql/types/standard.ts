import { designationCandidates } from '../../domain/designation.ts';
import type { Context } from '../../context.ts';
import { checkWindow, versionsWithStatus } from '../../domain/lists/listVersions.ts';
import type { StandardFilterInput } from '../../db/filters.ts';
import type { Db } from '../../db/client.ts';
import { resolveArrayConnection } from '@pothos/plugin-relay';
import { withoutEmptyPageCursors } from '../empty-page.ts';
import { builder, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../builder.ts';
import { catalogueLoaders } from '../../catalogue/loaders.ts';
import { standardsCount, standardsPage } from '../../catalogue/pages.ts';
import { standardByKey } from '../../catalogue/reads.ts';
import { totalCountOf } from './total-count.ts';
import { CommitteeRef, StandardRef } from './catalogue-refs.ts';
import { ReferenceKindEnum, StandardKindEnum, VehicleCategoryEnum } from './enums.ts';
import { DateRangeInput, VersionStatusFilter } from './list-filters.ts';
import { CITED_BY_KINDS, CITED_BY_TOTAL, citedByPage } from './cited-by.ts';
import { VersionReference } from './reference.ts';
import { LocalizedText } from './localized-text.ts';
import { StandardVersion } from './version.ts';

export const Standard = builder.node(StandardRef, {
  description:
    'A standard as a work that outlives its editions, e.g. `GB 38031`, `UN R100`, `ISO 6469-3`. Its published ' +
    'texts are its versions.',
  id: { resolve: (standard) => standard.id, description: 'Global ID of the standard.' },
  loadMany: (ids, ctx) => ids.map((id) => catalogueLoaders(ctx).standardById.load(Number(id))),
  fields: (t) => ({
    designation: t.exposeString('designation', {
      description: 'The designation root, e.g. `GB/T 31486` or `UN R155`.',
    }),
    kind: t.expose('kind', {
      type: StandardKindEnum,
      description: 'The family of the standard.',
    }),
    title: t.field({
      type: LocalizedText,
      description: 'The title in English, and Chinese where the publisher gives one.',
      resolve: (standard) => ({ en: standard.titleEn, zh: standard.titleZh }),
    }),
    publisher: t.exposeString('publisher', {
      description: 'Who publishes it, e.g. `SAMR/SAC`, `UNECE`, `ISO`.',
    }),
    committee: t.field({
      type: CommitteeRef,
      nullable: true,
      description: 'The committee responsible, when recorded.',
      resolve: async (standard, _args, ctx) =>
        standard.committeeId === null
          ? null
          : ((await catalogueLoaders(ctx).committeeById.load(standard.committeeId)) ?? null),
    }),
    // The versions of a whole page of standards come from one batched select and are paged here.
    versions: t.connection(
      {
        type: StandardVersion,
        description: 'Every published version (base texts and modifications), oldest recorded first.',
        resolve: async (standard, args, ctx) => {
          const all = await catalogueLoaders(ctx).versionsOfStandard.load(standard.id);
          return {
            ...withoutEmptyPageCursors(
              resolveArrayConnection({ args, defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE }, all)!,
            ),
            totalCount: all.length,
          };
        },
      },
      {
        fields: (c) => ({
          totalCount: c.int({
            description: 'How many versions the standard has, across all pages.',
            resolve: (connection) => totalCountOf(connection),
          }),
        }),
      },
    ),
    citedBy: t.connection(
      {
        type: VersionReference,
        description:
          'References that cite or adopt this standard, undated or through any of its versions (national ' +
          'adoptions of an ISO standard: `kinds: [ADOPTS]`), each with its `citingVersion`, kind and adoption ' +
          'degree; oldest recorded first.',
        args: { kinds: t.arg({ type: [ReferenceKindEnum], required: false, description: CITED_BY_KINDS }) },
        resolve: async (standard, args, ctx) =>
          citedByPage(await catalogueLoaders(ctx).referencesToStandard.load(standard.id), args),
      },
      {
        fields: (c) => ({
          totalCount: c.int({
            description: CITED_BY_TOTAL,
            resolve: (connection) => totalCountOf(connection),
          }),
        }),
      },
    ),
  }),
});

builder.objectFields(StandardVersion, (t) => ({
  standard: t.field({
    type: Standard,
    description: 'The standard this is a version of.',
    resolve: async (version, _args, ctx) => (await catalogueLoaders(ctx).standardById.load(version.standardId))!,
  }),
}));

const StandardFilter = builder.inputType('StandardFilter', {
  description:
    'Narrows a list of standards; all given conditions must hold. The conditions on versions hold when one ' +
    'version of the standard meets them all.',
  fields: (t) => ({
    kinds: t.field({ type: [StandardKindEnum], required: false, description: 'Keep standards of any of these kinds.' }),
    committee: t.string({
      required: false,
      description: 'Keep standards of the committee with this code or of any committee below it.',
    }),
    text: t.string({
      required: false,
      description:
        'Keep standards whose designation (ignoring case and spacing) or English or Chinese title contains this text.',
    }),
    vehicleCategories: t.field({
      type: [VehicleCategoryEnum],
      required: false,
      description:
        'Keep standards with a version that records any of these vehicle categories. A standard whose versions ' +
        'record none is not matched (not recorded is not "all").',
    }),
    publishedBetween: t.field({
      type: DateRangeInput,
      required: false,
      description: 'Keep standards with a version certainly published in the window.',
    }),
    effectiveBetween: t.field({
      type: DateRangeInput,
      required: false,
      description: 'Keep standards with a version whose implementation date is in the window.',
    }),
    status: t.field({
      type: VersionStatusFilter,
      required: false,
      description: 'Keep standards with a version of one of these statuses on the date, for the scope.',
    }),
  }),
});

builder.queryFields((t) => ({
  standard: t.field({
    type: Standard,
    nullable: true,
    description:
      'The standard with this designation as people write it (case, spacing, dashes, full-width forms and UN ' +
      'Regulation aliases folded: `gb38031` and `ＧＢ 38031` find `GB 38031`, `ECE R155` finds `UN R155`); null ' +
      'when there is none, or when the designation could mean more than one.',
    args: { designation: t.arg.string({ required: true, description: 'The designation root, e.g. `GB 38031`.' }) },
    resolve: (_root, args, ctx) => standardByDesignation(ctx.db, args.designation),
  }),
  standards: t.connection(
    {
      type: Standard,
      description: 'Standards by designation, optionally filtered. Pages hold at most 100.',
      args: {
        filter: t.arg({ type: StandardFilter, required: false, description: 'Conditions the standards must meet.' }),
      },
      resolve: (_root, args, ctx) => {
        const { committees, ...page } = standardsPage(ctx.db, filterOf(args.filter, ctx), args);
        const byId = catalogueLoaders(ctx).committeeById;
        for (const committee of committees) byId.prime(committee.id, committee);
        return { ...page, filter: args.filter };
      },
    },
    {
      fields: (c) => ({
        totalCount: c.int({
          description: 'How many items the whole list holds, across all pages.',
          resolve: (connection, _args, ctx) =>
            standardsCount(ctx.db, filterOf((connection as { filter?: StandardFilterArgs }).filter, ctx)),
        }),
      }),
    },
  ),
}));

type StandardFilterArgs = typeof StandardFilter.$inferInput | null | undefined;

/**
 * The one standard `designation` may mean; null when none or several (a bare `R100` with both `R100` and `UN R100`
 * stored).
 */
function standardByDesignation(db: Db, designation: string) {
  const found = designationCandidates(designation).flatMap((key) => standardByKey(db, key) ?? []);
  return found.length === 1 ? found[0]! : null;
}

/**
 * The SQL filter of the arguments. A status is computed, never stored: the standards with a version
 * of that status are found once per request (two statements) and kept by id.
 */
function filterOf(filter: StandardFilterArgs, ctx: Context): StandardFilterInput {
  const onVersions = {
    vehicleCategories: filter?.vehicleCategories,
    publishedBetween: filter?.publishedBetween,
    effectiveBetween: filter?.effectiveBetween,
  };
  checkWindow(filter?.publishedBetween, 'publishedBetween');
  checkWindow(filter?.effectiveBetween, 'effectiveBetween');
  const onStandard = { kinds: filter?.kinds, committeeCode: filter?.committee, text: filter?.text };
  const status = filter?.status;
  if (!status) return { ...onStandard, ...onVersions };
  const key = `standards-with-status:${JSON.stringify(filter)}`;
  let ids = ctx.memo.get(key) as number[] | undefined;
  if (ids === undefined) {
    const kept = versionsWithStatus(
      ctx,
      { standard: onStandard, ...onVersions },
      { on: status.on, scope: status.scope ?? 'NEW_TYPES', statuses: status.statuses },
    );
    ids = [...new Set(kept.map((v) => v.standardId))];
    ctx.memo.set(key, ids);
  }
  return { ...onStandard, ids };
}
