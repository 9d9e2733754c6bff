import { useEffect } from 'react';
import { shellMessages } from '../app/messages.ts';
import { useMessages } from '../i18n/messages.ts';

/** The browser tab's title: the page's own, then the registry's name. */
export function usePageTitle(title: string) {
  const t = useMessages(shellMessages);
  useEffect(() => {
    document.title = title ? `${title} · ${t('appName')}` : t('appName');
  }, [title, t]);
}
