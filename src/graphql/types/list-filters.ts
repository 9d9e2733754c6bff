import { builder } from '../builder.ts';
import { ApplicabilityScopeEnum, VersionStatusEnum } from './enums.ts';

/** An inclusive window of days, for list filters. */
export const DateRangeInput = builder.inputType('DateRange', {
  description:
    'An inclusive window of days. A date known only to the month or year is within it when its whole month or year is.',
  fields: (t) => ({
    from: t.field({ type: 'Date', required: true, description: 'The first day of the window.' }),
    to: t.field({ type: 'Date', required: true, description: 'The last day of the window (not before `from`).' }),
  }),
});

export const VersionStatusFilter = builder.inputType('VersionStatusFilter', {
  description:
    'Keeps versions whose status on a date, for a scope, is one of the given statuses. Computed from the ' +
    'applicability rule, never stored.',
  fields: (t) => ({
    on: t.field({ type: 'Date', required: true, description: 'The date of the status.' }),
    scope: t.field({
      type: ApplicabilityScopeEnum,
      required: false,
      defaultValue: 'NEW_TYPES',
      description: 'New type approvals (default) or existing ones.',
    }),
    statuses: t.field({
      type: [VersionStatusEnum],
      required: true,
      description: 'The statuses to keep, e.g. `[IN_TRANSITION]`.',
    }),
  }),
});
