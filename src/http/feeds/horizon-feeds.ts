import { createHash } from 'node:crypto';
import { designationKey } from '../../domain/designation.ts';
import type { HorizonFeedEntry } from '../../domain/horizon/horizonFeedOf.ts';
import type { CalendarEvent } from './ical.ts';
import type { CsvValue } from './csv.ts';
import type { Lang } from './params.ts';

// The horizon as calendar events and CSV rows, in English or Chinese (the words labs use on the
// national standards information platform). A change whose day is not known is never shown on a
// guessed day: its event spans every day it may fall on, and its summary says how well it is known.

const WHAT: Record<Lang, Record<string, string>> = {
  en: {
    TAKES_EFFECT: 'takes effect',
    MANDATORY_NEW_TYPES: 'becomes mandatory for new types',
    MANDATORY_EXISTING_TYPES: 'becomes mandatory for existing types',
    STOPS_APPLYING_NEW_TYPES: 'stops applying to new types',
    STOPS_APPLYING_EXISTING_TYPES: 'stops applying to existing types',
    WITHDRAWN: 'is withdrawn',
  },
  zh: {
    TAKES_EFFECT: '实施',
    MANDATORY_NEW_TYPES: '对新申请型式批准车型强制执行',
    MANDATORY_EXISTING_TYPES: '对已获批车型强制执行',
    STOPS_APPLYING_NEW_TYPES: '停止适用于新申请型式批准车型',
    STOPS_APPLYING_EXISTING_TYPES: '停止适用于已获批车型',
    WITHDRAWN: '废止',
  },
};

function what(entry: HorizonFeedEntry, lang: Lang): string {
  return WHAT[lang][entry.kind === 'STOPS_APPLYING' ? `STOPS_APPLYING_${entry.scope}` : entry.kind]!;
}

/** How well the date is known, in words; empty when the day is known. */
export function precisionNote(entry: HorizonFeedEntry, lang: Lang): string {
  const { lo, hi } = entry.when;
  switch (entry.precision) {
    case 'DAY':
      return '';
    case 'MONTH':
      return lang === 'zh' ? `（日期仅知到月：${entry.date}）` : ` (date known to the month: ${entry.date})`;
    case 'YEAR':
      return lang === 'zh' ? `（日期仅知到年：${entry.date}）` : ` (date known to the year: ${entry.date})`;
    default:
      return lang === 'zh' ? `（日期未知，在 ${lo} 至 ${hi} 之间）` : ` (date not known: between ${lo} and ${hi})`;
  }
}

export function summaryOf(entry: HorizonFeedEntry, lang: Lang): string {
  return `${entry.version.designation} ${what(entry, lang)}${precisionNote(entry, lang)}`;
}

function descriptionOf(entry: HorizonFeedEntry, lang: Lang): string {
  const title = lang === 'zh' ? (entry.standard.titleZh ?? entry.standard.titleEn) : entry.standard.titleEn;
  const lines = [`${entry.standard.designation}: ${title}`];
  if (entry.ends.length > 0) {
    const names = entry.ends.map((v) => v.designation).join(', ');
    lines.push(lang === 'zh' ? `代替：${names}` : `Ends: ${names}`);
  }
  return lines.join('\n');
}

/**
 * The change's UID: the same change keeps it when its date is corrected, so a subscribed calendar
 * moves the event rather than adding a second one. Built from designations, not storage ids, so a
 * registry loaded from an export gives the same UIDs.
 */
function uidOf(entry: HorizonFeedEntry): string {
  const identity = `${entry.kind}|${entry.scope ?? ''}|${designationKey(entry.version.designation)}`;
  return `${createHash('sha256').update(identity).digest('hex').slice(0, 32)}@horizon.vehicle-standards-registry`;
}

/** The events, made as they are read. */
export function* calendarEventsOf(entries: readonly HorizonFeedEntry[], lang: Lang): Generator<CalendarEvent> {
  const seen = new Map<string, number>();
  for (const entry of entries) {
    let uid = uidOf(entry);
    // Two cut-offs of one version for one scope on different days (possible with imprecise dates):
    // the later ones take their first day into the UID, so UIDs stay unique in the calendar.
    const count = seen.get(uid) ?? 0;
    seen.set(uid, count + 1);
    if (count > 0) uid = uid.replace('@', `-${entry.when.lo}@`);
    yield {
      uid,
      start: entry.when.lo,
      end: entry.when.hi,
      summary: summaryOf(entry, lang),
      description: descriptionOf(entry, lang),
      categories: [entry.kind],
    };
  }
}

export const HORIZON_CSV_HEADER = [
  'date',
  'precision',
  'earliest',
  'latest',
  'kind',
  'scope',
  'standard',
  'version',
  'ends',
  'summary',
] as const;

/** The rows, made as they are read. */
export function* horizonCsvRows(entries: readonly HorizonFeedEntry[], lang: Lang): Generator<CsvValue[]> {
  for (const e of entries)
    yield [
      e.date,
      e.precision,
      e.when.lo,
      e.when.hi,
      e.kind,
      e.scope,
      e.standard.designation,
      e.version.designation,
      e.ends.map((v) => v.designation).join('; '),
      summaryOf(e, lang),
    ];
}
