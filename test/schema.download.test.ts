import { buildSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { schema } from '../src/graphql/schema.ts';
import { createTestDb, type TestDatabase } from './support/db.ts';

// `GET /schema.graphql`: the SDL download linked from the web app's footer.

let t: TestDatabase;
beforeAll(() => {
  t = createTestDb();
});
afterAll(() => t.close());

const get = (method = 'GET') =>
  createApp({ db: t.db, webAppDir: false }).fetch('http://registry.test/schema.graphql', { method });

describe('GET /schema.graphql', () => {
  it('answers the printed schema the server runs, as text, to be saved as a file', async () => {
    const response = await get();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('inline; filename="schema.graphql"');
    const body = await response.text();
    expect(body).toContain('type Query {');
    expect(printSchema(lexicographicSortSchema(buildSchema(body)))).toBe(printSchema(lexicographicSortSchema(schema)));
  });

  it('answers HEAD without a body, and refuses other methods with 405', async () => {
    const head = await get('HEAD');
    expect([head.status, await head.text()]).toEqual([200, '']);
    const post = await get('POST');
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });
});
