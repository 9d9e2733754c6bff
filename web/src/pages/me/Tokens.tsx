import { type FormEvent, useEffect, useRef, useState } from 'react';
import { ApiError, request } from '../../api/client.ts';
import { AuthError } from '../../auth/AuthError.tsx';
import { useLanguage } from '../../i18n/language.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { formatMoment } from './format.ts';
import { meMessages } from './messages.ts';
import { CreateTokenDoc, type Me, RevokeTokenDoc } from './queries.ts';

/** The person's API tokens: create one (its secret shown this once), revoke one. */
export function Tokens({ tokens, onChange }: { tokens: NonNullable<Me['tokens']>; onChange(): void }) {
  const t = useMessages(meMessages);
  const { lang } = useLanguage();
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const [copied, setCopied] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const secretRef = useRef<HTMLInputElement>(null);

  // The new secret takes the focus (and is selected), ready to copy, and read out by a screen reader.
  useEffect(() => {
    if (created) secretRef.current?.focus();
  }, [created]);

  async function run(action: () => Promise<unknown>) {
    setError(null);
    try {
      await action();
      onChange();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError('UNKNOWN', String(caught)));
    }
  }
  function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const name = String(new FormData(form).get('name')).trim();
    void run(async () => {
      const answer = await request(CreateTokenDoc, { input: { name } });
      setCopied(false);
      setCreated({ name: answer.createApiToken.token.name, secret: answer.createApiToken.secret });
      form.reset();
    });
  }
  async function copy(secret: string) {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }

  const live = tokens.filter((token) => !token.revokedAt);
  return (
    <section aria-labelledby="me-tokens">
      <h2 id="me-tokens">{t('tokens')}</h2>
      <p>{t('tokensIntro')}</p>
      {created && (
        <div className="me-secret" role="status">
          <p>{t('secretOnce', { name: created.name })}</p>
          <label htmlFor="me-secret">{t('secretLabel')}</label>
          <div className="me-secret-row">
            <input
              ref={secretRef}
              id="me-secret"
              readOnly
              value={created.secret}
              onFocus={(e) => e.currentTarget.select()}
            />
            <button type="button" onClick={() => copy(created.secret)}>
              {t('copy')}
            </button>
          </div>
          <p className="field-hint">{copied ? t('copied') : t('copyHint')}</p>
        </div>
      )}
      {live.length === 0 ? (
        <p>{t('noTokens')}</p>
      ) : (
        <ul className="me-list">
          {live.map((token) => (
            <li key={token.id}>
              <strong>{token.name}</strong>
              <span className="me-meta">
                {t('createdOn', { date: formatMoment(token.createdAt, lang) })} ·{' '}
                {token.lastUsedAt ? t('lastUsed', { date: formatMoment(token.lastUsedAt, lang) }) : t('neverUsed')}
              </span>
              <button
                type="button"
                aria-label={t('revokeToken', { name: token.name })}
                onClick={() => run(() => request(RevokeTokenDoc, { input: { tokenId: token.id } }))}
              >
                {t('revoke')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="me-inline-form" onSubmit={create}>
        <label htmlFor="me-token-name">{t('tokenName')}</label>
        <div className="me-secret-row">
          <input id="me-token-name" name="name" required maxLength={200} />
          <button type="submit">{t('createToken')}</button>
        </div>
      </form>
      {error && <AuthError error={error} />}
    </section>
  );
}
