import { NavLink } from 'react-router';
import { useLanguage } from '../i18n/language.tsx';
import { useMessages } from '../i18n/messages.ts';
import { useNotifications } from '../notifications/NotificationsProvider.tsx';
import { shellMessages } from './messages.ts';
import { paths } from './paths.ts';

/** "My work" in the header, with the signed-in person's unread notifications: named "My work, 3 unread". */
export function WorkLink() {
  const t = useMessages(shellMessages);
  const { lang } = useLanguage();
  const { unread } = useNotifications();
  const count = unread !== null && unread > 0 ? unread : 0;
  // Named "My work, 3 unread"; the number is drawn from `data-unread` by the stylesheet, so the visible
  // text ("My work") stays the start of the name.
  return (
    <NavLink
      to={{ pathname: paths.work(), search: `?lang=${lang}` }}
      aria-label={count ? t('navWorkUnread', { n: count }) : undefined}
      data-unread={count || undefined}
    >
      {t('navWork')}
    </NavLink>
  );
}
