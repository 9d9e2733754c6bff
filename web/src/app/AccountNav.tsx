import { Link, useLocation } from 'react-router';
import { request } from '../api/client.ts';
import { authMessages } from '../auth/messages.ts';
import { SignOutDoc } from '../auth/signOut.ts';
import { useViewer } from '../auth/useViewer.ts';
import { useMessages } from '../i18n/messages.ts';
import { clearAllEdits } from '../pages/editor/storedEdits.ts';
import { paths } from './paths.ts';

/** The header's account part: who is signed in (their page) and signing out, or the sign-in link. */
export function AccountNav() {
  const t = useMessages(authMessages);
  const { viewer, loading, refresh } = useViewer();
  const location = useLocation();
  if (loading && !viewer) return <div className="account" />;

  if (!viewer) {
    const onAuthPage = location.pathname === '/sign-in' || location.pathname === '/set-password';
    const here = new URLSearchParams(location.search);
    here.delete('lang');
    const next = onAuthPage ? undefined : `${location.pathname}${here.size ? `?${here}` : ''}`;
    return (
      <div className="account">
        <Link to={paths.signIn(next === '/' ? undefined : next)}>{t('signIn')}</Link>
      </div>
    );
  }
  async function signOut() {
    try {
      await request(SignOutDoc, { input: {} });
      // Only once signed out: a failed request leaves the person signed in, with their edits.
      clearAllEdits();
    } finally {
      refresh();
    }
  }
  return (
    <div className="account">
      <Link to={paths.me()} className="viewer-name" title={t('signedInAs', { name: viewer.name })}>
        {viewer.name}
      </Link>
      <button type="button" onClick={signOut}>
        {t('signOut')}
      </button>
    </div>
  );
}
