import type { ApiError } from '../api/client.ts';
import { shellMessages } from '../app/messages.ts';
import { useMessages } from '../i18n/messages.ts';

/** What a failed request tells the reader: never a blank page. */
export function ErrorMessage({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const t = useMessages(shellMessages);
  return (
    <div className="error" role="alert">
      <p>{error.code === 'NETWORK' ? t('errorNetwork') : t('errorServer', { code: error.code })}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
    </div>
  );
}
