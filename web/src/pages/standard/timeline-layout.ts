// The geometry of a standard's timeline picture, computed from the versions' recorded dates: pure (no
// DOM, no clock), so it is unit-tested under Node. It draws what the record says; a date known only
// to the month or year is drawn as an "undecided" span over that month or year, never as a guessed day.
// The answer for one date comes from the API, not from here.

export type Scope = 'NEW_TYPES' | 'EXISTING_TYPES';

/** The dates of a version, as the API gives them (`published` may be `YYYY` or `YYYY-MM`). */
export interface TimelineDates {
  designation: string;
  published?: string | null;
  effective?: string | null;
  mandatoryNewTypes?: string | null;
  mandatoryExistingTypes?: string | null;
  withdrawn?: string | null;
}

export interface TimelineVersion extends TimelineDates {
  /** The base version's designation for a modification; null for a base text. */
  base?: string | null;
  /** Versions replacing this one (this standard's or another's), with their dates. */
  replacedBy: TimelineDates[];
}

export interface TimelineInput {
  versions: readonly TimelineVersion[];
  scope: Scope;
  /** The chosen date and today, `YYYY-MM-DD`. */
  on: string;
  today: string;
  /** The width available, in px; the picture is wider (and scrolls) when years would be too narrow. */
  width: number;
}

/** `pending`: published, not yet in effect; `transition`: replaced, both apply; `undecided`: a partial date. */
export type SegmentKind = 'pending' | 'inForce' | 'transition' | 'undecided';
export interface Segment {
  kind: SegmentKind;
  x: number;
  width: number;
  /** Runs on past the right edge: nothing recorded ends it. */
  open: boolean;
  /** Its first day and the day it stops (`to` null when open), for the text equivalent. */
  from: string;
  to: string | null;
}

export type MarkKind = 'cutoffNew' | 'cutoffExisting' | 'withdrawn' | 'modification';
export interface Mark {
  kind: MarkKind;
  x: number;
  /** The span of a partly known date (0 for a known day). */
  width: number;
  date: string;
  /** For a modification, its designation, and the part after its base's (`Suppl. 1`, `XG1-2023`) to print. */
  label?: string;
  short?: string;
}

export interface Row {
  designation: string;
  y: number;
  segments: Segment[];
  marks: Mark[];
  /** No take-effect date is recorded: nothing can be drawn for it. */
  undated: boolean;
  /** Where the bar ends because another standard's versions replaced it: those, printed after the bar. */
  replacedElsewhere?: { x: number; designations: string[] };
}

export interface TimelineLayout {
  width: number;
  height: number;
  /** The time axis: its first and last day, and year ticks. */
  from: string;
  to: string;
  ticks: { x: number; year: number }[];
  rows: Row[];
  onX: number;
  todayX: number;
}

export const GEOMETRY = {
  padding: 12,
  axisHeight: 28,
  rowHeight: 62,
  /** Bars sit below the row's label. */
  barOffset: 22,
  barHeight: 14,
  minPxPerYear: 26,
  /** The least distance between two modification labels. */
  minLabelGap: 56,
  /** The room a "replaced by" label needs after the end of a bar. */
  minEndLabel: 120,
  /** Below the rows: the labels of the chosen date's and today's lines. */
  footerHeight: 22,
};

const DAY = 86_400_000;
const dayNumber = (iso: string): number => {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / DAY;
};
const isoOf = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);

/** The days a date may be: one day, or every day of its month or year. */
export interface DayRange {
  first: number;
  last: number;
}
export function rangeOf(date: string | null | undefined): DayRange | null {
  if (!date) return null;
  const parts = date.split('-').map(Number);
  const [y, m] = parts;
  if (y === undefined || Number.isNaN(y)) return null;
  if (parts.length === 3) return { first: dayNumber(date), last: dayNumber(date) };
  if (parts.length === 2 && m !== undefined) {
    return { first: Date.UTC(y, m - 1, 1) / DAY, last: Date.UTC(y, m, 1) / DAY - 1 };
  }
  return { first: Date.UTC(y, 0, 1) / DAY, last: Date.UTC(y + 1, 0, 1) / DAY - 1 };
}

/** A version takes effect on `effective`, else on `published` (possibly a month or year). */
export const takesEffect = (v: TimelineDates): DayRange | null => rangeOf(v.effective) ?? rangeOf(v.published);

/** When a replacement ends what it replaces for the scope; null when it never does (existing types, no date). */
function cutoffOf(w: TimelineDates, scope: Scope): DayRange | null {
  if (scope === 'EXISTING_TYPES') return rangeOf(w.mandatoryExistingTypes);
  return rangeOf(w.mandatoryNewTypes) ?? takesEffect(w);
}

/** Replacements of a version, followed through this standard's chain (the 02 series' cut-off ends the 00 series). */
function replacementsOf(version: TimelineVersion, byDesignation: Map<string, TimelineVersion>): TimelineDates[] {
  const seen = new Set<string>([version.designation]);
  const found: TimelineDates[] = [];
  const queue = [...version.replacedBy];
  for (let next = queue.shift(); next; next = queue.shift()) {
    if (seen.has(next.designation)) continue;
    seen.add(next.designation);
    found.push(next);
    queue.push(...(byDesignation.get(next.designation)?.replacedBy ?? []));
  }
  return found;
}

interface DaySegment {
  kind: SegmentKind;
  /** Half-open: from `first` up to (not including) `last`; `last: null` runs on past the axis. */
  first: number;
  last: number | null;
}

/** The first day certainly past a range (its only day when the date is known). */
const after = (r: DayRange): number => (r.last > r.first ? r.last + 1 : r.first);

/** The spans of one base version in days, for the scope. */
export function spansOf(version: TimelineVersion, replacements: TimelineDates[], scope: Scope): DaySegment[] {
  const start = takesEffect(version);
  if (!start) return [];
  const spans: DaySegment[] = [];
  const published = rangeOf(version.published);
  if (published && version.effective && published.last < start.first) {
    spans.push({ kind: 'pending', first: published.first, last: start.first });
  }
  if (start.last > start.first) spans.push({ kind: 'undecided', first: start.first, last: after(start) });

  // The end: its withdrawal, or the earliest cut-off of a replacement (the transition runs from that
  // replacement taking effect).
  let end: DayRange | null = rangeOf(version.withdrawn);
  let transitionFrom: DayRange | null = null;
  for (const w of replacements) {
    const begins = takesEffect(w);
    if (!begins) continue;
    if (!transitionFrom || begins.first < transitionFrom.first) transitionFrom = begins;
    const cutoff = cutoffOf(w, scope);
    if (cutoff && (!end || cutoff.first < end.first)) end = cutoff;
  }
  const endFirst = end?.first ?? null;
  const clip = (day: number) => (endFirst === null ? day : Math.min(day, endFirst));
  spans.push({ kind: 'inForce', first: after(start), last: transitionFrom ? clip(transitionFrom.first) : endFirst });
  if (transitionFrom && (endFirst === null || transitionFrom.first < endFirst)) {
    if (transitionFrom.last > transitionFrom.first) {
      spans.push({ kind: 'undecided', first: transitionFrom.first, last: clip(after(transitionFrom)) });
    }
    const from = clip(after(transitionFrom));
    if (endFirst === null || from < endFirst) spans.push({ kind: 'transition', first: from, last: endFirst });
  }
  if (end && end.last > end.first) spans.push({ kind: 'undecided', first: end.first, last: after(end) });
  return spans.filter((s) => s.last === null || s.last > s.first);
}

/** The picture: one row per base version (oldest first), its modifications as marks on it. */
export function layoutTimeline(input: TimelineInput): TimelineLayout {
  const { versions, scope } = input;
  const byDesignation = new Map(versions.map((v) => [v.designation, v]));
  const bases = versions
    .filter((v) => !v.base)
    .map((v) => ({ v, start: takesEffect(v)?.first ?? Number.POSITIVE_INFINITY }))
    .sort((a, b) => a.start - b.start)
    .map(({ v }) => v);

  const known: number[] = [dayNumber(input.on), dayNumber(input.today)];
  const note = (date: string | null | undefined) => {
    const r = rangeOf(date);
    if (r) known.push(r.first, r.last);
  };
  for (const v of versions) {
    for (const date of [v.published, v.effective, v.mandatoryNewTypes, v.mandatoryExistingTypes, v.withdrawn]) {
      note(date);
    }
    for (const w of v.replacedBy) note(w.mandatoryNewTypes ?? w.effective ?? w.published);
  }
  const firstYear = new Date(Math.min(...known) * DAY).getUTCFullYear();
  const lastYear = new Date(Math.max(...known) * DAY).getUTCFullYear() + 1;
  const from = Date.UTC(firstYear, 0, 1) / DAY;
  const to = Date.UTC(lastYear + 1, 0, 1) / DAY - 1;
  const years = lastYear - firstYear + 1;

  const { padding, axisHeight, rowHeight } = GEOMETRY;
  const pxPerYear = Math.max(GEOMETRY.minPxPerYear, (input.width - 2 * padding) / years);
  const width = Math.round(2 * padding + years * pxPerYear);
  const xOf = (day: number) => padding + ((day - from) / (to + 1 - from)) * years * pxPerYear;
  const right = width - padding;

  // A year label needs about 40 px: label every second year below that.
  const step = pxPerYear >= 40 ? 1 : 2;
  const ticks = [];
  for (let year = firstYear; year <= lastYear; year++) {
    if ((year - firstYear) % step === 0) ticks.push({ x: xOf(Date.UTC(year, 0, 1) / DAY), year });
  }

  const rows: Row[] = bases.map((v, i) => {
    const segments = spansOf(v, replacementsOf(v, byDesignation), scope).map((s) => {
      const x = xOf(s.first);
      const open = s.last === null;
      const end = s.last === null ? right : xOf(s.last);
      const to = s.last === null ? null : isoOf(s.last);
      return { kind: s.kind, x, width: Math.max(open ? 0 : 2, end - x), open, from: isoOf(s.first), to };
    });
    const marks: Mark[] = [];
    const mark = (kind: MarkKind, date: string | null | undefined, label?: string) => {
      const r = rangeOf(date);
      if (!r || !date) return;
      const x = xOf(r.first);
      const rest = label?.startsWith(v.designation) ? label.slice(v.designation.length).replace(/^[\s/·-]+/u, '') : '';
      const short = rest || label;
      marks.push({ kind, x, width: r.last > r.first ? xOf(r.last + 1) - x : 0, date, label, short });
    };
    mark('cutoffNew', v.mandatoryNewTypes);
    mark('cutoffExisting', v.mandatoryExistingTypes);
    mark('withdrawn', v.withdrawn);
    for (const m of versions.filter((candidate) => candidate.base === v.designation)) {
      mark('modification', m.effective ?? m.published, m.designation);
    }
    // A label too close to the previous one is left out (the mark keeps its tooltip; the table lists it).
    let lastLabelX = Number.NEGATIVE_INFINITY;
    for (const m of marks.filter((candidate) => candidate.kind === 'modification').sort((a, b) => a.x - b.x)) {
      if (m.x - lastLabelX < GEOMETRY.minLabelGap) m.short = undefined;
      else lastLabelX = m.x;
    }
    const elsewhere = v.replacedBy.filter((w) => !byDesignation.has(w.designation)).map((w) => w.designation);
    const last = segments.at(-1);
    const replacedElsewhere =
      elsewhere.length > 0 && last && !last.open && last.x + last.width + GEOMETRY.minEndLabel < right
        ? { x: last.x + last.width, designations: elsewhere }
        : undefined;
    const undated = !takesEffect(v);
    return { designation: v.designation, y: axisHeight + i * rowHeight, segments, marks, undated, replacedElsewhere };
  });

  return {
    width,
    height: axisHeight + Math.max(1, rows.length) * rowHeight + GEOMETRY.footerHeight,
    from: isoOf(from),
    to: isoOf(to),
    ticks,
    rows,
    onX: xOf(dayNumber(input.on)),
    todayX: xOf(dayNumber(input.today)),
  };
}
