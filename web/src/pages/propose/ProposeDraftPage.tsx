import { useQuery } from '../../api/useQuery.ts';
import { paths } from '../../app/paths.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useMessages } from '../../i18n/messages.ts';
import { SignInPrompt } from '../work/SignInPrompt.tsx';
import { proposeMessages } from './messages.ts';
import { ProposeForm } from './ProposeForm.tsx';
import { ProposeCommitteesDoc } from './queries.ts';
import '../../auth/auth.css';
import '../draft/workspace.css';
import './propose.css';

/** `/drafts/new`: a member proposes a draft in one of their committees, then lands on its page. */
export default function ProposeDraftPage() {
  const t = useMessages(proposeMessages);
  usePageTitle(t('title'));
  const { data, error, refetch } = useQuery(ProposeCommitteesDoc, {});
  if (error && !data) return <ErrorMessage error={error} onRetry={refetch} />;
  if (!data) return <Loading />;
  const held = (data.viewer?.memberships ?? []).map((m) => m.committee);
  const acting = (data.viewer?.actingOfficerOf ?? []).filter((c) => !held.some((h) => h.id === c.id));
  const committees = [...held, ...acting].filter((c) => c.viewerCanCreateDraft);
  return (
    <article className="workspace propose">
      <h1>{t('title')}</h1>
      {!data.viewer ? (
        <SignInPrompt next={paths.proposeDraft()} />
      ) : committees.length === 0 ? (
        <p>{t('noCommittee')}</p>
      ) : (
        <>
          <p>{t('intro')}</p>
          <ProposeForm committees={committees} />
        </>
      )}
    </article>
  );
}
