import { Link } from 'react-router';
import { useQuery } from '../../api/useQuery.ts';
import { paths } from '../../app/paths.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { localized, useMessages } from '../../i18n/messages.ts';
import { labels } from '../draft/labels.ts';
import { formatDateTime } from '../draft/time.ts';
import { workMessages } from './messages.ts';
import { MyWorkDocument } from './queries.ts';
import { SignInPrompt } from './SignInPrompt.tsx';
import { ThreadList } from './ThreadList.tsx';
import { NotificationList } from './NotificationList.tsx';
import './notifications.css';
import '../draft/workspace.css';

/** `/work`: what waits for the signed-in person in their committees. */
export default function WorkPage() {
  const t = useMessages(workMessages);
  const label = useMessages(labels);
  const { lang } = useLanguage();
  usePageTitle(t('title'));
  const { data, error, refetch } = useQuery(MyWorkDocument, {});
  if (error && !data) return <ErrorMessage error={error} onRetry={refetch} />;
  if (!data) return <Loading />;
  const work = data.viewer?.myWork;
  if (!work) {
    return (
      <article className="workspace">
        <h1>{t('title')}</h1>
        <SignInPrompt next={paths.work()} />
      </article>
    );
  }
  const draftLink = (id: string) => ({ pathname: paths.draft(id), search: `?lang=${lang}` });
  return (
    <article className="workspace work">
      <h1>{t('title')}</h1>
      {(data.viewer?.memberships.some((m) => m.committee.viewerCanCreateDraft) ||
        data.viewer?.actingOfficerOf?.some((c) => c.viewerCanCreateDraft)) && (
        <p className="propose-link">
          <Link to={{ pathname: paths.proposeDraft(), search: `?lang=${lang}` }}>{t('propose')}</Link>
        </p>
      )}
      <section aria-labelledby="work-ballots">
        <h2 id="work-ballots">{t('ballots')}</h2>
        {work.ballotsToVote.length === 0 ? (
          <p>{t('noBallots')}</p>
        ) : (
          <ul className="work-list">
            {work.ballotsToVote.map(({ ballot, daysLeft }) => (
              <li key={ballot.id} className="work-ballot">
                <Link to={draftLink(ballot.draft.id)}>
                  {t('ballotOn', { stage: label(ballot.stage), draft: ballot.draft.versionDesignation })}
                </Link>{' '}
                <span>
                  {daysLeft > 0
                    ? t('daysLeft', { n: daysLeft, date: formatDateTime(ballot.closesAt, lang) })
                    : t('lastDay', { date: formatDateTime(ballot.closesAt, lang) })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <NotificationList />
      <section aria-labelledby="work-drafts">
        <h2 id="work-drafts">{t('drafts')}</h2>
        {work.draftsByStage.length === 0 && <p>{t('noDrafts')}</p>}
        {work.draftsByStage.map(({ stage, drafts }) => (
          <div key={stage} className="work-stage">
            <h3>{label(stage)}</h3>
            <ul className="work-list">
              {drafts.map((draft) => (
                <li key={draft.id} className="work-draft">
                  <Link to={draftLink(draft.id)}>{draft.versionDesignation}</Link> {localized(draft.title, lang)}{' '}
                  <Link
                    className="muted"
                    to={{ pathname: paths.committee(draft.committee.code), search: `?lang=${lang}` }}
                  >
                    {draft.committee.code}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
      <ThreadList
        id="work-replies"
        title={t('awaitingReply')}
        empty={t('noAwaitingReply')}
        threads={work.threadsAwaitingReply}
      />
      <ThreadList
        id="work-dispositions"
        title={t('awaitingDisposition')}
        empty={t('noAwaitingDisposition')}
        threads={work.threadsAwaitingDisposition}
      />
    </article>
  );
}
