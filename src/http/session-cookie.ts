import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Db } from '../db/client.ts';
import type { AuthSettings } from '../domain/accounts/auth-settings.ts';
import type { RequestAuth, SessionCookieJar } from '../domain/accounts/request-auth.ts';
import { resolveSession } from '../domain/accounts/sessions.ts';
import type { SignInLimiter } from '../domain/accounts/sign-in-limits.ts';
import type { Viewer } from '../domain/accounts/viewer.ts';
import { clientKey } from './connections.ts';

// The session cookie at the HTTP edge: read from the request, set or cleared on the response by a
// small Yoga plugin (Set-Cookie headers queued per request during execution), and refused from
// another site's page. The cookie is httpOnly, SameSite=Lax, Path=/, and Secure with the `__Host-`
// prefix when the registry is served over HTTPS (PUBLIC_URL, or the request itself).

export interface SessionCookieOptions {
  db: Db;
  settings: AuthSettings;
  limiter: SignInLimiter;
  /** PUBLIC_URL: the origin browsers use; decides Secure and where links point. */
  publicUrl?: string;
  /** Origins of other pages allowed to call with credentials (CORS_ORIGINS). */
  corsOrigins: readonly string[];
  /** Read the client's address from the last X-Forwarded-For entry (behind a reverse proxy). */
  trustProxy: boolean;
}

const queued = new WeakMap<Request, string[]>();

/** Appends the Set-Cookie headers queued for the request to its response. */
export function responseCookiesPlugin(): Plugin {
  return {
    onResponse({ request, response }) {
      for (const header of queued.get(request) ?? []) response.headers.append('set-cookie', header);
    },
  };
}

const isSecure = (request: Request, publicUrl: string | undefined) =>
  (publicUrl ?? request.url).toLowerCase().startsWith('https:');

export const cookieName = (secure: boolean) => (secure ? '__Host-vsr_session' : 'vsr_session');

function cookieValue(request: Request, name: string): string | null {
  for (const part of (request.headers.get('cookie') ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim() || null;
  }
  return null;
}

function jar(request: Request, secure: boolean, now: () => Date): SessionCookieJar {
  const name = cookieName(secure);
  const attributes = `Path=/; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
  const push = (header: string) => queued.set(request, [...(queued.get(request) ?? []), header]);
  return {
    set(secret, expiresAt) {
      const maxAge = Math.max(0, Math.floor((Date.parse(expiresAt) - now().getTime()) / 1000));
      push(`${name}=${secret}; ${attributes}; Max-Age=${maxAge}`);
    },
    clear() {
      push(`${name}=; ${attributes}; Max-Age=0`);
    },
  };
}

/** The client failed sign-ins are counted for: an IPv4 address or an IPv6 /64, as connections are counted. */
function clientAddress(request: Request, serverContext: unknown, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = request.headers.get('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded) return clientKey(forwarded);
  }
  const req = (serverContext as { req?: { socket?: { remoteAddress?: string } } } | undefined)?.req;
  return clientKey(req?.socket?.remoteAddress);
}

/**
 * A request carrying the session cookie from another site's page is refused (403 CROSS_ORIGIN_REFUSED):
 * the Origin, when sent, must be the registry's own or a CORS_ORIGINS one; without an Origin, a browser's
 * `Sec-Fetch-Site` must not say another site.
 */
function assertSameOrigin(request: Request, options: SessionCookieOptions): void {
  const origin = request.headers.get('origin');
  const own = [new URL(request.url).origin, ...(options.publicUrl ? [new URL(options.publicUrl).origin] : [])];
  const allowed =
    origin !== null
      ? own.includes(origin) || options.corsOrigins.includes(origin)
      : !['cross-site', 'same-site'].includes(request.headers.get('sec-fetch-site') ?? '');
  if (allowed) return;
  throw new GraphQLError(
    'A request signed in with the session cookie must come from the registry’s own pages (or an origin in ' +
      'CORS_ORIGINS); nothing was run.',
    { extensions: { code: 'CROSS_ORIGIN_REFUSED', http: { status: 403 } } },
  );
}

/** The per-request auth of the context, and the viewer of the session cookie (when no token is sent). */
export function requestAuth(
  options: SessionCookieOptions,
  request: Request,
  serverContext: unknown,
  now: () => Date,
): { auth: RequestAuth; sessionViewer: (at: Date) => Viewer | null } {
  const secure = isSecure(request, options.publicUrl);
  const cookie = jar(request, secure, now);
  const auth: RequestAuth = {
    settings: options.settings,
    limiter: options.limiter,
    address: clientAddress(request, serverContext, options.trustProxy),
    userAgent: request.headers.get('user-agent'),
    baseUrl: (options.publicUrl ?? new URL(request.url).origin).replace(/\/+$/u, ''),
    cookie,
  };
  const sessionViewer = (at: Date): Viewer | null => {
    const secret = cookieValue(request, cookieName(secure));
    if (secret === null) return null;
    assertSameOrigin(request, options);
    const viewer = resolveSession(options.db, secret, at, options.settings);
    // A stale cookie (expired, revoked, signed out elsewhere) is dropped: the caller is anonymous.
    if (viewer === null) cookie.clear();
    return viewer;
  };
  return { auth, sessionViewer };
}

/** True when the request carries a session cookie (of either name): its answer depends on who signed in. */
export function carriesSessionCookie(request: Request): boolean {
  // The same reading as the sign-in's, so the cache and the context never disagree on who calls.
  return cookieValue(request, cookieName(true)) !== null || cookieValue(request, cookieName(false)) !== null;
}
