import type { ApiError } from '../api/client.ts';
import { ErrorMessage } from '../components/ErrorMessage.tsx';
import { useMessages } from '../i18n/messages.ts';
import { authMessages } from './messages.ts';

/**
 * A refused sign-in, password or link in words a person acts on; `texts` gives a page's own text for
 * a code (e.g. LINK_INVALID); anything else is the shell's error message.
 */
export function AuthError({ error, texts = {} }: { error: ApiError; texts?: Record<string, string> }) {
  const t = useMessages(authMessages);
  let text = texts[error.code];
  if (!text && error.code === 'SIGN_IN_FAILED') text = t('signInFailed');
  if (!text && error.code === 'SIGN_IN_RATE_LIMITED') {
    const seconds = Number(error.extensions.retryAfterSeconds ?? 60);
    const wait = seconds >= 60 ? t('minutes', { n: Math.ceil(seconds / 60) }) : t('seconds', { n: seconds });
    text = t('rateLimited', { wait });
  }
  if (!text && error.code === 'INVALID_INPUT') text = t('checkInput', { message: error.message });
  if (!text) return <ErrorMessage error={error} />;
  return (
    <p className="error" role="alert">
      {text}
    </p>
  );
}
