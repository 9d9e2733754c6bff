import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiError, request } from '../../api/client.ts';
import { AuthError } from '../../auth/AuthError.tsx';
import { authMessages } from '../../auth/messages.ts';
import { safeNext } from '../../auth/next.ts';
import { useViewer } from '../../auth/useViewer.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { graphql } from '../../gql/index.ts';
import { useMessages } from '../../i18n/messages.ts';
import '../../auth/auth.css';
import { signInMessages } from './messages.ts';

const SignInDoc = graphql(`
  mutation WebSignIn($input: SignInInput!) {
    signIn(input: $input) { viewer { id name } }
  }
`);

/** E-mail and password; the registry answers with the session cookie, then the page the person came from. */
export default function SignInPage() {
  const t = useMessages(signInMessages);
  const a = useMessages(authMessages);
  usePageTitle(a('signIn'));
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { viewer, refresh } = useViewer();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const next = safeNext(params.get('next'));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      await request(SignInDoc, { input: { email: String(form.get('email')), password: String(form.get('password')) } });
      refresh();
      navigate(next);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError('UNKNOWN', String(caught)));
      setBusy(false);
    }
  }

  return (
    <div className="auth-page">
      <h1>{a('signIn')}</h1>
      {viewer && (
        <p className="auth-note">
          {a('signedInAs', { name: viewer.name })} · <Link to="/me">{a('myPage')}</Link>
        </p>
      )}
      <p>{t('intro')}</p>
      <form className="auth-form" onSubmit={submit} noValidate>
        <label htmlFor="sign-in-email">{a('email')}</label>
        <input id="sign-in-email" name="email" type="email" autoComplete="username" required />
        <label htmlFor="sign-in-password">{a('password')}</label>
        <input id="sign-in-password" name="password" type="password" autoComplete="current-password" required />
        {error && <AuthError error={error} />}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? a('working') : a('signIn')}
        </button>
      </form>
      <p className="auth-help">{t('noPassword')}</p>
    </div>
  );
}
