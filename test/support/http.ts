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

/**
 * Sends a raw request body (for malformed documents and bad variables), anonymously or as the
 * holder of `token`. Every test request goes through here.
 */
export async function post<TData = unknown>(
  app: App,
  body: unknown,
  token: string | null = null,
): Promise<GraphQLResponse<TData>> {
  const response = await app.fetch('http://registry.test/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(token === null ? {} : { authorization: `Bearer ${token}` }),
    },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as ExecutionResult<TData>;
  return { ...json, status: response.status };
}

export function appFor(db: Db): App {
  return createApp({ db });
}
