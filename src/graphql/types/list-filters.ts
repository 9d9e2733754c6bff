import { builder } from '../builder.ts';

/** An inclusive window of days, for list filters. */
export const DateRangeInput = builder.inputType('DateRange', {
  description: 'An inclusive window of days. A date known only to the month or year is within it when its whole month or year is.',
  fields: (t) => ({
    from: t.field({ type: 'Date', required: true, description: 'The first day of the window.' }),
    to: t.field({ type: 'Date', required: true, description: 'The last day of the window (not before `from`).' }),
  }),
});
