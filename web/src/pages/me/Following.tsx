import { useState } from 'react';
import { Link } from 'react-router';
import { ApiError, request } from '../../api/client.ts';
import { paths } from '../../app/paths.ts';
import { AuthError } from '../../auth/AuthError.tsx';
import { formatDate } from '../../i18n/dates.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { localized, useMessages } from '../../i18n/messages.ts';
import { followMessages } from './followMessages.ts';
import { meMessages } from './messages.ts';
import { type Me, UnfollowCommitteeDoc, UnfollowHorizonFilterDoc, UnfollowStandardDoc } from './queries.ts';

type Watch = NonNullable<Me['watching']>[number];

function horizonText(filter: NonNullable<Watch['horizonFilter']>): string {
  return [filter.text, filter.committee, ...(filter.standards ?? []), ...(filter.kinds ?? [])]
    .filter(Boolean)
    .join(', ');
}

/** Stops following what a watch follows: a standard, a committee or a saved horizon filter. */
function unfollow(watch: Watch): Promise<unknown> {
  if (watch.standard) return request(UnfollowStandardDoc, { input: { standardId: watch.standard.id } });
  if (watch.committee) return request(UnfollowCommitteeDoc, { input: { committeeId: watch.committee.id } });
  return request(UnfollowHorizonFilterDoc, { input: { watchId: watch.id } });
}

/** What the person follows, each with its Unfollow button. */
export function Following({ watching, onChange }: { watching: Watch[]; onChange(): void }) {
  const t = useMessages(meMessages);
  const f = useMessages(followMessages);
  const { lang } = useLanguage();
  const [error, setError] = useState<ApiError | null>(null);

  async function stop(watch: Watch) {
    setError(null);
    try {
      await unfollow(watch);
      onChange();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError('UNKNOWN', String(caught)));
    }
  }
  const nameOf = (watch: Watch) =>
    watch.standard?.designation ??
    watch.committee?.code ??
    (watch.horizonFilter ? watch.name || horizonText(watch.horizonFilter) : '');

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
                  {nameOf(watch)}
                </>
              )}
              <span className="me-meta">
                {t('since', { date: formatDate(String(watch.since).slice(0, 10), lang) })}
              </span>
              <button
                type="button"
                aria-label={f('unfollowNamed', { name: nameOf(watch) })}
                onClick={() => void stop(watch)}
              >
                {f('unfollow')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="field-hint">{f('followHint')}</p>
      {error && <AuthError error={error} />}
    </section>
  );
}
