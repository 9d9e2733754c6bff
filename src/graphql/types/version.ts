import { designationCandidates } from '../../domain/designation.ts';
import { mandatoryFromOfVersion, statusOfVersion } from '../../domain/applicability/answer.ts';
import { catalogueLoaders } from '../../catalogue/loaders.ts';
import { versionsByKeys } from '../../catalogue/reads.ts';
import { StandardVersionRef } from './catalogue-refs.ts';
import { builder } from '../builder.ts';
import { Clause } from './clause.ts';
import { totalCountOf } from './total-count.ts';
import { decodeVehicleCategories } from '../../domain/vehicle-categories.ts';
import { CITED_BY_KINDS, CITED_BY_TOTAL, citedByPage } from './cited-by.ts';
import {
  ApplicabilityScopeEnum,
  DatePrecisionEnum,
  ReferenceKindEnum,
  VehicleCategoryEnum,
  VersionStatusEnum,
  VersionTypeEnum,
} from './enums.ts';
import { VersionReference } from './reference.ts';
import { LocalizedText } from './localized-text.ts';

const ObligationDate = builder
  .objectRef<{ date: string; precision: 'DAY' | 'MONTH' | 'YEAR' | 'RANGE'; earliest: string; latest: string }>(
    'ObligationDate',
  )
  .implement({
    description: 'The day, or the month or year when only that is known, from which compliance is required.',
    fields: (t) => ({
      date: t.expose('date', {
        type: 'PartialDate',
        description: 'The date, as precisely as it is known; never a guessed day.',
      }),
      precision: t.expose('precision', {
        type: DatePrecisionEnum,
        description: 'How precisely `date` is known.',
      }),
      earliest: t.field({ type: 'Date', description: 'The first day it may be.', resolve: (d) => d.earliest }),
      latest: t.field({ type: 'Date', description: 'The last day it may be.', resolve: (d) => d.latest }),
    }),
  });

export const StandardVersion = builder.node(StandardVersionRef, {
  description:
    'One published text of a standard: a base text (`EDITION`, `SERIES`) or a modification of one (`SUPPLEMENT`, ' +
    '`AMENDMENT`, `CORRIGENDUM`). Published versions never change.',
  id: { resolve: (version) => version.id, description: 'Global ID of the version.' },
  loadMany: (ids, ctx) => ids.map((id) => catalogueLoaders(ctx).versionById.load(Number(id))),
  fields: (t) => ({
    designation: t.exposeString('designation', {
      description: 'The full designation, e.g. `GB 38031-2025`, `UN R100 03 series`, `ISO 6469-3:2021`.',
    }),
    type: t.expose('type', {
      type: VersionTypeEnum,
      description: 'Base text or modification, and which kind.',
    }),
    title: t.field({
      type: LocalizedText,
      description: "The title of this version: its own where it differs, else the standard's.",
      resolve: async (version, _args, ctx) => {
        if (version.titleEn !== null) return { en: version.titleEn, zh: version.titleZh };
        const standard = await catalogueLoaders(ctx).standardById.load(version.standardId);
        return { en: standard!.titleEn, zh: standard!.titleZh };
      },
    }),
    base: t.field({
      type: StandardVersionRef,
      nullable: true,
      description: 'For a modification, the base version it modifies; null for a base text.',
      resolve: async (version, _args, ctx) =>
        version.baseId === null ? null : ((await catalogueLoaders(ctx).versionById.load(version.baseId)) ?? null),
    }),
    modifications: t.field({
      type: [StandardVersionRef],
      description: 'Supplements, amendments and corrigenda of this base version, oldest recorded first.',
      resolve: (version, _args, ctx) => catalogueLoaders(ctx).modifications.load(version.id),
    }),
    published: t.expose('published', {
      type: 'PartialDate',
      nullable: true,
      description: 'Issue date; may be only a year or a month. Null when unknown.',
    }),
    effective: t.field({
      type: 'Date',
      nullable: true,
      description:
        'Implementation date (GB 实施日期) or UN entry into force. Null when not recorded; the version then takes ' +
        'effect when published.',
      resolve: (version) => version.effective,
    }),
    mandatoryNewTypes: t.field({
      type: 'Date',
      nullable: true,
      description:
        'From this date older versions may no longer be used for new type approvals. Null: no such provision.',
      resolve: (version) => version.mandatoryNewTypes,
    }),
    mandatoryExistingTypes: t.field({
      type: 'Date',
      nullable: true,
      description:
        'From this date older versions may no longer be used for types approved before. Null: no such provision.',
      resolve: (version) => version.mandatoryExistingTypes,
    }),
    withdrawn: t.expose('withdrawn', {
      type: 'Date',
      nullable: true,
      description: 'The date it was withdrawn; null if it was not.',
    }),
    vehicleCategories: t.field({
      type: [VehicleCategoryEnum],
      nullable: true,
      description:
        'The vehicle categories the version applies to, as its scope states them. Null: not recorded (never "all ' +
        'categories").',
      resolve: (version) => decodeVehicleCategories(version.vehicleCategories),
    }),
    status: t.field({
      type: VersionStatusEnum,
      description: 'The status of this version on a date for a scope: computed for the date, never stored.',
      args: {
        on: t.arg({ type: 'Date', required: true, description: 'The date asked about.' }),
        scope: t.arg({
          type: ApplicabilityScopeEnum,
          defaultValue: 'NEW_TYPES',
          description: 'New type approvals (default) or existing ones.',
        }),
      },
      resolve: (version, args, ctx) =>
        statusOfVersion({ ctx, input: { versionId: version.id, on: args.on, scope: args.scope ?? 'NEW_TYPES' } }),
    }),
    mandatoryFrom: t.field({
      type: ObligationDate,
      nullable: true,
      description:
        'When compliance with this version becomes required for the scope: for new types its date for new types, ' +
        'else the day it takes effect (possibly known only to the month or year); for existing types only its ' +
        'date for existing types. Null when never required for the scope, or when the record cannot date it.',
      args: {
        scope: t.arg({
          type: ApplicabilityScopeEnum,
          defaultValue: 'NEW_TYPES',
          description: 'New type approvals (default) or existing ones.',
        }),
      },
      resolve: (version, args, ctx) =>
        mandatoryFromOfVersion({ ctx, input: { versionId: version.id, scope: args.scope ?? 'NEW_TYPES' } }),
    }),
    references: t.field({
      type: [VersionReference],
      description: 'Documents this version cites (normative, informative) or adopts.',
      resolve: (version, _args, ctx) => catalogueLoaders(ctx).referencesOfVersion.load(version.id),
    }),
    citedBy: t.connection(
      {
        type: VersionReference,
        description:
          'References that cite (dated) or adopt this version, each with its `citingVersion`, kind and adoption ' +
          "degree; oldest recorded first. Only the registry's own versions' references are known.",
        args: { kinds: t.arg({ type: [ReferenceKindEnum], required: false, description: CITED_BY_KINDS }) },
        resolve: async (version, args, ctx) =>
          citedByPage(await catalogueLoaders(ctx).referencesToVersion.load(version.designationKey), args),
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
    clauses: t.field({
      type: [Clause],
      description:
        'The top-level clauses of the text, in printed order, each with its sub-clauses. Empty when the text is ' +
        'not stored.',
      resolve: (version, _args, ctx) => catalogueLoaders(ctx).clauseTrees.load(version.id),
    }),
  }),
});

// One batched statement per level of a page, for both directions.
builder.objectFields(StandardVersion, (t) => ({
  replaces: t.field({
    type: [StandardVersion],
    description: 'Versions this one replaces, possibly of other standards and kinds.',
    resolve: async (version, _args, ctx) => (await catalogueLoaders(ctx).replacements.load(version.id)).replaces,
  }),
  replacedBy: t.field({
    type: [StandardVersion],
    description: 'Versions that replace this one, possibly of other standards and kinds.',
    resolve: async (version, _args, ctx) => (await catalogueLoaders(ctx).replacements.load(version.id)).replacedBy,
  }),
}));

builder.queryFields((t) => ({
  version: t.field({
    type: StandardVersionRef,
    nullable: true,
    description:
      'The version with this full designation as people write it (case, spacing, dashes, full-width forms and UN ' +
      'Regulation aliases folded: `GB 38031—2025`, `ECE R155 00 series`); null when there is none, or when the ' +
      'designation could mean more than one (`R100` when both `R100` and `UN R100` exist).',
    args: {
      designation: t.arg.string({ required: true, description: 'The full designation, e.g. `GB/T 31486-2024`.' }),
    },
    // Every candidate key of an ambiguous designation is read: one answers, two do not.
    resolve: async (_root, args, ctx) => {
      const found = versionsByKeys(ctx.db, designationCandidates(args.designation)).filter((row) => row !== undefined);
      return found.length === 1 ? found[0]! : null;
    },
  }),
}));
