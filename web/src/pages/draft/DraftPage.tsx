import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from '../../api/useQuery.ts';
import { paths } from '../../app/paths.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { localized, useMessages } from '../../i18n/messages.ts';
import { SignInPrompt } from '../work/SignInPrompt.tsx';
import { BallotPanel } from './BallotPanel.tsx';
import { ClauseComments } from './ClauseComments.tsx';
import { ClauseDocument } from './ClauseDocument.tsx';
import { DraftLive } from './DraftLive.tsx';
import { CommentFilters } from './CommentFilters.tsx';
import { filterOf, matches, withFilter } from './commentFilter.ts';
import { CommentSheet } from './CommentSheet.tsx';
import { HistoryList, RevisionList } from './DraftRecords.tsx';
import { EarlierComments } from './EarlierComments.tsx';
import { MoreThreads } from './MoreThreads.tsx';
import { draftMessages } from './messages.ts';
import { DraftDocument } from './queries.ts';
import { OpenBallotForm } from './OpenBallotForm.tsx';
import { PublishedNotice } from './PublishedNotice.tsx';
import { PublishPanel } from './PublishPanel.tsx';
import { StageMoves } from './StageMoves.tsx';
import { useAllThreads } from './useAllThreads.ts';
import './workspace.css';

/** `/drafts/<global ID>`: a draft's text with its comments, its stage and moves, its ballots, revisions and history. */
export default function DraftPage() {
  const id = useParams().id ?? '';
  const t = useMessages(draftMessages);
  const { lang } = useLanguage();
  const { data, error, refetch } = useQuery(DraftDocument, { id });
  const [params, setParams] = useSearchParams();
  const filter = filterOf(params);
  const draft = data?.draft;
  const [justPublished, setJustPublished] = useState(false);
  const all = useAllThreads(id, draft?.currentRevision);
  usePageTitle(draft ? draft.versionDesignation : t('notFound'));
  if (error && !data) return <ErrorMessage error={error} onRetry={refetch} />;
  if (!data) return <Loading />;
  if (!data.viewer) return <SignInPrompt next={paths.draft(id)} />;
  if (!draft) {
    return (
      <article className="workspace">
        <p>{t('notFound')}</p>
        <Link to={{ pathname: paths.work(), search: `?lang=${lang}` }}>{t('toWork')}</Link>
      </article>
    );
  }
  const revision = draft.currentRevision;
  const allThreads = all.threads;
  const threads = allThreads.filter((thread) => matches(filter, thread));
  const otherLang = lang === 'zh' ? 'en' : 'zh';
  const otherTitle = draft.title[otherLang];
  const editLink = draft.viewerCanRevise && (
    <p>
      <Link className="edit-text-link" to={{ pathname: paths.draftEdit(draft.id), search: `?lang=${lang}` }}>
        {t('editText')}
      </Link>
    </p>
  );
  return (
    <article className="workspace draft">
      <header className="draft-header">
        <h1>
          <span className="designation">{draft.versionDesignation}</span> {localized(draft.title, lang)}
        </h1>
        {otherTitle && otherTitle !== localized(draft.title, lang) && (
          <p className="other-title" lang={otherLang === 'zh' ? 'zh-CN' : 'en'}>
            {otherTitle}
          </p>
        )}
        <p className="muted">
          {t('committee', { code: draft.committee.code, name: localized(draft.committee.name, lang) })} ·{' '}
          {t('leader', { name: draft.leader.name })}
        </p>
      </header>
      <DraftLive draftId={draft.id} viewerId={data.viewer.id} onChanged={refetch} />
      <StageMoves
        draftId={draft.id}
        stage={draft.stage}
        lockVersion={draft.lockVersion}
        moves={draft.viewerCanMoveTo}
        onChanged={refetch}
      />
      {draft.publishedVersion && <PublishedNotice version={draft.publishedVersion} focus={justPublished} />}
      {draft.viewerCanPublish && draft.publishPreview && (
        <PublishPanel
          draftId={draft.id}
          lockVersion={draft.lockVersion}
          preview={draft.publishPreview}
          onPublished={() => {
            setJustPublished(true);
            refetch();
          }}
        />
      )}
      {draft.viewerCanOpenBallot && revision && (
        <OpenBallotForm revisionId={revision.id} revisionNumber={revision.number} onChanged={refetch} />
      )}
      {draft.ballots.length > 0 && (
        <div className="draft-ballots">
          {/* Newest first, as the API lists them. */}
          {draft.ballots.map((ballot) => (
            <BallotPanel key={ballot.id} ballot={ballot} viewerId={data.viewer?.id} onChanged={refetch} />
          ))}
        </div>
      )}
      {revision ? (
        <section aria-labelledby="draft-text">
          <h2 id="draft-text">{t('text', { n: revision.number })}</h2>
          {editLink}
          <CommentFilters
            threads={allThreads}
            filter={filter}
            onChange={(next) => setParams(withFilter(new URLSearchParams(window.location.search), next))}
          />
          <MoreThreads all={all} />
          <ClauseComments
            clauseNumber={null}
            threads={threads.filter((thread) => !thread.clauseNumber)}
            revisionId={revision.id}
            canComment={draft.viewerCanComment}
            onChanged={refetch}
          />
          <ClauseDocument
            clauses={revision.clauses}
            threads={threads}
            revisionId={revision.id}
            canComment={draft.viewerCanComment}
            onChanged={refetch}
          />
        </section>
      ) : (
        <>
          <p>{t('noText')}</p>
          {editLink}
        </>
      )}
      {revision && (
        <EarlierComments
          threads={draft.openEarlierThreads}
          clauseNumbers={clauseNumbersOf(revision.clauses)}
          revisionNumber={revision.number}
          onChanged={refetch}
        />
      )}
      <CommentSheet
        draftId={draft.id}
        path={draft.commentSheetPath}
        canUpload={draft.viewerCanComment}
        onChanged={refetch}
      />
      <RevisionList revisions={draft.revisions} draftId={draft.id} />
      <HistoryList history={draft.history} />
    </article>
  );
}

type ClauseTree = { number: string; children?: ClauseTree[] | null };
const clauseNumbersOf = (clauses: ClauseTree[]): string[] =>
  clauses.flatMap((clause) => [clause.number, ...clauseNumbersOf(clause.children ?? [])]);
