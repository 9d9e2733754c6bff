import { useState } from 'react';
import { useLanguage } from '../../i18n/language.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { formatDateTime } from '../draft/time.ts';
import { Field } from './Field.tsx';
import { committeeMessages } from './messages.ts';

export interface IssuedLink {
  url: string;
  expiresAt: unknown;
  person: { name: string; webhooks?: { enabled: boolean; kinds: string[] }[] | null };
}

/**
 * An invitation or reset link as the registry answered it: shown here once (the registry keeps only its
 * hash), with its expiry, and whether the person's own webhooks received it too (ACCOUNT_LINK_ISSUED).
 */
export function OneTimeLink({ link }: { link: IssuedLink }) {
  const t = useMessages(committeeMessages);
  const { lang } = useLanguage();
  const [copied, setCopied] = useState(false);
  const delivering = (link.person.webhooks ?? []).filter(
    (hook) => hook.enabled && hook.kinds.includes('ACCOUNT_LINK_ISSUED'),
  ).length;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link.url);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <div className="committee-link" role="status">
      <Field label={t('linkFor', { name: link.person.name })}>
        {(id) => <input id={id} type="text" readOnly value={link.url} onFocus={(e) => e.currentTarget.select()} />}
      </Field>
      <button type="button" onClick={copy}>
        {t('copy')}
      </button>
      {copied && <span> {t('copied')}</span>}
      <p>{t('expires', { date: formatDateTime(link.expiresAt, lang) })}</p>
      <p>{delivering > 0 ? t('deliveredToo', { n: delivering }) : t('notDelivered')}</p>
    </div>
  );
}
