import { isIsoDate, type IsoDate } from '../../domain/dates.ts';
import {
  APPLICABILITY_SCOPES,
  STANDARD_KINDS,
  VEHICLE_CATEGORIES,
  type ApplicabilityScope,
  type StandardKind,
  type VehicleCategory,
} from '../../domain/enums.ts';
import { HORIZON_CHANGE_KINDS, type HorizonChangeKind } from '../../domain/horizon/changes.ts';
import type { HorizonFilter } from '../../domain/horizon/horizonOf.ts';
import { textLimitOf } from '../text-limits.ts';

// Query parameters of the feeds (docs/api.md, "Feeds and exports"). Strict: an unknown or repeated
// single-valued parameter is refused, so a typo (`form=`) never silently widens the answer.

export class BadParameter extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

export type Lang = 'en' | 'zh';

const FILTER_PARAMS = ['standards', 'kinds', 'committee', 'text', 'vehicleCategories'] as const;
/** At most this many values in one list parameter (the GraphQL input list limit's order of size). */
const MAX_LIST = 100;

function reader(query: URLSearchParams, allowed: readonly string[]) {
  for (const name of new Set(query.keys())) {
    if (!allowed.includes(name))
      throw new BadParameter(name, `Unknown parameter "${name}"; this feed takes ${allowed.join(', ')}.`);
  }
  // Values are capped as the same arguments are in GraphQL (text-limits.ts).
  const capped = (name: string, value: string): string => {
    const max = textLimitOf(`HorizonFilter.${name}`);
    if (value.length > max)
      throw new BadParameter(name, `"${name}" takes at most ${max} characters; got ${value.length}.`);
    return value;
  };
  const one = (name: string): string | null => {
    const values = query.getAll(name);
    if (values.length > 1) throw new BadParameter(name, `"${name}" is given ${values.length} times; give it once.`);
    return values[0] === undefined ? null : capped(name, values[0]);
  };
  // Repeatable (`kinds=GB&kinds=GB_T`) or comma-separated (`kinds=GB,GB_T`); blanks ignored.
  const list = (name: string): string[] => {
    const values = query
      .getAll(name)
      .flatMap((v) => v.split(','))
      .map((v) => capped(name, v.trim()))
      .filter((v) => v !== '');
    if (values.length > MAX_LIST) throw new BadParameter(name, `"${name}" has more than ${MAX_LIST} values.`);
    return values;
  };
  const date = (name: string, fallback?: IsoDate): IsoDate => {
    const value = one(name);
    if (value === null || value === '') {
      if (fallback !== undefined) return fallback;
      throw new BadParameter(name, `"${name}" is required: a date written YYYY-MM-DD.`);
    }
    if (!isIsoDate(value))
      throw new BadParameter(
        name,
        `"${name}" must be a real calendar date written YYYY-MM-DD; got ${JSON.stringify(value)}.`,
      );
    return value;
  };
  const choice = <T extends string>(name: string, values: readonly T[], fallback: T): T => {
    const value = one(name);
    if (value === null || value === '') return fallback;
    if (!(values as readonly string[]).includes(value))
      throw new BadParameter(name, `"${name}" must be one of ${values.join(', ')}; got ${JSON.stringify(value)}.`);
    return value as T;
  };
  const codes = <T extends string>(name: string, known: readonly T[], what: string): T[] =>
    list(name).map((value) => {
      if (!(known as readonly string[]).includes(value))
        throw new BadParameter(name, `Unknown ${what} ${JSON.stringify(value)}; expected ${known.join(', ')}.`);
      return value as T;
    });
  const filter = (): HorizonFilter => ({
    standards: list('standards'),
    kinds: codes<StandardKind>('kinds', STANDARD_KINDS, 'kind'),
    committee: one('committee') || null,
    text: one('text') || null,
    vehicleCategories: codes<VehicleCategory>('vehicleCategories', VEHICLE_CATEGORIES, 'vehicle category'),
  });
  return { date, choice, filter, codes };
}

export interface HorizonParams {
  from: IsoDate;
  to: IsoDate;
  filter: HorizonFilter;
  /** Kinds of change kept; empty: every kind. */
  changes: HorizonChangeKind[];
  lang: Lang;
}

/** `from`, `to` (required), the filter, `changes`, `lang`. */
export function horizonParams(query: URLSearchParams): HorizonParams {
  const read = reader(query, ['from', 'to', ...FILTER_PARAMS, 'changes', 'lang']);
  return {
    from: read.date('from'),
    to: read.date('to'),
    filter: read.filter(),
    changes: read.codes<HorizonChangeKind>('changes', HORIZON_CHANGE_KINDS, 'kind of change'),
    lang: read.choice('lang', ['en', 'zh'] as const, 'en'),
  };
}

export interface StatusTableParams {
  on: IsoDate;
  scope: ApplicabilityScope;
  filter: HorizonFilter;
  lang: Lang;
}

/** `on` (default today, UTC), `scope`, the filter, `lang`. */
export function statusTableParams(query: URLSearchParams, today: IsoDate): StatusTableParams {
  const read = reader(query, ['on', 'scope', ...FILTER_PARAMS, 'lang']);
  return {
    on: read.date('on', today),
    scope: read.choice('scope', APPLICABILITY_SCOPES, 'NEW_TYPES'),
    filter: read.filter(),
    lang: read.choice('lang', ['en', 'zh'] as const, 'en'),
  };
}

/** The filter alone. */
export function exportParams(query: URLSearchParams): HorizonFilter {
  return reader(query, FILTER_PARAMS).filter();
}

/** Whether a filter keeps fewer than every standard. */
export const isFiltered = (filter: HorizonFilter): boolean =>
  Boolean(
    filter.standards?.length ||
      filter.kinds?.length ||
      filter.committee != null ||
      filter.text?.trim() ||
      filter.vehicleCategories?.length,
  );
