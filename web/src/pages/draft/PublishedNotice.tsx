import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import type { WebPublishedVersionFragment } from '../../gql/graphql.ts';
import { formatDate } from '../../i18n/dates.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { publishMessages } from './publishMessages.ts';

/** A published draft: the version it became, with a link to its standard's lab page; focused right after publishing. */
export function PublishedNotice({ version, focus }: { version: WebPublishedVersionFragment; focus: boolean }) {
  const t = useMessages(publishMessages);
  const { lang } = useLanguage();
  const notice = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focus) notice.current?.focus();
  }, [focus]);
  return (
    <section className="published-notice" ref={notice} tabIndex={-1} aria-labelledby="published-title">
      <h2 id="published-title">
        {t('done', { designation: version.designation, date: formatDate(version.published, lang) })}
      </h2>
      {version.effective && <p>{t('doneEffective', { date: formatDate(version.effective, lang) })}</p>}
      <p>
        <Link to={{ pathname: paths.standard(version.standard.designation), search: `?lang=${lang}` }}>
          {t('labPage', { standard: version.standard.designation })}
        </Link>
      </p>
    </section>
  );
}
