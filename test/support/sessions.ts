import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type ExecutionResult } from 'graphql';
import { createApp, type AppOptions } from '../../src/app.ts';
import type { Db } from '../../src/db/client.ts';
import { DEFAULT_AUTH_SETTINGS } from '../../src/domain/accounts/auth-settings.ts';
import { insertSession } from '../../src/domain/accounts/sessions.ts';
import type { App } from './http.ts';

/** Real scrypt with a small cost (N = 2^10), so that tests hash in milliseconds; the default is tested on its own. */
export const FAST_SCRYPT = { logN: 10, r: 8, p: 1 };

export const ORIGIN = 'http://registry.test';

export function appWithSignIn(db: Db, clock: { now: Date }, options: Partial<AppOptions> = {}): App {
  return createApp({ db, clock: () => clock.now, auth: { scrypt: FAST_SCRYPT }, trustProxy: true, ...options });
}

export interface BrowserRequest {
  /** The session cookie's value to send, if any. */
  cookie?: string | null;
  /** Origin header; default: the registry's own. `null` sends none. */
  origin?: string | null;
  /** Client address, as a proxy reports it (X-Forwarded-For). */
  address?: string;
  headers?: Record<string, string>;
  /** Default `vsr_session`; `__Host-vsr_session` where the registry is served over HTTPS. */
  cookieName?: string;
}

export interface BrowserResponse<T> extends ExecutionResult<T> {
  status: number;
  headers: Headers;
  setCookies: string[];
  /** The session cookie the response sets: its value, or '' when it clears it; undefined when untouched. */
  session: string | undefined;
}

/** A GraphQL POST as a browser page sends it: with the session cookie and an Origin. */
export async function browserPost<T, V extends Record<string, unknown>>(
  app: App,
  document: TypedDocumentNode<T, V>,
  variables: V,
  request: BrowserRequest = {},
): Promise<BrowserResponse<T>> {
  const cookieName = request.cookieName ?? 'vsr_session';
  const origin = request.origin === undefined ? ORIGIN : request.origin;
  const response = await app.fetch(`${ORIGIN}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      'user-agent': 'TestBrowser/1.0',
      ...(origin === null ? {} : { origin }),
      ...(request.cookie ? { cookie: `theme=dark; ${cookieName}=${request.cookie}` } : {}),
      ...(request.address ? { 'x-forwarded-for': request.address } : {}),
      ...request.headers,
    },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const json = (await response.json()) as ExecutionResult<T>;
  const setCookies = response.headers.getSetCookie();
  const session = setCookies.map((c) => /^(?:__Host-)?vsr_session=([^;]*)/u.exec(c)?.[1]).find((v) => v !== undefined);
  return { ...json, status: response.status, headers: response.headers, setCookies, session };
}

/** A browser session for a person, made as signing in makes one (for tests that need a cookie, not a password). */
export function sessionCookieFor(db: Db, personId: number, now: Date): string {
  return db.transaction((tx) => insertSession(tx, personId, now, DEFAULT_AUTH_SETTINGS, 'TestBrowser/1.0')).secret;
}
