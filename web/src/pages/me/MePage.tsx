import { Navigate } from 'react-router';
import { useQuery } from '../../api/useQuery.ts';
import { useViewer } from '../../auth/useViewer.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useMessages } from '../../i18n/messages.ts';
import '../../auth/auth.css';
import { paths } from '../../app/paths.ts';
import { ChangePassword } from './ChangePassword.tsx';
import { Committees } from './Committees.tsx';
import { Following } from './Following.tsx';
import { Sessions } from './Sessions.tsx';
import { Tokens } from './Tokens.tsx';
import { Webhooks } from './Webhooks.tsx';
import { meMessages } from './messages.ts';
import { MeDoc } from './queries.ts';
import './me.css';

/** The signed-in person's page: committees, tokens, sessions, password, what they follow. */
export default function MePage() {
  const t = useMessages(meMessages);
  usePageTitle(t('title'));
  const { viewer, loading } = useViewer();
  const me = useQuery(MeDoc, {}, { skip: !viewer });

  if (!loading && !viewer) return <Navigate to={paths.signIn(paths.me())} replace />;
  if (me.error && !me.data) return <ErrorMessage error={me.error} onRetry={me.refetch} />;
  if (!me.data) return <Loading />;
  const person = me.data.viewer;
  if (!person) return <Navigate to={paths.signIn(paths.me())} replace />;
  return (
    <div className="me-page">
      <h1>{person.name}</h1>
      <p className="me-who">
        {[person.email, person.organisation, person.isAdmin ? t('admin') : null].filter(Boolean).join(' · ')}
      </p>
      <Committees memberships={person.memberships} />
      <Tokens tokens={person.tokens ?? []} onChange={me.refetch} />
      <Sessions sessions={person.sessions ?? []} onChange={me.refetch} />
      <ChangePassword onChange={me.refetch} />
      <Following watching={person.watching ?? []} onChange={me.refetch} />
      <Webhooks webhooks={person.webhooks ?? []} onChange={me.refetch} />
    </div>
  );
}
