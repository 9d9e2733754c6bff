import type { Lang } from '../../i18n/language.tsx';

/** An instant (the API's `DateTime`, ISO 8601) in the reader's time zone, named: "20 Mar 2026, 16:00 UTC". */
export function formatDateTime(iso: unknown, lang: Lang): string {
  if (typeof iso !== 'string' || !iso) return '';
  const when = new Date(iso);
  if (Number.isNaN(when.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(when);
}
