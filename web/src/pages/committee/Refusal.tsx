import type { ApiError } from '../../api/client.ts';
import { useMessages } from '../../i18n/messages.ts';
import { type CommitteeMessageKey, committeeMessages } from './messages.ts';

const WORDED = ['FORBIDDEN', 'UNAUTHENTICATED', 'CONFLICT', 'INVALID_INPUT', 'NOT_FOUND', 'NETWORK'];

/** A refused change, in words, with the registry's code: the page shows what the server decided. */
export function Refusal({ error }: { error?: ApiError }) {
  const t = useMessages(committeeMessages);
  if (!error) return null;
  const key = (WORDED.includes(error.code) ? `error_${error.code}` : 'error_other') as CommitteeMessageKey;
  return (
    <p className="error" role="alert">
      {t(key, { code: error.code, message: error.message })} <code>{error.code}</code>
    </p>
  );
}
