import type { DomainContext } from '../context.ts';
import { DEFAULT_AUTH_SETTINGS, type AuthSettings } from './auth-settings.ts';
import { createSignInLimiter, type SignInLimiter } from './sign-in-limits.ts';

/** Sets or clears the session cookie on the response being built (the HTTP edge writes Set-Cookie). */
export interface SessionCookieJar {
  set(secret: string, expiresAt: string): void;
  clear(): void;
}

/** What the sign-in verbs need of the request beyond the viewer. */
export interface RequestAuth {
  settings: AuthSettings;
  limiter: SignInLimiter;
  /** The client's address, as the sign-in limits count it. */
  address: string;
  userAgent: string | null;
  /** The registry's public base URL (`https://registry.example.org`): invitation and reset links start with it. */
  baseUrl: string;
  cookie: SessionCookieJar;
}

/** For code that runs verbs outside HTTP (the CLI, test fixtures): no cookie to set, default settings. */
export function detachedAuth(baseUrl = 'http://localhost:4000'): RequestAuth {
  return {
    settings: DEFAULT_AUTH_SETTINGS,
    limiter: createSignInLimiter(DEFAULT_AUTH_SETTINGS),
    address: 'local',
    userAgent: null,
    baseUrl,
    cookie: { set() {}, clear() {} },
  };
}

/** What sign-in verbs need: the domain's context and the request's sign-in state. */
export type AuthContext = DomainContext & { auth: RequestAuth };
