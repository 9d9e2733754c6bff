import { print } from 'graphql';
import { beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { ConfigError, readConfig } from '../src/config.ts';
import { createContext } from '../src/context.ts';
import { createActivityBus } from '../src/graphql/activity-bus.ts';
import { createLiveStreams } from '../src/graphql/live-streams.ts';
import { graphql } from './gql/index.ts';
import { draftInCommittee, executeAs, ok, setUpCommittee, type Committee } from './support/committee.ts';
import { createTestDb, type TestDatabase } from './support/db.ts';
import { createPersonWithToken, postAs } from './support/people.ts';
import { openSse, type SseStream } from './support/sse.ts';
import type { App } from './support/http.ts';
import { listen } from './hardening/helpers.ts';

// A stream flood: open streams are capped per token and in all, and an event costs the same SQL
// whatever the number of streams that hear it.

const DraftActivity = graphql(`
  subscription LimitsDraftActivity($draftId: ID!) { draftActivity(draftId: $draftId) { action actor { name } data } }
`);
const Comment = graphql(`
  mutation LimitsComment($input: CreateCommentThreadInput!) { createCommentThread(input: $input) { thread { id } } }
`);

let database: TestDatabase;
let c: Committee;
let draftId: string;
let revisionId: string;
const open: SseStream[] = [];
beforeEach(async () => {
  for (const stream of open.splice(0)) stream.close();
  database = createTestDb();
  c = setUpCommittee(database.db);
  ({ draftId, revisionId } = await draftInCommittee(c));
});

async function openStream(token: string, app: App | string = c.app) {
  const stream = await openSse(app, token, print(DraftActivity), { draftId });
  open.push(stream);
  return stream;
}

const comment = (text: string) =>
  executeAs(c.app, c.members[0].token, Comment, { input: { revisionId, type: 'EDITORIAL', comment: text } });

/** SQL statements run from a comment until every stream has heard of it. */
async function statementsPerEvent(streams: SseStream[], text: string): Promise<number> {
  database.resetCount();
  ok(await comment(text));
  const heard = await Promise.all(streams.map((s) => s.next()));
  for (const event of heard)
    expect(event.data?.draftActivity).toMatchObject({
      action: 'comment.created',
      actor: { name: 'Ma Member' },
      data: { comment: text },
    });
  return database.statements.length;
}

describe('a stream flood', () => {
  it('costs the same SQL statements per event for 14 streams as for 1', async () => {
    const readers = [c.observer, ...c.members, c.secretary, c.chair, c.admin];
    const streams = [await openStream(c.observer.token)];
    await statementsPerEvent(streams, 'Warm-up.');
    const one = await statementsPerEvent(streams, 'Heard by one stream.');
    for (const reader of readers)
      for (let k = 0; k < 2; k += 1) if (streams.length < 14) streams.push(await openStream(reader.token));
    expect(streams).toHaveLength(14);
    const many = await statementsPerEvent(streams, 'Heard by fourteen streams.');
    expect(many).toBe(one);
  });

  it(
    "refuses a token's 17th stream with 429 TOO_MANY_STREAMS; other tokens still open theirs, and closing one " +
      'frees its place',
    async () => {
      const streams = [];
      for (let k = 0; k < 16; k += 1) streams.push(await openStream(c.observer.token));
      expect(streams.map((s) => s.status)).toEqual(Array(16).fill(200));
      const refused = await openStream(c.observer.token);
      expect(refused.status).toBe(429);
      const answer = await refused.next();
      expect(answer.data ?? null).toBeNull();
      expect(answer.errors?.[0]?.extensions?.code).toBe('TOO_MANY_STREAMS');
      expect((await openStream(c.members[0].token)).status).toBe(200);
      streams[0]!.close();
      let again = await openStream(c.observer.token);
      for (let tries = 0; again.status === 429 && tries < 50; tries += 1) {
        await new Promise((resolve) => setTimeout(resolve, 10));
        again = await openStream(c.observer.token);
      }
      expect(again.status).toBe(200);
    },
  );

  it('refuses beyond the server-wide cap with 429 TOO_MANY_STREAMS, whatever the token', async () => {
    const app = createApp({ db: c.db, clock: () => c.clock.now, streams: { max: 3 } });
    const readers = [c.observer, c.members[0], c.members[1]];
    for (const reader of readers) expect((await openStream(reader.token, app)).status).toBe(200);
    const refused = await openStream(createPersonWithToken(c.db, { admin: true }).token, app);
    expect(refused.status).toBe(429);
    expect((await refused.next()).errors?.[0]?.extensions?.code).toBe('TOO_MANY_STREAMS');
  });
});

describe('the per-person stream cap', () => {
  it("refuses a person's streams beyond it whatever token they mint; other people still open theirs", async () => {
    const app = createApp({ db: c.db, clock: () => c.clock.now, streams: { perToken: 2, perPerson: 3 } });
    const minted = await postAs<{ createApiToken: { secret: string } }>(
      app,
      c.observer.token,
      'mutation { createApiToken(input: { name: "second" }) { secret } }',
    );
    const second = minted.data!.createApiToken.secret;
    for (const token of [c.observer.token, c.observer.token, second])
      expect((await openStream(token, app)).status).toBe(200);
    const refused = await openStream(second, app);
    expect(refused.status).toBe(429);
    const answer = await refused.next();
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'TOO_MANY_STREAMS', limit: 3 });
    expect((await openStream(c.members[0].token, app)).status).toBe(200);
  });
});

describe('the stream limits', () => {
  it('are read from STREAMS_PER_TOKEN, STREAMS_PER_PERSON, STREAMS_MAX (16, 32, 5,000); a bad one stops start', () => {
    expect(readConfig({}).streams).toEqual({ perToken: 16, perPerson: 32, max: 5_000 });
    expect(readConfig({ STREAMS_PER_TOKEN: '4', STREAMS_PER_PERSON: '8', STREAMS_MAX: '100' }).streams).toEqual({
      perToken: 4,
      perPerson: 8,
      max: 100,
    });
    expect(() => readConfig({ STREAMS_PER_TOKEN: '0' })).toThrow(ConfigError);
    expect(() => readConfig({ STREAMS_PER_PERSON: '0' })).toThrow(/STREAMS_PER_PERSON must be/u);
    expect(() => readConfig({ STREAMS_MAX: 'many' })).toThrow(/STREAMS_MAX must be/u);
  });

  it('give a place back when a client disconnects, over real HTTP', async () => {
    const server = await listen({
      db: c.db,
      clock: () => c.clock.now,
      streams: readConfig({ STREAMS_PER_TOKEN: '2' }).streams,
    });
    try {
      const first = await openStream(c.observer.token, server.url);
      expect((await openStream(c.observer.token, server.url)).status).toBe(200);
      expect((await openStream(c.observer.token, server.url)).status).toBe(429);
      first.close();
      let again = await openStream(c.observer.token, server.url);
      for (let tries = 0; again.status === 429 && tries < 100; tries += 1) {
        await new Promise((resolve) => setTimeout(resolve, 10));
        again = await openStream(c.observer.token, server.url);
      }
      expect(again.status).toBe(200);
    } finally {
      for (const stream of open.splice(0)) stream.close();
      await server.close();
    }
  });
});

describe('a client that does not read', () => {
  it('has its stream ended, and its place given back, once 256 events wait unread', async () => {
    const bus = createActivityBus();
    const streams = createLiveStreams({ db: c.db, bus });
    const ctx = createContext(
      { db: c.db, activity: bus, streams },
      new Request('http://registry.test/', { headers: { authorization: `Bearer ${c.observer.token}` } }),
    );
    const draft = Number(Buffer.from(draftId, 'base64').toString().split(':')[1]);
    const eventId = c.db.$client
      .prepare("select max(id) from events where entity_type = 'Draft' and entity_id = ?")
      .pluck()
      .get(draft) as number;
    const stream = streams.open(ctx, draft);
    for (let k = 0; k < 256; k += 1) bus.publish({ draftId: draft, eventId });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(streams.size).toBe(1);
    bus.publish({ draftId: draft, eventId });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(streams.size).toBe(0);
    expect(await stream.next()).toEqual({ value: undefined, done: true });
  });
});
