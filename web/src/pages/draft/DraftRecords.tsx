import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import type { WebDraftQuery } from '../../gql/graphql.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { actionMessages, isKnownAction } from './actions.ts';
import { labels } from './labels.ts';
import { draftMessages } from './messages.ts';
import { RevisionPicker, revisionNumbers } from './RevisionPicker.tsx';
import { revisionMessages } from './revisionMessages.ts';
import { formatDateTime } from './time.ts';

type Draft = NonNullable<WebDraftQuery['draft']>;

/** The draft's latest revisions (the API's last page), each with who saved it and its note; any two compared. */
export function RevisionList({ revisions, draftId }: { revisions: Draft['revisions']; draftId: string }) {
  const t = useMessages(draftMessages);
  const tr = useMessages(revisionMessages);
  const { lang } = useLanguage();
  return (
    <section aria-labelledby="draft-revisions">
      <h2 id="draft-revisions">{t('revisions')}</h2>
      <ol className="draft-revisions">
        {revisions.edges.map(({ node }) => (
          <li key={node.id}>
            <strong>{t('revision', { n: node.number })}</strong>
            {node.isCurrent && <span className="badge">{t('current')}</span>}{' '}
            <span className="muted">
              {t('by', { name: node.createdBy.name, date: formatDateTime(node.createdAt, lang) })}
            </span>
            {node.note && <p>{node.note}</p>}
            {node.number > 1 && (
              <Link
                className="revision-changes"
                to={`${paths.draftCompare(draftId, node.number - 1, node.number)}&lang=${lang}`}
              >
                {tr('changesFromPrevious', { n: node.number - 1 })}
              </Link>
            )}
          </li>
        ))}
      </ol>
      {revisions.totalCount > revisions.edges.length && (
        <p className="muted">{tr('latestListed', { n: revisions.edges.length, total: revisions.totalCount })}</p>
      )}
      <RevisionPicker draftId={draftId} numbers={revisionNumbers(revisions.totalCount)} />
    </section>
  );
}

/** Every recorded change to the draft: what happened, who did it, when. */
export function HistoryList({ history }: { history: Draft['history'] }) {
  const t = useMessages(draftMessages);
  const action = useMessages(actionMessages);
  const label = useMessages(labels);
  // The event's data fills the sentence: a stage in words, a revision number, a designation.
  const describe = (code: string, data: unknown) => {
    if (!isKnownAction(code)) return code;
    const fields = (data ?? {}) as Record<string, unknown>;
    const to =
      typeof fields.to === 'string' && fields.to in labels.en ? label(fields.to as keyof typeof labels.en) : '';
    return action(code, {
      to,
      number: String(fields.number ?? ''),
      designation: String(fields.designation ?? ''),
    });
  };
  const { lang } = useLanguage();
  return (
    <section aria-labelledby="draft-history">
      <h2 id="draft-history">{t('history')}</h2>
      <ol className="draft-history">
        {history.edges.map(({ node }) => (
          <li key={node.id}>
            <span className="history-action" data-action={node.action}>
              {describe(node.action, node.data)}
            </span>{' '}
            <span className="muted">
              {node.actor
                ? t('by', { name: node.actor.name, date: formatDateTime(node.at, lang) })
                : formatDateTime(node.at, lang)}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
