import { formatDate } from '../../i18n/dates.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { standardMessages } from './messages.ts';

/** A registry date as the reader writes dates; a partial one says it is known only to the month or year. */
export function DateText({ date }: { date: string | null | undefined }) {
  const t = useMessages(standardMessages);
  const { lang } = useLanguage();
  if (!date) return <span className="muted">{t('notRecorded')}</span>;
  const parts = date.split('-').length;
  return (
    <time dateTime={date}>
      {formatDate(date, lang)}
      {parts < 3 && <span className="partial"> ({t(parts === 2 ? 'partialMonth' : 'partialYear')})</span>}
    </time>
  );
}
