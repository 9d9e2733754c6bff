import { useState } from 'react';
import { useMessages } from '../../i18n/messages.ts';
import { actionMessages, isKnownAction } from './actions.ts';
import { labels } from './labels.ts';
import { liveMessages } from './liveMessages.ts';
import { type ActivityEvent, useDraftActivity } from './useDraftActivity.ts';

/**
 * Keeps the draft page current while it is open (comments, votes, moves by others appear without a
 * reload) and says politely what happened, e.g. "Li Wei commented on 5.1". The viewer's own actions
 * refresh the page too but are not announced: the page already answered them.
 */
export function DraftLive({ draftId, viewerId, onChanged }: { draftId: string; viewerId?: string; onChanged(): void }) {
  const t = useMessages(liveMessages);
  const action = useMessages(actionMessages);
  const label = useMessages(labels);
  const [announcement, setAnnouncement] = useState('');
  const describe = (event: ActivityEvent): string => {
    const name = event.actor?.name ?? t('someone');
    const data = (event.data ?? {}) as Record<string, unknown>;
    switch (event.action) {
      case 'comment.created':
        return typeof data.clauseNumber === 'string'
          ? t('commentedOn', { name, clause: data.clauseNumber })
          : t('commentedGeneral', { name });
      case 'comment.replied':
        return t('replied', { name });
      case 'ballot.voteCast':
        return t('voted', { name });
      case 'draft.stageMoved':
        return t('moved', {
          name,
          to: typeof data.to === 'string' && data.to in labels.en ? label(data.to as keyof typeof labels.en) : '',
        });
      case 'draft.published':
        return t('published', { name, designation: typeof data.designation === 'string' ? data.designation : '' });
      case 'ballot.closed':
        // No actor: the registry closed it at its closing time, nobody did.
        return event.actor ? t('closedBallot', { name }) : t('closedOnTime');
      case 'draft.revisionAdded':
        return t('revised', { name, number: String(data.number ?? '') });
      default:
        return t('other', {
          name,
          what: isKnownAction(event.action)
            ? action(event.action, { to: '', number: '', designation: '' })
            : event.action,
        });
    }
  };
  useDraftActivity(draftId, {
    refetch: onChanged,
    onEvent: (event) => {
      if (event.actor?.id !== viewerId || !viewerId) setAnnouncement(describe(event));
    },
  });
  return (
    <p className="draft-live" role="status" aria-live="polite">
      {announcement}
    </p>
  );
}
