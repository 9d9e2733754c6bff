import { useState } from 'react';
import { ApiError, request } from '../../api/client.ts';
import { AuthError } from '../../auth/AuthError.tsx';
import { SignOutDoc } from '../../auth/signOut.ts';
import { useViewer } from '../../auth/useViewer.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { clearAllEdits } from '../editor/storedEdits.ts';
import { browserName } from './browserName.ts';
import { formatMoment } from './format.ts';
import { meMessages } from './messages.ts';
import { type Me, RevokeSessionDoc } from './queries.ts';

/** The person's browser sessions, this one marked; end one elsewhere, or all of them. */
export function Sessions({ sessions, onChange }: { sessions: NonNullable<Me['sessions']>; onChange(): void }) {
  const t = useMessages(meMessages);
  const { lang } = useLanguage();
  const { refresh } = useViewer();
  const [error, setError] = useState<ApiError | null>(null);

  async function run(action: () => Promise<unknown>, then: () => void) {
    setError(null);
    try {
      await action();
      then();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError('UNKNOWN', String(caught)));
    }
  }

  return (
    <section aria-labelledby="me-sessions">
      <h2 id="me-sessions">{t('sessions')}</h2>
      <p>{t('sessionsIntro')}</p>
      <ul className="me-list">
        {sessions.map((session) => (
          <li key={session.id} className={session.current ? 'me-current' : undefined}>
            <strong title={session.userAgent ?? undefined}>
              {session.userAgent ? browserName(session.userAgent) : t('unknownBrowser')}
            </strong>
            {session.current && <span className="me-badge">{t('thisBrowser')}</span>}
            <span className="me-meta">
              {t('signedInOn', { date: formatMoment(session.createdAt, lang) })} ·{' '}
              {t('lastSeen', { date: formatMoment(session.lastSeenAt, lang) })} ·{' '}
              {t('endsAt', { date: formatMoment(session.endsAt, lang) })}
            </span>
            {!session.current && (
              <button
                type="button"
                aria-label={`${t('endSession')} (${t('signedInOn', { date: formatMoment(session.createdAt, lang) })})`}
                onClick={() => run(() => request(RevokeSessionDoc, { input: { sessionId: session.id } }), onChange)}
              >
                {t('endSession')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <p>
        <button
          type="button"
          onClick={() =>
            run(
              () => request(SignOutDoc, { input: { everywhere: true } }),
              () => {
                clearAllEdits();
                refresh();
              },
            )
          }
        >
          {t('everywhere')}
        </button>{' '}
        <span className="field-hint">{t('everywhereHint')}</span>
      </p>
      {error && <AuthError error={error} />}
    </section>
  );
}
