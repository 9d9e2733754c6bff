import { applicabilityOfStandard, type ApplicabilityAnswer } from '../../domain/applicability/answer.ts';
import { builder } from '../builder.ts';
import { ApplicabilityScopeEnum, VehicleCategoryEnum, VersionStatusEnum } from './enums.ts';
import { Standard } from './standard.ts';
import { StandardVersion } from './version.ts';

const ApplicableVersion = builder.objectRef<ApplicabilityAnswer['versions'][number]>('ApplicableVersion').implement({
  description: 'A base version that certainly applies on the date, with the modifications that certainly apply to it.',
  fields: (t) => ({
    version: t.field({
      type: StandardVersion,
      description: 'The base version (EDITION or SERIES).',
      resolve: (v) => v.version,
    }),
    status: t.expose('status', {
      type: VersionStatusEnum,
      description:
        '`IN_FORCE`, `IN_TRANSITION` (replaced, cut-off still ahead), or `UNKNOWN` when which of the two cannot ' +
        'be decided.',
    }),
    mandatory: t.boolean({
      nullable: true,
      description:
        'Whether compliance with this version is required on the date for the scope: for new types from its date ' +
        'for new types, else from the day it takes effect; for existing types only from its date for existing ' +
        'types. Null when the record cannot decide.',
      resolve: (v) => v.mandatory,
    }),
    modifications: t.field({
      type: [StandardVersion],
      description:
        'Supplements, amendments and corrigenda of this version that certainly apply on the date, latest first.',
      resolve: (v) => v.modifications,
    }),
  }),
});

const Applicability = builder.objectRef<ApplicabilityAnswer>('Applicability').implement({
  description:
    'Which versions of a standard apply on a date for a scope. Where the record cannot decide, versions are ' +
    'listed under `unknown`, never guessed.',
  fields: (t) => ({
    on: t.expose('on', { type: 'Date', description: 'The date asked about.' }),
    scope: t.expose('scope', { type: ApplicabilityScopeEnum, description: 'The scope asked about.' }),
    vehicleCategory: t.field({
      type: VehicleCategoryEnum,
      nullable: true,
      description: 'The vehicle category asked about; null when the question named none.',
      resolve: (a) => a.vehicleCategory,
    }),
    current: t.field({
      type: StandardVersion,
      nullable: true,
      description:
        'The first of `versions`: the newest base version that certainly applies; null when none certainly does.',
      resolve: (a) => a.current,
    }),
    versions: t.field({
      type: [ApplicableVersion],
      description:
        'Base versions that certainly apply: a version before those it replaces, otherwise the ' +
        'later-taking-effect first.',
      resolve: (a) => a.versions,
    }),
    unknown: t.field({
      type: [StandardVersion],
      description:
        'Versions (base or modification) that may or may not apply on the date: their dates are unknown or imprecise.',
      resolve: (a) => a.unknown,
    }),
    successors: t.field({
      type: [StandardVersion],
      description:
        'Where versions of this standard stopped applying because versions of another standard replaced them: ' +
        'those replacing versions that apply on the date.',
      resolve: (a) => a.successors,
    }),
  }),
});

builder.objectField(Standard, 'applicability', (t) =>
  t.field({
    type: Applicability,
    description: 'Which versions of this standard apply on a date, for new type approvals (default) or existing ones.',
    args: {
      on: t.arg({ type: 'Date', required: true, description: 'The date asked about, e.g. `2026-01-01`.' }),
      scope: t.arg({
        type: ApplicabilityScopeEnum,
        defaultValue: 'NEW_TYPES',
        description: 'New type approvals (default) or existing ones.',
      }),
      vehicleCategory: t.arg({
        type: VehicleCategoryEnum,
        required: false,
        description:
          'Leave out the versions (and modifications, unknown versions, successors) that record vehicle ' +
          'categories and not this one. Versions recording none stay: the record does not say they do not apply ' +
          'to it.',
      }),
    },
    resolve: (standard, args, ctx) =>
      applicabilityOfStandard({
        ctx,
        input: {
          standardId: standard.id,
          on: args.on,
          scope: args.scope ?? 'NEW_TYPES',
          vehicleCategory: args.vehicleCategory,
        },
      }),
  }),
);
