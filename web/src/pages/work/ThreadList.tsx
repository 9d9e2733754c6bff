import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import type { WebWorkThreadFragment } from '../../gql/graphql.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { labels } from '../draft/labels.ts';
import { workMessages } from './messages.ts';

/** Comment threads waiting for the viewer, each linking to its clause on its draft's page. */
export function ThreadList(props: { id: string; title: string; empty: string; threads: WebWorkThreadFragment[] }) {
  const t = useMessages(workMessages);
  const label = useMessages(labels);
  const { lang } = useLanguage();
  return (
    <section aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      {props.threads.length === 0 ? (
        <p>{props.empty}</p>
      ) : (
        <ul className="work-list">
          {props.threads.map((thread) => {
            const draft = thread.revision.draft;
            const where = thread.clauseNumber
              ? t('threadOn', {
                  draft: draft.versionDesignation,
                  revision: thread.revision.number,
                  clause: thread.clauseNumber,
                })
              : t('threadGeneral', { draft: draft.versionDesignation, revision: thread.revision.number });
            return (
              <li key={thread.id} className="work-thread">
                <Link to={{ pathname: paths.draft(draft.id), search: `?lang=${lang}`, hash: `#thread-${thread.id}` }}>
                  {where}
                </Link>{' '}
                <span className="badge">{label(thread.type)}</span> <q>{thread.comment}</q>{' '}
                <span className="muted">{t('by', { name: thread.author.name })}</span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
