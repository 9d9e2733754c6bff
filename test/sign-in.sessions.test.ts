import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { graphql } from './gql/index.ts';
import { draftInCommittee, moveTo, setUpCommittee } from './support/committee.ts';
import { createTestDb } from './support/db.ts';
import { postAs } from './support/people.ts';
import { browserPost, sessionCookieFor } from './support/sessions.ts';
import { openSse, type SseStream } from './support/sse.ts';

// A person's sessions as their page shows them, ended one by one; and live streams opened with the
// cookie, which end with their session as a token's streams end with the token.

const Sessions = graphql(`query SessionsList { viewer { name sessions { id current userAgent } } }`);
const Revoke = graphql(`
  mutation SessionsRevoke($input: RevokeSessionInput!) { revokeSession(input: $input) { revoked } }
`);

const open: SseStream[] = [];
afterEach(() => {
  for (const s of open.splice(0)) s.close();
});

function setUp() {
  const c = setUpCommittee(createTestDb().db);
  const app = createApp({ db: c.db, clock: () => c.clock.now, streams: { notificationPollMs: 10 } });
  return { ...c, app };
}

describe('sessions', () => {
  it('lists the open sessions, this one marked; ending another signs that browser out', async () => {
    const c = setUp();
    const laptop = sessionCookieFor(c.db, c.members[0].personId, c.clock.now);
    const phone = sessionCookieFor(c.db, c.members[0].personId, c.clock.now);
    const listed = (await browserPost(c.app, Sessions, {}, { cookie: laptop })).data!.viewer!.sessions!;
    expect(listed.map((s) => s.current)).toEqual([true, false]);
    expect(listed[0]!.userAgent).toBe('TestBrowser/1.0');

    // Someone else's session is NOT_FOUND, as one that does not exist.
    const other = await browserPost(
      c.app,
      Revoke,
      { input: { sessionId: listed[1]!.id } },
      {
        cookie: sessionCookieFor(c.db, c.members[1].personId, c.clock.now),
      },
    );
    expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const revoked = await browserPost(c.app, Revoke, { input: { sessionId: listed[1]!.id } }, { cookie: laptop });
    expect(revoked.data!.revokeSession.revoked).toBe(true);
    expect(revoked.setCookies).toEqual([]); // not this browser's session: its cookie stays
    expect((await browserPost(c.app, Sessions, {}, { cookie: phone })).data!.viewer).toBeNull();
    expect((await browserPost(c.app, Sessions, {}, { cookie: laptop })).data!.viewer!.sessions).toHaveLength(1);
    const again = await browserPost(c.app, Revoke, { input: { sessionId: listed[1]!.id } }, { cookie: laptop });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    // Another person's sessions are not theirs to see; an administrator's token sees them.
    const seen = await postAs<{ node: { sessions: unknown[] | null } }>(
      c.app,
      c.admin.token,
      'query($id: ID!) { node(id: $id) { ... on Person { sessions { id } } } }',
      { id: Buffer.from(`Person:${c.members[0].personId}`).toString('base64') },
    );
    expect(seen.data!.node.sessions).toHaveLength(1);
  });

  it('a notifications stream opened with the cookie delivers, and ends when the session signs out', async () => {
    const c = setUp();
    const { draftId } = await draftInCommittee(c);
    const cookie = sessionCookieFor(c.db, c.members[0].personId, c.clock.now);
    const stream = await openSse(c.app, { cookie }, 'subscription { notifications { kind } }', {});
    open.push(stream);
    expect(stream.status).toBe(200);
    await moveTo(c, draftId, ['ENQUIRY']);
    expect((await stream.next()).data).toEqual({ notifications: { kind: 'DRAFT_STAGE_CHANGED' } });
    await postAs(c.app, { cookie }, 'mutation { signOut(input: {}) { sessionsEnded } }');
    expect(['complete', 'end']).toContain((await stream.message()).event);
  });
});
