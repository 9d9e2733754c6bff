import type { Lang } from './language.tsx';

// A registry date is a calendar day (or a month or year, for partial dates): it is formatted as
// that day in UTC so that no reader's time zone moves it to the day before.

function localeOf(lang: Lang): string {
  const preferred = typeof navigator === 'undefined' ? [] : (navigator.languages ?? []);
  return preferred.find((tag) => tag.toLowerCase().startsWith(lang)) ?? (lang === 'zh' ? 'zh-CN' : 'en-GB');
}

/** `2024-07-01` → "1 Jul 2024" / "2024年7月1日"; `2024-07` → "Jul 2024"; `2024` → "2024". */
export function formatDate(date: string | null | undefined, lang: Lang): string {
  if (!date) return '';
  const [year, month, day] = date.split('-').map(Number);
  if (year === undefined || Number.isNaN(year)) return date;
  if (month === undefined) return String(year);
  const when = new Date(Date.UTC(year, month - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions =
    day === undefined
      ? { year: 'numeric', month: 'short', timeZone: 'UTC' }
      : { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(localeOf(lang), options).format(when);
}

/** Today as the reader's calendar day, `YYYY-MM-DD` (the default "on" date of the pages). */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
