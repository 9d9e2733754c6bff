import type { Db } from '../../src/db/client.ts';
import { createUserFromCli } from '../../src/domain/accounts/createUserFromCli.ts';
import { post, type App, type Credential } from './http.ts';

let counter = 0;

/** Records a person with a token (as the CLI does) and returns what a client would hold. */
export function createPersonWithToken(db: Db, options: { admin?: boolean; name?: string } = {}) {
  counter += 1;
  const name = options.name ?? `Person ${counter}`;
  const { personId, tokenId, secret } = createUserFromCli({
    db,
    input: { name, email: `person${counter}@example.org`, organisation: 'Test Lab', isAdmin: options.admin ?? false },
  });
  return { personId, tokenId, token: secret, name, email: `person${counter}@example.org` };
}

/** A query through the app with `Authorization: Bearer <token>` (or none). */
export function postAs<T = unknown>(app: App, token: Credential, query: string, variables?: Record<string, unknown>) {
  return post<T>(app, { query, variables }, token);
}

export const globalId = (typename: string, id: number) => Buffer.from(`${typename}:${id}`).toString('base64');
