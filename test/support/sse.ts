import type { ExecutionResult } from 'graphql';
import { credentialHeaders, type App, type Credential } from './http.ts';

/** One Server-Sent Event of a GraphQL stream: a result, the server's `complete`, or the response's end. */
export type SseMessage = { event: 'next'; data: ExecutionResult } | { event: 'complete' } | { event: 'end' };

export interface SseStream {
  status: number;
  contentType: string | null;
  /** The next message, keep-alive comments skipped. */
  message(): Promise<SseMessage>;
  /** The next result; throws when the stream completes instead. */
  next(): Promise<ExecutionResult<any>>;
  close(): void;
}

/**
 * Opens a GraphQL subscription over SSE (`Accept: text/event-stream`), as a client would: through
 * the app's handler, or over HTTP when given the endpoint's URL.
 */
export async function openSse(
  target: App | string,
  token: Credential,
  query: string,
  variables: Record<string, unknown>,
): Promise<SseStream> {
  const abort = new AbortController();
  const send = (init: RequestInit) =>
    typeof target === 'string' ? fetch(target, init) : target.fetch('http://registry.test/graphql', init);
  const response = await send({
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'text/event-stream',
      ...credentialHeaders(token || null),
    },
    body: JSON.stringify({ query, variables }),
    signal: abort.signal,
  });
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  // Read at once, as a client does: an in-process response starts (and can be cancelled) only once read.
  const first = await reader.read();
  let buffer = first.done ? '' : decoder.decode(first.value, { stream: true });
  const message = async (): Promise<SseMessage> => {
    for (;;) {
      const end = buffer.indexOf('\n\n');
      if (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const lines = block.split('\n').filter((line) => !line.startsWith(':'));
        if (lines.length === 0) continue; // a keep-alive
        const event =
          lines
            .find((l) => l.startsWith('event:'))
            ?.slice(6)
            .trim() ?? 'message';
        const data = lines
          .filter((l) => l.startsWith('data:'))
          .map((l) => l.replace(/^data: ?/u, ''))
          .join('\n');
        if (event === 'complete') return { event: 'complete' };
        return { event: 'next', data: JSON.parse(data) as ExecutionResult };
      }
      const chunk = await reader.read();
      if (chunk.done) return { event: 'end' };
      buffer += decoder.decode(chunk.value, { stream: true });
    }
  };
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    message,
    async next() {
      const got = await message();
      if (got.event !== 'next') throw new Error(`stream ended (${got.event}) where a result was expected`);
      return got.data;
    },
    close() {
      abort.abort();
      void reader.cancel().catch(() => undefined);
    },
  };
}
