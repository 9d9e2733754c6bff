import { type Client, createClient } from 'graphql-sse';
import { GRAPHQL_PATH } from './client.ts';

/** Waits longer after each failed attempt (1 s, 2 s, 4 s … at most 30 s), with jitter: pages do not retry together. */
const backoff = (retries: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, Math.min(30_000, 1000 * 2 ** retries) * (0.5 + Math.random())));

/**
 * Opens one GraphQL subscription over server-sent events (the session cookie authenticates it) and
 * answers the function that closes it. `onData` gets each result's data; `onReconnected` runs after a
 * reconnection, which may have missed events. A refused or failed stream only means no live updates.
 */
export function subscribeLive<TData>(
  query: string,
  variables: Record<string, unknown>,
  { onData, onReconnected }: { onData(data: TData): void; onReconnected(): void },
): () => void {
  // A refusal the server chose (429 TOO_MANY_STREAMS, 403...) is not a dropped connection: retrying
  // would not help, so the page gives up live updates and keeps working without them.
  let refused = false;
  const client: Client = createClient({
    url: GRAPHQL_PATH,
    credentials: 'same-origin',
    headers: { 'x-graphql-yoga-csrf': 'live' },
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
  const stop = client.subscribe<TData>(
    { query, variables },
    {
      next: (result) => {
        if (result.data) onData(result.data);
      },
      // Refused, closed by the server (access ended) or past the retries: the page goes on without.
      error: () => undefined,
      complete: () => undefined,
    },
    {
      connected: (reconnected) => {
        if (reconnected) onReconnected();
      },
    },
  );
  return () => {
    stop();
    client.dispose();
  };
}
