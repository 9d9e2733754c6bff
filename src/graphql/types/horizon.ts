import { resolveArrayConnection } from '@pothos/plugin-relay';
import { HORIZON_CHANGE_KINDS } from '../../domain/horizon/changes.ts';
import { horizonOf, MAX_HORIZON_DAYS, type HorizonEntry } from '../../domain/horizon/horizonOf.ts';
import { builder, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../builder.ts';
import { withoutEmptyPageCursors } from '../empty-page.ts';
import { enumOf } from './enum-of.ts';
import { ApplicabilityScopeEnum, DatePrecisionEnum, StandardKindEnum, VehicleCategoryEnum } from './enums.ts';
import { StandardVersion } from './version.ts';

const HorizonChangeKindEnum = enumOf(
  'HorizonChangeKind',
  'What happens on a date of the horizon.',
  HORIZON_CHANGE_KINDS,
  {
    TAKES_EFFECT: 'The version starts to apply (its implementation date, or its publication when it has none).',
    MANDATORY_NEW_TYPES:
      'Compliance with the version becomes required for new type approvals; older versions stop applying to them.',
    MANDATORY_EXISTING_TYPES:
      'Compliance with the version becomes required for types approved before; older versions stop applying to them.',
    STOPS_APPLYING: 'The version reaches a cut-off for `scope`: the change that caused it lists it in its `ends`.',
    WITHDRAWN: 'The version is withdrawn: it stops applying for every scope.',
  },
);

const HorizonChange = builder.objectRef<HorizonEntry>('HorizonChange').implement({
  description: 'One dated change of the regulatory horizon.',
  fields: (t) => ({
    date: t.field({
      type: 'PartialDate',
      description: 'When: a day, or a month or a year when only that is known (see `precision`); never a guessed day.',
      resolve: (c) => c.date,
    }),
    precision: t.field({
      type: DatePrecisionEnum,
      description: 'How precisely `date` is known.',
      resolve: (c) => c.precision,
    }),
    earliest: t.field({
      type: 'Date',
      description: 'The first day the change may fall on.',
      resolve: (c) => c.when.lo,
    }),
    latest: t.field({
      type: 'Date',
      description: 'The last day the change may fall on (`earliest` when the day is known).',
      resolve: (c) => c.when.hi,
    }),
    kind: t.field({ type: HorizonChangeKindEnum, description: 'What happens.', resolve: (c) => c.kind }),
    scope: t.field({
      type: ApplicabilityScopeEnum,
      nullable: true,
      description: 'The scope a mandatory date or a cut-off concerns; null when the change concerns every scope.',
      resolve: (c) => c.scope,
    }),
    version: t.field({
      type: StandardVersion,
      description: 'The version the change is about.',
      resolve: (c) => c.version,
    }),
    ends: t.field({
      type: [StandardVersion],
      description:
        'For a cut-off: the base versions that stop applying for its scope on that date, through the replacement ' +
        'chain. Empty otherwise.',
      resolve: (c) => c.ends,
    }),
  }),
});

export const HorizonFilter = builder.inputType('HorizonFilter', {
  description:
    'Narrows the horizon to some standards; all given conditions must hold. Cut-offs caused by other standards ' +
    'that end their versions are kept.',
  fields: (t) => ({
    standards: t.stringList({
      required: false,
      description: 'Standards by designation root, e.g. `GB 38031`, `UN R155`.',
    }),
    kinds: t.field({ type: [StandardKindEnum], required: false, description: 'Standards of any of these kinds.' }),
    committee: t.string({
      required: false,
      description: 'Standards of the committee with this code or of any committee below it.',
    }),
    text: t.string({
      required: false,
      description: 'Standards whose designation or English or Chinese title contains this text.',
    }),
    vehicleCategories: t.field({
      type: [VehicleCategoryEnum],
      required: false,
      description:
        'Changes of versions that record any of these vehicle categories. A version recording none is not ' +
        'matched (not recorded is not "all").',
    }),
  }),
});

builder.queryFields((t) => ({
  horizon: t.connection(
    {
      type: HorizonChange,
      description:
        `The regulatory horizon: every dated change in [from, to] (at most ${MAX_HORIZON_DAYS} days), oldest first: ` +
        `versions taking effect, becoming mandatory for new or existing types, reaching a cut-off, withdrawn. ` +
        `Applying these changes to the applicability on \`from\` gives the applicability on any later day of the ` +
        `window. Pages hold at most ${MAX_PAGE_SIZE}.`,
      args: {
        from: t.arg({ type: 'Date', required: true, description: 'The first day of the window.' }),
        to: t.arg({ type: 'Date', required: true, description: 'The last day of the window.' }),
        filter: t.arg({ type: HorizonFilter, required: false, description: 'Conditions on the standards.' }),
        changes: t.arg({
          type: [HorizonChangeKindEnum],
          required: false,
          description: 'Keep changes of these kinds only (left out or empty: every kind); `totalCount` counts these.',
        }),
      },
      resolve: (_root, args, ctx) => {
        const changes = horizonOf({
          ctx,
          input: { from: args.from, to: args.to, filter: args.filter, changes: args.changes },
        });
        const page = resolveArrayConnection({ args, defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE }, changes);
        return { ...withoutEmptyPageCursors(page!), totalCount: changes.length };
      },
    },
    {
      name: 'HorizonChangeConnection',
      description: 'A page of the horizon, oldest change first.',
      fields: (c) => ({
        totalCount: c.int({
          description: 'How many changes the whole window holds, across all pages.',
          resolve: (p) => (p as unknown as { totalCount: number }).totalCount,
        }),
      }),
    },
    { name: 'HorizonChangeEdge', description: 'One change, with its cursor.' },
  ),
}));
