import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { workMessages } from './messages.ts';

/** What an anonymous reader sees instead of a workspace page: why, and the way to sign in and come back. */
export function SignInPrompt({ next }: { next: string }) {
  const t = useMessages(workMessages);
  const { lang } = useLanguage();
  return (
    <div className="sign-in-prompt">
      <p>{t('signInNeeded')}</p>
      <p>
        <Link to={`${paths.signIn(next)}&lang=${lang}`}>{t('signIn')}</Link>
      </p>
    </div>
  );
}
