import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type ExecutionResult } from 'graphql';
import { createApp } from '../../src/app.ts';
import type { Db } from '../../src/db/client.ts';

export type App = ReturnType<typeof createApp>;

export interface GraphQLResponse<TData> extends ExecutionResult<TData> {
  status: number;
}

/** Sends a typed document through the app's HTTP handler, exactly as a client would, without a port. */
export async function execute<TData, TVariables extends Record<string, unknown>>(
  app: App,
  document: TypedDocumentNode<TData, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] : [TVariables]
): Promise<GraphQLResponse<TData>> {
  return post<TData>(app, { query: print(document), variables });
}

/** An API token, or a browser's session cookie (sent from the registry's own page). */
export type Credential = string | { cookie: string } | null;

export function credentialHeaders(credential: Credential): Record<string, string> {
  if (credential === null) return {};
  if (typeof credential === 'string') return { authorization: `Bearer ${credential}` };
  return { cookie: `vsr_session=${credential.cookie}`, origin: 'http://registry.test' };
}

/**
 * Sends a raw request body (for malformed documents and bad variables), anonymously or as the
 * holder of a token or session cookie. Every test request goes through here.
 */
export async function post<TData = unknown>(
  app: App,
  body: unknown,
  token: Credential = null,
): Promise<GraphQLResponse<TData>> {
  const response = await app.fetch('http://registry.test/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...credentialHeaders(token),
    },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as ExecutionResult<TData>;
  return { ...json, status: response.status };
}

export function appFor(db: Db): App {
  return createApp({ db });
}
