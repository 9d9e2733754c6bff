// The horizon page's state lives in the URL, under the same parameter names as the feeds
// (/horizon.ics, /horizon.csv), so the page's permalink and its feed links carry the same filter.

// The kinds of standard and the vehicle categories are the registry's own lists (a leaf module of
// plain constants, bundled into the page), so the filter offers exactly what the API accepts.
import {
  STANDARD_KINDS,
  type StandardKind,
  VEHICLE_CATEGORIES,
  type VehicleCategory,
} from '../../../../src/vocabulary/enums.ts';

export { STANDARD_KINDS, type StandardKind, VEHICLE_CATEGORIES, type VehicleCategory };
export const CHANGE_KINDS = [
  'TAKES_EFFECT',
  'MANDATORY_NEW_TYPES',
  'MANDATORY_EXISTING_TYPES',
  'STOPS_APPLYING',
  'WITHDRAWN',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
/** The API's longest window, in days (five years and a leap day). */
export const MAX_WINDOW_DAYS = 1827;
export const PRESET_MONTHS = [6, 12, 24] as const;

export interface HorizonState {
  from: string;
  to: string;
  kinds: StandardKind[];
  vehicleCategories: VehicleCategory[];
  committee: string | null;
  /** Kinds of change kept; empty: every kind. */
  changes: ChangeKind[];
  view: 'list' | 'calendar';
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/u;

/** A real calendar day written YYYY-MM-DD. */
export function isIsoDay(value: string): boolean {
  if (!ISO_DAY.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const iso = (date: Date) => date.toISOString().slice(0, 10);

/** The same day `months` later (the month's last day when it has fewer days). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return iso(new Date(Date.UTC(y, m - 1 + months, Math.min(d, last))));
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

const listOf = <T extends string>(params: URLSearchParams, name: string, known: readonly T[]): T[] => {
  const values = params
    .getAll(name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim());
  return known.filter((value) => values.includes(value));
};

/** The page's state from its URL; a missing window is the next 12 months from `today`. */
export function stateOf(params: URLSearchParams, today: string): HorizonState {
  const from = params.get('from') ?? today;
  return {
    from,
    to: params.get('to') ?? (isIsoDay(from) ? addMonths(from, 12) : ''),
    kinds: listOf(params, 'kinds', STANDARD_KINDS),
    vehicleCategories: listOf(params, 'vehicleCategories', VEHICLE_CATEGORIES),
    committee: params.get('committee') || null,
    changes: listOf(params, 'changes', CHANGE_KINDS),
    view: params.get('view') === 'calendar' ? 'calendar' : 'list',
  };
}

/** What is wrong with the window, if anything. */
export function windowProblem(state: HorizonState): 'invalidDate' | 'reversed' | 'tooLong' | null {
  if (!isIsoDay(state.from) || !isIsoDay(state.to)) return 'invalidDate';
  const days = daysBetween(state.from, state.to);
  if (days < 0) return 'reversed';
  return days > MAX_WINDOW_DAYS ? 'tooLong' : null;
}

/** The filter parameters (as the feeds take them). */
export function filterParams(state: HorizonState): URLSearchParams {
  const params = new URLSearchParams({ from: state.from, to: state.to });
  if (state.kinds.length) params.set('kinds', state.kinds.join(','));
  if (state.vehicleCategories.length) params.set('vehicleCategories', state.vehicleCategories.join(','));
  if (state.committee) params.set('committee', state.committee);
  if (state.changes.length) params.set('changes', state.changes.join(','));
  return params;
}

/** The page's own query string: the filter, the view and the language. */
export function pageParams(state: HorizonState, lang: string): URLSearchParams {
  const params = filterParams(state);
  if (state.view === 'calendar') params.set('view', 'calendar');
  params.set('lang', lang);
  return params;
}

/** `/horizon.ics?…` or `/horizon.csv?…` with the page's filter and language. */
export function feedHref(format: 'ics' | 'csv', state: HorizonState, lang: string): string {
  const params = filterParams(state);
  params.set('lang', lang);
  return `/horizon.${format}?${params}`;
}

/** The API's filter for the state (null when nothing narrows it). */
export function apiFilter(state: HorizonState) {
  const filter = {
    ...(state.kinds.length ? { kinds: state.kinds } : {}),
    ...(state.vehicleCategories.length ? { vehicleCategories: state.vehicleCategories } : {}),
    ...(state.committee ? { committee: state.committee } : {}),
  };
  return Object.keys(filter).length ? filter : null;
}

/** The block a change is shown in: its month (`2025-04`), or its year (`2023`) when only that is known. */
export const blockOf = (change: { date: string }): string => change.date.slice(0, 7);

/** Every month of the window, `YYYY-MM`, oldest first. */
export function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  for (let month = `${from.slice(0, 7)}-01`; month.slice(0, 7) <= to.slice(0, 7); month = addMonths(month, 1)) {
    months.push(month.slice(0, 7));
  }
  return months;
}

/** Changes grouped by block, blocks in order (a year block before its months). */
export function groupByBlock<T extends { date: string }>(changes: T[], blocks: string[] = []): [string, T[]][] {
  const groups = new Map<string, T[]>(blocks.map((block) => [block, []]));
  for (const change of changes) {
    const block = blockOf(change);
    groups.set(block, [...(groups.get(block) ?? []), change]);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
}
