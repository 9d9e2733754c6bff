import type { Lang } from '../../i18n/language.tsx';

/**
 * A moment (sign-in, last use) in the reader's own time zone: unlike a standard's dates, these are
 * instants. `DateTime` values reach the web app untyped (an ISO string).
 */
export function formatMoment(iso: unknown, lang: Lang): string {
  if (typeof iso !== 'string' || !iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(
    date,
  );
}
