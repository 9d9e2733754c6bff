import { createClient, type Client } from 'graphql-sse';
import { useEffect, useRef } from 'react';
import { GRAPHQL_PATH } from '../../api/client.ts';
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

/** Waits longer after each failed attempt (1 s, 2 s, 4 s … at most 30 s), with jitter: pages do not retry together. */
const backoff = (retries: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, Math.min(30_000, 1000 * 2 ** retries) * (0.5 + Math.random())));

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
    // A refusal the server chose (429 TOO_MANY_STREAMS, 403...) is not a dropped connection: retrying
    // would not help, so the page gives up live updates and keeps working without them.
    let refused = false;
    const client: Client = createClient({
      url: GRAPHQL_PATH,
      credentials: 'same-origin',
      headers: { 'x-graphql-yoga-csrf': 'draft-activity' },
      retryAttempts: 8,
      retry: async (retries) => {
        if (refused) client.dispose();
        else await backoff(retries);
      },
      fetchFn: async (input: RequestInfo | URL, init?: RequestInit) => {
        const response = await fetch(input, init);
        if (response.status >= 400 && response.status < 500) refused = true;
        return response;
      },
    });
    const stop = client.subscribe<WebDraftActivitySubscription>(
      { query: DraftActivityDocument.toString(), variables: { draftId } },
      {
        next: (result) => {
          if (!result.data) return;
          handlers.current.onEvent(result.data.draftActivity);
          soon();
        },
        // Refused, closed by the server (access ended) or past the retries: the page goes on without.
        error: () => undefined,
        complete: () => undefined,
      },
      {
        connected: (reconnected) => {
          if (reconnected) soon();
        },
      },
    );
    return () => {
      burst.cancel();
      stop();
      client.dispose();
    };
  }, [draftId]);
}
