import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { format } from '../../i18n/messages.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { standardMessages } from './messages.ts';

/** An unknown designation: said in both languages (the reader's first), with a search for it. */
export function StandardNotFound({ designation }: { designation: string }) {
  const { lang } = useLanguage();
  const other = lang === 'zh' ? 'en' : 'zh';
  const first = standardMessages[lang];
  const second = standardMessages[other];
  usePageTitle(first.notFoundTitle);
  return (
    <section className="standard-not-found">
      <h1>{first.notFoundTitle}</h1>
      <p lang={other === 'zh' ? 'zh-CN' : 'en'} className="other-title">
        {second.notFoundTitle}
      </p>
      <p>{format(first.notFoundBody, { designation })}</p>
      <p>
        <Link to={paths.search(designation)}>{format(first.notFoundSearch, { designation })}</Link>
      </p>
    </section>
  );
}
