import { useState } from 'react';
import { ApiError, request } from '../../api/client.ts';
import { useQuery } from '../../api/useQuery.ts';
import { useViewer } from '../../auth/useViewer.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { graphql } from '../../gql/index.ts';
import { useMessages } from '../../i18n/messages.ts';
import { followMessages } from '../me/followMessages.ts';

const FollowedDoc = graphql(`
  query WebFollowedStandards {
    viewer { id watching { id standard { id } } }
  }
`);
const FollowDoc = graphql(`
  mutation WebFollowStandard($input: FollowStandardInput!) { followStandard(input: $input) { watch { id } } }
`);
const UnfollowDoc = graphql(`
  mutation WebStandardUnfollow($input: UnfollowStandardInput!) { unfollowStandard(input: $input) { unfollowed } }
`);

/** Follow / Following for a signed-in reader (a pressed toggle); nothing for an anonymous one. */
export function FollowButton({ standardId }: { standardId: string }) {
  const f = useMessages(followMessages);
  const { viewer } = useViewer();
  const followed = useQuery(FollowedDoc, {}, { skip: !viewer });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  // What the last press did, until the list asked again says the same.
  const [pressed, setPressed] = useState<boolean | null>(null);
  if (!viewer || !followed.data?.viewer) return null;
  const following = pressed ?? (followed.data.viewer.watching ?? []).some((w) => w.standard?.id === standardId);

  async function toggle() {
    setBusy(true);
    setError(null);
    try {
      if (following) await request(UnfollowDoc, { input: { standardId } });
      else await request(FollowDoc, { input: { standardId } });
      setPressed(!following);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError('UNKNOWN', String(caught)));
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="follow">
      <button
        type="button"
        className={following ? 'follow-on' : undefined}
        aria-pressed={following}
        aria-describedby="follow-hint"
        disabled={busy}
        onClick={() => void toggle()}
      >
        {following ? `✓ ${f('following')}` : f('follow')}
      </button>
      <span id="follow-hint" className="field-hint">
        {following ? f('followingHint') : f('followHintOff')}
      </span>
      {error && <ErrorMessage error={error} />}
    </div>
  );
}
