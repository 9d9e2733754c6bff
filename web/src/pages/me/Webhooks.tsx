import { type FormEvent, useEffect, useRef, useState } from 'react';
import { ApiError, request } from '../../api/client.ts';
import { AuthError } from '../../auth/AuthError.tsx';
import { useLanguage } from '../../i18n/language.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { followMessages, NOTIFICATION_KINDS } from './followMessages.ts';
import { formatMoment } from './format.ts';
import { meMessages } from './messages.ts';
import { CreateWebhookDoc, DeleteWebhookDoc, type Me } from './queries.ts';

type Kind = (typeof NOTIFICATION_KINDS)[number];

/** The person's webhooks: add one (its signing secret shown this once), delete one. */
export function Webhooks({ webhooks, onChange }: { webhooks: NonNullable<Me['webhooks']>; onChange(): void }) {
  const t = useMessages(meMessages);
  const f = useMessages(followMessages);
  const { lang } = useLanguage();
  const [created, setCreated] = useState<{ url: string; secret: string } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const secretRef = useRef<HTMLInputElement>(null);

  // The secret takes the focus (selected), ready to copy and read out by a screen reader.
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
    const data = new FormData(form);
    const url = String(data.get('url')).trim();
    const kinds = data.getAll('kinds').map(String) as Kind[];
    void run(async () => {
      const answer = await request(CreateWebhookDoc, { input: { url, kinds } });
      setCreated({ url: answer.createWebhook.webhook.url, secret: answer.createWebhook.secret });
      form.reset();
    });
  }
  const field = typeof error?.extensions.field === 'string' ? error.extensions.field : '';
  const refusal: Record<string, string> =
    error?.code === 'INVALID_INPUT'
      ? {
          INVALID_INPUT: field.startsWith('kinds') ? f('kindsRequired') : f('urlRefused', { message: error.message }),
        }
      : {};

  return (
    <section aria-labelledby="me-webhooks">
      <h2 id="me-webhooks">{t('webhooks')}</h2>
      {created && (
        <div className="me-secret" role="status">
          <p>{f('webhookSecretOnce', { url: created.url })}</p>
          <label htmlFor="me-webhook-secret">{f('webhookSecretLabel')}</label>
          <input
            ref={secretRef}
            id="me-webhook-secret"
            className="me-secret-value"
            readOnly
            value={created.secret}
            onFocus={(e) => e.currentTarget.select()}
          />
        </div>
      )}
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
                  hook.kinds.length ? hook.kinds.map((k) => f(k as Kind)).join(', ') : t('allKinds'),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
              <button
                type="button"
                aria-label={f('deleteWebhookNamed', { url: hook.url })}
                onClick={() => run(() => request(DeleteWebhookDoc, { input: { webhookId: hook.id } }))}
              >
                {f('deleteWebhook')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="me-inline-form me-webhook-form" onSubmit={create} aria-labelledby="me-add-webhook">
        <h3 id="me-add-webhook">{f('addWebhook')}</h3>
        <label htmlFor="me-webhook-url">{f('webhookUrl')}</label>
        <input
          id="me-webhook-url"
          name="url"
          type="url"
          required
          maxLength={2000}
          placeholder="https://"
          aria-describedby="me-webhook-url-hint"
        />
        <p id="me-webhook-url-hint" className="field-hint">
          {f('webhookUrlHint')}
        </p>
        <fieldset className="me-kinds" aria-describedby="me-kinds-hint">
          <legend>{f('webhookKinds')}</legend>
          <p id="me-kinds-hint" className="field-hint">
            {f('webhookKindsHint')}
          </p>
          {NOTIFICATION_KINDS.map((kind) => (
            <label key={kind}>
              <input type="checkbox" name="kinds" value={kind} defaultChecked={kind !== 'ACCOUNT_LINK_ISSUED'} />{' '}
              {f(kind)}
            </label>
          ))}
        </fieldset>
        <button type="submit">{f('createWebhook')}</button>
      </form>
      {error && <AuthError error={error} texts={refusal} />}
    </section>
  );
}
