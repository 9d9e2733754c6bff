import { useEffect, useRef } from 'react';
import { subscribeLive } from '../../api/live.ts';
import { graphql } from '../../gql/index.ts';
import type { WebDraftActivitySubscription } from '../../gql/graphql.ts';
import { coalesce } from './coalesce.ts';

export const DraftActivityDocument = graphql(`
  subscription WebDraftActivity($draftId: ID!) {
    draftActivity(draftId: $draftId) {
      id
      action
      data
      actor {
        id
        name
      }
    }
  }
`);

export type ActivityEvent = WebDraftActivitySubscription['draftActivity'];

/** Events that arrive this close together cause one refetch, at most a second after the first of them. */
const COALESCE = { quietMs: 250, maxWaitMs: 1000 };

/**
 * Follows the draft's activity over server-sent events while the page is open: each event is handed
 * to `onEvent`, and `refetch` runs once per burst of events (and after a reconnection, which may
 * have missed some). A refused or failed stream only leaves the page without live updates. Leaving
 * the page (or another draft's id) closes the stream.
 */
export function useDraftActivity(
  draftId: string | undefined,
  { refetch, onEvent }: { refetch(): void; onEvent(event: ActivityEvent): void },
): void {
  const handlers = useRef({ refetch, onEvent });
  handlers.current = { refetch, onEvent };

  useEffect(() => {
    if (!draftId) return;
    const burst = coalesce(() => handlers.current.refetch(), COALESCE);
    const soon = () => burst.poke();
    const stop = subscribeLive<WebDraftActivitySubscription>(
      DraftActivityDocument.toString(),
      { draftId },
      {
        onData: (data) => {
          handlers.current.onEvent(data.draftActivity);
          soon();
        },
        onReconnected: soon,
      },
    );
    return () => {
      burst.cancel();
      stop();
    };
  }, [draftId]);
}
