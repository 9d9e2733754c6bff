import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF_HEADER } from '../../src/app.ts';
import type { OpenedDatabase } from '../../src/db/client.ts';
import { seededDatabase, startRealServer, tempDir } from './helpers.ts';

// The GraphQL-over-HTTP audit of graphql-http, against the real server (src/server.ts) on a port,
// with everything in place (request handler, limits, CSRF prevention, logging, metrics, cache).

let folder: ReturnType<typeof tempDir>;
let database: OpenedDatabase;
let server: Awaited<ReturnType<typeof startRealServer>>;

beforeAll(async () => {
  folder = tempDir('audit');
  database = seededDatabase(`${folder.dir}/registry.db`);
  server = await startRealServer(`${folder.dir}/registry.db`);
});
afterAll(async () => {
  await server.close();
  database.close();
  folder.remove();
});

/** A non-browser client as docs/operations.md documents it: it sends the CSRF header on every request. */
const documentedClient = (input: RequestInfo | URL, init: RequestInit = {}) => {
  const headers = new Headers(init.headers);
  headers.set(CSRF_HEADER, '1');
  return fetch(input, { ...init, headers });
};

describe('GraphQL over HTTP', () => {
  it('passes every audit of graphql-http', async () => {
    const results = await auditServer({ url: server.url, fetchFn: documentedClient });
    const failed = results
      .filter((result) => result.status !== 'ok')
      .map((result) => `${result.id} ${result.name}: ${result.status}`);
    expect(failed).toEqual([]);
    expect(results).toHaveLength(61);
  });

  it('without the CSRF header, exactly the GET audits are refused, with 403', async () => {
    const results = await auditServer({ url: server.url });
    const refused = results.flatMap((result) =>
      result.status === 'ok' ? [] : [`${result.id} ${result.response.status}`],
    );
    // 5A70: GET with a query; D6D5 and 6A70: GET with variables. A browser sends such requests
    // cross-site without a preflight, so they must carry the header (docs/operations.md, "Limits and errors").
    expect(refused.sort()).toEqual(['5A70 403', '6A70 403', 'D6D5 403']);
  });
});
