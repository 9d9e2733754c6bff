import type { ApiError } from '../../api/client.ts';
import { useMessages } from '../../i18n/messages.ts';
import { ActionError } from './ActionError.tsx';
import { commentMessages } from './commentMessages.ts';

/** A refused change to a thread: a conflict says the thread is shown anew and the input kept; else the API's words. */
export function ThreadError({ error }: { error?: ApiError }) {
  const t = useMessages(commentMessages);
  if (error?.code === 'CONFLICT') {
    return (
      <p className="error" role="alert">
        {t('conflictKept')}
      </p>
    );
  }
  return <ActionError error={error} />;
}
