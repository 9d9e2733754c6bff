import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { createGraphQLError, type Plugin, type YogaServerOptions } from 'graphql-yoga';

// CORS: same-origin only unless origins are listed (CORS_ORIGINS). A listed origin may call the
// GraphQL endpoint with credentials (cookies, Authorization); nothing else is ever shared
// cross-origin: not /metrics, /ready or /health. Yoga's own CORS plugin writes the headers; the
// policy below only decides, per request, whether it does.

type CorsOption = NonNullable<YogaServerOptions<Record<string, never>, object>['cors']>;

/** Headers a page may send, and response headers it may read. */
const ALLOWED_HEADERS = [
  'accept',
  'authorization',
  'content-type',
  'if-none-match',
  'x-graphql-yoga-csrf',
  'x-request-id',
];
const EXPOSED_HEADERS = ['etag', 'retry-after', 'x-request-id'];

export function corsPolicy(origins: readonly string[], graphqlPath: string): CorsOption {
  const allowed = new Set(origins);
  return (request: Request) => {
    const origin = request.headers.get('origin');
    if (origin === null || !allowed.has(origin) || new URL(request.url).pathname !== graphqlPath) return false;
    return {
      origin,
      credentials: true,
      methods: ['GET', 'POST'],
      allowedHeaders: ALLOWED_HEADERS,
      exposedHeaders: EXPOSED_HEADERS,
      maxAge: 600,
    };
  };
}

/**
 * With an allowlist, an answer of the GraphQL endpoint depends on the caller's Origin: say so to
 * caches (added to any Vary already there, e.g. the response cache's).
 */
export function varyOnOrigin(origins: readonly string[], graphqlPath: string): Plugin[] {
  if (origins.length === 0) return [];
  return [
    {
      onResponse({ request, response }) {
        if (new URL(request.url).pathname !== graphqlPath) return;
        const vary = response.headers.get('vary');
        if (!vary?.split(',').some((name) => name.trim().toLowerCase() === 'origin'))
          response.headers.set('vary', vary ? `${vary}, Origin` : 'Origin');
      },
    },
  ];
}

/**
 * Browsers may send GET and "simple" POSTs cross-site without a CORS preflight; such requests must
 * carry `header` (Yoga's CSRF prevention), or are refused with 403 and code CSRF_HEADER_REQUIRED
 * (Yoga's refusal has no code). JSON POSTs are preflighted anyway and need nothing.
 */
export function csrfPrevention(header: string): Plugin {
  const onRequestParse = useCSRFPrevention({ requestHeaders: [header] }).onRequestParse!;
  return {
    onRequestParse(payload) {
      try {
        return onRequestParse(payload);
      } catch {
        throw createGraphQLError(
          `This request must carry the header ${header} (any value): browsers send GETs and form or text/plain ` +
            `POSTs cross-site without asking first.`,
          {
            extensions: { code: 'CSRF_HEADER_REQUIRED', http: { status: 403 } },
          },
        );
      }
    },
  };
}
