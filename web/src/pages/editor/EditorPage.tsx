import { Link, useParams } from 'react-router';
import { useQuery } from '../../api/useQuery.ts';
import { paths } from '../../app/paths.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { localized, useMessages } from '../../i18n/messages.ts';
import { SignInPrompt } from '../work/SignInPrompt.tsx';
import '../draft/workspace.css';
import { Editor } from './Editor.tsx';
import './editor.css';
import { KeptEdits } from './KeptEdits.tsx';
import { editorMessages } from './messages.ts';
import { EditorDraftDocument } from './queries.ts';

/** `/drafts/<global ID>/edit`: the draft's current text as a form; saving adds the next revision. */
export default function EditorPage() {
  const id = useParams().id ?? '';
  const t = useMessages(editorMessages);
  const { lang } = useLanguage();
  const { data, error, refetch } = useQuery(EditorDraftDocument, { id });
  const draft = data?.draft;
  usePageTitle(draft ? t('pageTitle', { designation: draft.versionDesignation }) : t('notFound'));
  if (error && !data) return <ErrorMessage error={error} onRetry={refetch} />;
  if (!data) return <Loading />;
  if (!data.viewer) return <SignInPrompt next={paths.draftEdit(id)} />;
  const back = { pathname: paths.draft(id), search: `?lang=${lang}` };
  if (!draft) {
    return (
      <article className="workspace">
        <p>{t('notFound')}</p>
        <Link to={{ pathname: paths.work(), search: `?lang=${lang}` }}>{t('toWork')}</Link>
      </article>
    );
  }
  return (
    <article className="workspace editor">
      <h1>{t('title', { designation: draft.versionDesignation })}</h1>
      <p className="muted">{localized(draft.title, lang)}</p>
      {draft.viewerCanRevise ? (
        <Editor
          key={draft.id}
          personId={data.viewer.id}
          draftId={draft.id}
          saved={{ number: draft.currentRevision?.number ?? 0, clauses: draft.currentRevision?.clauses ?? [] }}
        />
      ) : (
        <>
          <p>{t('cannotRevise')}</p>
          <KeptEdits key={draft.id} personId={data.viewer.id} draftId={draft.id} />
          <Link to={back}>{t('backToDraft')}</Link>
        </>
      )}
    </article>
  );
}
