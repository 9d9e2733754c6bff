import { Link } from 'react-router';
import { defineMessages, useMessages } from '../../i18n/messages.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';

const messages = defineMessages({
  en: { title: 'Page not found', body: 'There is no page at this address.', home: 'Search the registry' },
  zh: { title: '页面不存在', body: '此地址没有页面。', home: '检索标准库' },
});

export default function NotFoundPage() {
  const t = useMessages(messages);
  usePageTitle(t('title'));
  return (
    <section>
      <h1>{t('title')}</h1>
      <p>{t('body')}</p>
      <p>
        <Link to="/">{t('home')}</Link>
      </p>
    </section>
  );
}
