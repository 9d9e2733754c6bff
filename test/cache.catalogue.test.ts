import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { openDatabase, type OpenedDatabase } from '../src/db/client.ts';
import { proposeDraft, setUpCommittee, type Committee } from './support/committee.ts';
import { post, type App } from './support/http.ts';
import { globalId } from './support/people.ts';

// The response cache answers anonymous reads only while the tables they read are unchanged: an
// answer computed from a table the catalogue does not declare must not outlive a change to it.

let database: OpenedDatabase;
let statements: string[];
let c: Committee;
let cached: App;

beforeEach(() => {
  statements = [];
  database = openDatabase({ file: ':memory:', logger: { logQuery: (query) => statements.push(query) } });
  c = setUpCommittee(database.db);
  cached = createApp({ db: database.db, responseCache: true, clock: () => c.clock.now });
});
afterEach(() => database.close());

const NODE = 'query Node($id: ID!) { node(id: $id) { id __typename } }';

describe('anonymous node(id:) answers from the cache', () => {
  it('does not keep answering null for a draft created after the first answer', async () => {
    const id = globalId('Draft', 1);
    const before = await post(cached, { query: NODE, variables: { id } });
    expect(before.errors).toBeUndefined();
    expect(before.data).toEqual({ node: null });
    expect(await proposeDraft(c)).toBe(id);
    const uncached = await post(c.app, { query: NODE, variables: { id } });
    const after = await post(cached, { query: NODE, variables: { id } });
    expect(after).toEqual(uncached);
  });
});

describe('anonymous answers that read committee work', () => {
  const HISTORY =
    'query { standard(designation: "GB 38031") { designation history(first: 5) { edges { node { action } } } } }';
  const LOOKUP = 'query { standard(designation: "GB 38031") { designation versions { totalCount } } }';

  async function statementsOf(query: string) {
    const before = statements.length;
    const result = await post(cached, { query });
    expect(result.errors).toBeUndefined();
    return statements.length - before;
  }

  it('are computed again on every request, while catalogue answers are served from the cache', async () => {
    expect(await statementsOf(LOOKUP)).toBeGreaterThan(0);
    expect(await statementsOf(LOOKUP)).toBe(0);
    expect(await statementsOf(HISTORY)).toBeGreaterThan(0);
    expect(await statementsOf(HISTORY)).toBeGreaterThan(0);
  });
});
