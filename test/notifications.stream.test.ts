import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { draftInCommittee, moveTo, setUpCommittee, type Committee } from './support/committee.ts';
import { createTestDb } from './support/db.ts';
import { postAs } from './support/people.ts';
import { openSse, type SseStream } from './support/sse.ts';

// The `notifications` subscription: the caller's own new notifications, under the stream limits.

const SUBSCRIBE = 'subscription { notifications { kind data } }';
const open: SseStream[] = [];
afterEach(() => {
  for (const s of open.splice(0)) s.close();
});

/** The committee, its app swapped for one whose notification streams look every 10 ms, two streams per token. */
function setUp(): Committee {
  const c = setUpCommittee(createTestDb().db);
  return {
    ...c,
    app: createApp({ db: c.db, clock: () => c.clock.now, streams: { perToken: 2, notificationPollMs: 10 } }),
  };
}

async function subscribe(c: Committee, token: string | null) {
  const stream = await openSse(c.app, token, SUBSCRIBE, {});
  open.push(stream);
  return stream;
}

describe('notifications subscription', () => {
  it("delivers the caller's own new notifications, and nobody else's", async () => {
    const c = setUp();
    const { draftId, revisionId } = await draftInCommittee(c);
    const author = await subscribe(c, c.members[0].token);
    const other = await subscribe(c, c.members[1].token);
    expect(author.status).toBe(200);
    const thread = await postAs<any>(
      c.app,
      c.members[0].token,
      'mutation($input: CreateCommentThreadInput!) { createCommentThread(input: $input) { thread { id } } }',
      {
        input: { revisionId, type: 'GENERAL', comment: 'Scope too wide.' },
      },
    );
    await postAs(
      c.app,
      c.observer.token,
      'mutation($input: ReplyToCommentInput!) { replyToComment(input: $input) { __typename } }',
      {
        input: { threadId: thread.data.createCommentThread.thread.id, body: 'Agreed.' },
      },
    );
    expect((await author.next()).data).toEqual({
      notifications: { kind: 'COMMENT_REPLIED', data: expect.objectContaining({ replyId: expect.any(Number) }) },
    });
    await moveTo(c, draftId, ['ENQUIRY']);
    expect((await author.next()).data?.notifications).toMatchObject({
      kind: 'DRAFT_STAGE_CHANGED',
      data: { to: 'ENQUIRY' },
    });
    // The other member's first notification is the stage move: the reply was not theirs.
    expect((await other.next()).data?.notifications).toMatchObject({
      kind: 'DRAFT_STAGE_CHANGED',
      data: { to: 'ENQUIRY' },
    });
  });

  it("counts against the stream limits: a token's third stream gets 429 TOO_MANY_STREAMS", async () => {
    const c = setUp();
    await subscribe(c, c.members[0].token);
    await subscribe(c, c.members[0].token);
    const third = await subscribe(c, c.members[0].token);
    expect(third.status).toBe(429);
    const message = await third.message();
    expect(message.event === 'next' && message.data.errors?.[0]?.extensions?.code).toBe('TOO_MANY_STREAMS');
    expect((await subscribe(c, c.members[1].token)).status).toBe(200);
  });

  it('refuses anonymous callers and ends when the token is revoked', async () => {
    const c = setUp();
    const anonymous = await subscribe(c, null);
    const refused = await anonymous.message();
    expect(refused.event === 'next' && refused.data.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const stream = await subscribe(c, c.members[0].token);
    await postAs(
      c.app,
      c.members[0].token,
      'mutation($id: ID!) { revokeApiToken(input: { tokenId: $id }) { revoked } }',
      { id: String(c.members[0].tokenId) },
    );
    expect(['complete', 'end']).toContain((await stream.message()).event);
  });
});
