import { useParams } from 'react-router';
import { useQuery } from '../../api/useQuery.ts';
import { paths } from '../../app/paths.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { localized, useMessages } from '../../i18n/messages.ts';
import { SignInPrompt } from '../work/SignInPrompt.tsx';
import { AddExistingForm } from './AddExistingForm.tsx';
import { ActingOfficer } from './ActingOfficer.tsx';
import { BallotRulesText } from './BallotRules.tsx';
import { BallotRulesForm } from './BallotRulesForm.tsx';
import { Drafts } from './Drafts.tsx';
import { History } from './History.tsx';
import { InviteForm } from './InviteForm.tsx';
import { Members } from './Members.tsx';
import { committeeMessages } from './messages.ts';
import { CommitteeDoc } from './queries.ts';
import { usePeopleNames } from './usePeopleNames.ts';
import '../draft/workspace.css';
import './committee.css';

/** The committee code from the address, encoded (`ISO%2FTC22%2FSC32`) or with raw slashes. */
function codeOfPath(splat: string | undefined): string {
  try {
    return decodeURIComponent(splat ?? '').trim();
  } catch {
    return (splat ?? '').trim();
  }
}

/**
 * `/committees/:code`: a committee's drafts, members, ballot rules and history for those who hold a role in it
 * and administrators; administrators also manage it here. What shows is what the registry answers: members and
 * history are null for others, and the administration is offered on the viewer's `isAdmin`.
 */
export default function CommitteePage() {
  const code = codeOfPath(useParams()['*']);
  const t = useMessages(committeeMessages);
  const { lang } = useLanguage();
  usePageTitle(t('title', { code }));
  const { data, error, refetch } = useQuery(CommitteeDoc, { code });
  const committee = data?.committee;
  const names = usePeopleNames(committee?.history?.edges.map((edge) => edge.node) ?? [], committee?.members ?? []);
  if (error && !data) return <ErrorMessage error={error} onRetry={refetch} />;
  if (!data) return <Loading />;
  const heading = (
    <h1>
      {committee?.code ?? code} {committee && <span className="committee-name">{localized(committee.name, lang)}</span>}
    </h1>
  );
  if (!data.viewer) {
    return (
      <article className="workspace committee">
        {heading}
        <SignInPrompt next={paths.committee(code)} />
      </article>
    );
  }
  if (!committee) {
    return (
      <article className="workspace committee">
        {heading}
        <p role="alert">{t('notFound', { code })}</p>
      </article>
    );
  }
  if (!committee.members || !committee.ballotRules) {
    return (
      <article className="workspace committee">
        {heading}
        <p role="alert">{t('notMember', { code: committee.code })}</p>
      </article>
    );
  }
  const rules = committee.ballotRules;
  const isAdmin = data.viewer.isAdmin;
  const showBodies = rules.votesBy === 'MEMBER_BODY' || committee.members.some((m) => m.memberBody);
  return (
    <article className="workspace committee">
      {heading}
      {error && <ErrorMessage error={error} onRetry={refetch} />}
      <Drafts drafts={committee.drafts} />
      <Members
        committeeId={committee.id}
        code={committee.code}
        members={committee.members}
        showBodies={showBodies}
        manage={isAdmin}
        onChanged={refetch}
      />
      <section aria-labelledby="committee-rules">
        <h2 id="committee-rules">{t('rules')}</h2>
        <BallotRulesText rules={rules} />
      </section>
      {isAdmin && (
        <section aria-labelledby="committee-admin" className="committee-admin">
          <h2 id="committee-admin">{t('adminTools')}</h2>
          <InviteForm committeeId={committee.id} onDone={refetch} />
          <AddExistingForm committeeId={committee.id} members={committee.members} onDone={refetch} />
          <BallotRulesForm committeeId={committee.id} rules={rules} onDone={refetch} />
          <ActingOfficer committeeId={committee.id} acting={committee.viewerActsAsOfficer} onDone={refetch} />
        </section>
      )}
      <History events={committee.history?.edges.map((edge) => edge.node) ?? []} names={names} />
    </article>
  );
}
