import { type FormEvent, useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { ApiError, request } from '../../api/client.ts';
import { AuthError } from '../../auth/AuthError.tsx';
import { authMessages } from '../../auth/messages.ts';
import { passwordProblem } from '../../auth/passwordProblem.ts';
import { useViewer } from '../../auth/useViewer.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { graphql } from '../../gql/index.ts';
import { useMessages } from '../../i18n/messages.ts';
import '../../auth/auth.css';
import { setPasswordMessages } from './messages.ts';

const SetPasswordDoc = graphql(`
  mutation WebSetPasswordWithLink($input: SetPasswordWithLinkInput!) {
    setPasswordWithLink(input: $input) { purpose viewer { id name } }
  }
`);

/** The secret after `#token=`: a fragment, which the browser never sends to a server. */
function tokenFromHash(hash: string): string {
  return new URLSearchParams(hash.replace(/^#/u, '')).get('token') ?? '';
}

/** The page an invitation or reset link opens: the person chooses a password and is signed in. */
export default function SetPasswordPage() {
  const t = useMessages(setPasswordMessages);
  const a = useMessages(authMessages);
  usePageTitle(t('title'));
  const location = useLocation();
  const navigate = useNavigate();
  const { refresh } = useViewer();
  const [token] = useState(() => tokenFromHash(location.hash));
  const [error, setError] = useState<ApiError | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // The secret, once read, leaves the address bar and the history entry.
  useEffect(() => {
    if (location.hash) navigate({ pathname: location.pathname, search: location.search }, { replace: true });
  }, [location.hash, location.pathname, location.search, navigate]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get('password'));
    const found = passwordProblem(password, String(form.get('repeat')));
    setError(null);
    setProblem(found ? a(found.key, { n: found.n }) : null);
    if (found) return;
    setBusy(true);
    try {
      await request(SetPasswordDoc, { input: { token, password } });
      refresh();
      navigate('/me');
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError('UNKNOWN', String(caught)));
      setBusy(false);
    }
  }

  if (!token) {
    return (
      <div className="auth-page">
        <h1>{t('title')}</h1>
        <p className="error" role="alert">
          {t('noToken')}
        </p>
      </div>
    );
  }
  return (
    <div className="auth-page">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <form className="auth-form" onSubmit={submit} noValidate>
        <label htmlFor="new-password">{t('newPassword')}</label>
        <input
          id="new-password"
          name="password"
          type="password"
          autoComplete="new-password"
          aria-describedby="new-password-rule"
          required
        />
        <p id="new-password-rule" className="field-hint">
          {a('passwordRule')}
        </p>
        <label htmlFor="repeat-password">{t('repeat')}</label>
        <input id="repeat-password" name="repeat" type="password" autoComplete="new-password" required />
        {problem && (
          <p className="error" role="alert">
            {problem}
          </p>
        )}
        {error && <AuthError error={error} texts={{ LINK_INVALID: t('linkInvalid') }} />}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? a('working') : t('submit')}
        </button>
      </form>
    </div>
  );
}
