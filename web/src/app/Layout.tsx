import { NavLink, Outlet } from 'react-router';
import { useViewer } from '../auth/useViewer.ts';
import { useLanguage } from '../i18n/language.tsx';
import { useMessages } from '../i18n/messages.ts';
import { NotificationsProvider } from '../notifications/NotificationsProvider.tsx';
import { AccountNav } from './AccountNav.tsx';
import { WorkLink } from './WorkLink.tsx';
import { shellMessages } from './messages.ts';

/** Header (name, navigation, language), the page, and the footer with the developer links. */
export function Layout() {
  const t = useMessages(shellMessages);
  const { lang, setLang } = useLanguage();
  const { viewer } = useViewer();
  const langQuery = `?lang=${lang}`;
  return (
    <NotificationsProvider>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="site-header">
        <NavLink to={{ pathname: '/', search: langQuery }} className="brand">
          {t('appName')}
        </NavLink>
        <nav aria-label={t('navigation')}>
          <NavLink to={{ pathname: '/', search: langQuery }} end>
            {t('navSearch')}
          </NavLink>
          <NavLink to={{ pathname: '/horizon', search: langQuery }}>{t('navHorizon')}</NavLink>
          {viewer && <WorkLink />}
        </nav>
        <AccountNav />
        <button
          type="button"
          className="lang-switch"
          lang={lang === 'zh' ? 'en' : 'zh-CN'}
          title={t('switchLanguageLabel')}
          onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
        >
          {t('switchLanguage')}
        </button>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{t('footerNote')}</p>
        <ul>
          <li>
            <a href="/graphql">{t('footerApi')}</a>
          </li>
          <li>
            <a href="/schema.graphql" download>
              {t('footerSchema')}
            </a>
          </li>
          <li>
            <a href="/export.json" download>
              {t('footerExport')}
            </a>
          </li>
        </ul>
      </footer>
    </NotificationsProvider>
  );
}
