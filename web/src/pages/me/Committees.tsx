import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import { formatDate } from '../../i18n/dates.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { localized, useMessages } from '../../i18n/messages.ts';
import { meMessages } from './messages.ts';
import type { Me } from './queries.ts';

export function Committees({ memberships }: { memberships: Me['memberships'] }) {
  const t = useMessages(meMessages);
  const { lang } = useLanguage();
  return (
    <section aria-labelledby="me-committees">
      <h2 id="me-committees">{t('committees')}</h2>
      {memberships.length === 0 ? (
        <p>{t('noCommittees')}</p>
      ) : (
        <ul className="me-list">
          {memberships.map((m) => (
            <li key={m.committee.code}>
              <Link to={{ pathname: paths.committee(m.committee.code), search: `?lang=${lang}` }}>
                <strong>{m.committee.code}</strong> {localized(m.committee.name, lang)}
              </Link>
              <span className="me-meta">
                {[
                  t(`role_${m.role}`),
                  m.memberBody ? t('memberBody', { body: m.memberBody }) : null,
                  m.headOfDelegation ? t('headOfDelegation') : null,
                  t('since', { date: formatDate(m.since.slice(0, 10), lang) }),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
