import type { ApiError } from '../../api/client.ts';
import { useMessages } from '../../i18n/messages.ts';
import { draftMessages } from './messages.ts';

/** A refused action: a conflict asks for a reload; anything else says what the registry answered. */
export function ActionError({ error }: { error?: ApiError }) {
  const t = useMessages(draftMessages);
  if (!error) return null;
  if (error.code === 'CONFLICT') {
    return (
      <div className="error" role="alert">
        <p>{t('conflict')}</p>
        <button type="button" onClick={() => window.location.reload()}>
          {t('reload')}
        </button>
      </div>
    );
  }
  return (
    <p className="error" role="alert">
      {t('failed', { message: error.message, code: error.code })}
    </p>
  );
}
