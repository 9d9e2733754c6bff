import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { graphql } from './gql/index.ts';
import { createTestDb } from './support/db.ts';
import { createPersonWithToken } from './support/people.ts';
import { browserPost, sessionCookieFor } from './support/sessions.ts';

// The anonymous response cache never answers, nor keeps, what a browser signed in with the session
// cookie sees: that depends on who the person is, as for a token.

const Me = graphql(`query CacheMe { viewer { name } }`);

describe('the response cache and the session cookie', () => {
  it('a signed-in browser gets its own answer, and anonymous callers never get it', async () => {
    const { db } = createTestDb();
    const now = new Date('2026-03-02T09:00:00.000Z');
    const app = createApp({ db, clock: () => now, responseCache: true });
    const lia = createPersonWithToken(db, { name: 'Lia Lab' });
    const cookie = sessionCookieFor(db, lia.personId, now);

    const anonymousFirst = await browserPost(app, Me, {});
    expect(anonymousFirst.data!.viewer).toBeNull();
    const signedIn = await browserPost(app, Me, {}, { cookie });
    expect(signedIn.data!.viewer).toEqual({ name: 'Lia Lab' });
    expect(signedIn.headers.get('etag')).toBeNull();
    const anonymousAfter = await browserPost(app, Me, {});
    expect(anonymousAfter.data!.viewer).toBeNull();
    expect(anonymousAfter.headers.get('vary')).toMatch(/Cookie/iu);
  });

  it('reads the cookie header as the sign-in does, spaces around the name included', async () => {
    const { db } = createTestDb();
    const now = new Date('2026-03-02T09:00:00.000Z');
    const app = createApp({ db, clock: () => now, responseCache: true });
    const lia = createPersonWithToken(db, { name: 'Lia Lab' });
    const cookie = sessionCookieFor(db, lia.personId, now);

    expect((await browserPost(app, Me, {})).data!.viewer).toBeNull();
    const spaced = await browserPost(app, Me, {}, { cookie, cookieName: 'vsr_session ' });
    expect(spaced.data!.viewer).toEqual({ name: 'Lia Lab' });
  });
});
