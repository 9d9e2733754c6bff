import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { openDatabase, type OpenedDatabase } from '../src/db/client.ts';
import { proposeDraft, setUpCommittee, type Committee } from './support/committee.ts';
import { post, type App } from './support/http.ts';
import { globalId } from './support/people.ts';

// The response cache answers anonymous reads only while the tables they read are unchanged: an
// answer computed from a table the catalogue does not declare must not outlive a change to it.

let database: OpenedDatabase;
let c: Committee;
let cached: App;

beforeEach(() => {
  database = openDatabase({ file: ':memory:' });
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
