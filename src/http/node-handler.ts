import type { IncomingMessage, ServerResponse } from 'node:http';

// How HTTP requests reach Yoga in the server (docs/architecture.md says why). One change
// from handing Yoga the raw Node request: a JSON POST to the GraphQL endpoint with a declared
// Content-Length within the body limit has its body read here, in one buffer, and parsed once;
// the parsed object is handed to Yoga as `request.body`, which @whatwg-node/server (Yoga's HTTP
// layer) supports for frameworks that parse bodies first: `request.json()` then returns it,
// without a stream pipeline, an abort-aware body reader or a second JSON.parse. Yoga, every plugin
// and every check still run exactly as before (the limits, CSRF, logging, metrics, errors).
// Anything else — other methods, paths or content types, chunked or oversized bodies, a body that
// is not a JSON object — reaches Yoga untouched (a body that is not a JSON object goes as the
// bytes it was, so Yoga answers it as before). test/cache.fastpath.test.ts compares the two
// ways request by request.

/** Throws on the first byte sequence that is not UTF-8; a byte-order mark is kept (and is then not JSON). */
export const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Marks a request whose body this handler parsed (the response cache's fast hit path reads it). */
export const PARSED_BODY = Symbol.for('registry.parsedBody');

export interface ParsedBodyRequest extends IncomingMessage {
  body?: unknown;
  [PARSED_BODY]?: Record<string, unknown>;
}

type NodeApp = (request: IncomingMessage, response: ServerResponse) => unknown;

/** The content types Yoga parses as a JSON body, by Yoga's own rule (exact, case-sensitive, first of a list). */
function isYogaJson(contentType: string | undefined): boolean {
  const type = contentType?.split(',')[0] ?? '';
  return ['application/json', 'application/graphql+json'].some((json) => type === json || type.startsWith(`${json};`));
}

function takesBodyFirst(request: IncomingMessage, path: string, bodyLimit: number): boolean {
  if (request.method !== 'POST' || request.headers['transfer-encoding'] !== undefined) return false;
  const length = Number(request.headers['content-length']);
  if (!Number.isSafeInteger(length) || length <= 0 || length > bodyLimit) return false;
  if (!isYogaJson(request.headers['content-type'])) return false;
  const url = request.url ?? '';
  return url === path || url.startsWith(`${path}?`);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length > 0;
}

/** The server's request listener: `app` (a Yoga instance) behind the body reader above. */
export function createNodeHandler(app: NodeApp, options: { path: string; bodyLimit: number }) {
  return (request: IncomingMessage, response: ServerResponse): void => {
    if (!takesBodyFirst(request, options.path, options.bodyLimit)) {
      void app(request, response);
      return;
    }
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.once('error', () => response.destroy());
    request.once('end', () => {
      const bytes = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
      const target = request as ParsedBodyRequest;
      let parsed: unknown;
      try {
        parsed = JSON.parse(strictUtf8.decode(bytes));
      } catch {
        parsed = undefined;
      }
      if (isPlainObject(parsed)) {
        target.body = parsed;
        target[PARSED_BODY] = parsed;
      } else {
        target.body = bytes; // Yoga reads it again and answers as it always does (bytes that are not UTF-8: 400)
      }
      void app(request, response);
    });
  };
}
