import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import { formatDate } from '../../i18n/dates.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { localized, useMessages } from '../../i18n/messages.ts';
import { formatMoment } from './format.ts';
import { meMessages } from './messages.ts';
import type { Me } from './queries.ts';

type Watch = NonNullable<Me['watching']>[number];

function horizonText(filter: NonNullable<Watch['horizonFilter']>): string {
  return [filter.text, filter.committee, ...(filter.standards ?? []), ...(filter.kinds ?? [])]
    .filter(Boolean)
    .join(', ');
}

/** What the person follows and where their notifications go (both changed through the API for now). */
export function Following({ watching, webhooks }: { watching: Watch[]; webhooks: NonNullable<Me['webhooks']> }) {
  const t = useMessages(meMessages);
  const { lang } = useLanguage();
  return (
    <section aria-labelledby="me-following">
      <h2 id="me-following">{t('following')}</h2>
      <p>{t('followingIntro')}</p>
      {watching.length === 0 ? (
        <p>{t('noFollowing')}</p>
      ) : (
        <ul className="me-list">
          {watching.map((watch) => (
            <li key={watch.id}>
              {watch.standard && (
                <>
                  <span className="me-kind">{t('standard')}</span>
                  <Link to={paths.standard(watch.standard.designation)}>{watch.standard.designation}</Link>{' '}
                  {localized(watch.standard.title, lang)}
                </>
              )}
              {watch.committee && (
                <>
                  <span className="me-kind">{t('committee')}</span>
                  <strong>{watch.committee.code}</strong> {localized(watch.committee.name, lang)}
                </>
              )}
              {watch.horizonFilter && (
                <>
                  <span className="me-kind">{t('horizonFilter')}</span>
                  {watch.name || horizonText(watch.horizonFilter)}
                </>
              )}
              <span className="me-meta">
                {t('since', { date: formatDate(String(watch.since).slice(0, 10), lang) })}
              </span>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('webhooks')}</h3>
      {webhooks.length === 0 ? (
        <p>{t('noWebhooks')}</p>
      ) : (
        <ul className="me-list">
          {webhooks.map((hook) => (
            <li key={hook.id}>
              <code>{hook.url}</code>
              <span className="me-meta">
                {[
                  hook.enabled ? t('enabled') : t('disabled', { date: formatMoment(hook.disabledAt, lang) }),
                  hook.failingSince ? t('failing', { date: formatMoment(hook.failingSince, lang) }) : null,
                  hook.kinds.length ? hook.kinds.join(', ') : t('allKinds'),
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
