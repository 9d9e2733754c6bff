import { describe, expect, it } from 'vitest';
import { graphql } from './gql/index.ts';
import { createTestDb } from './support/db.ts';
import { createPersonWithToken } from './support/people.ts';
import { appWithSignIn, browserPost, ORIGIN, sessionCookieFor } from './support/sessions.ts';

// A browser sends the session cookie with every request to the registry, whichever page makes it:
// a request with the cookie from another site's page is refused before anything runs, and Yoga's
// CSRF prevention still refuses the requests browsers send without asking (forms, GETs).

const Follow = graphql(`
  mutation CrossSiteFollow($input: FollowCommitteeInput!) { followCommittee(input: $input) { __typename } }
`);
const Me = graphql(`query CrossSiteMe { viewer { name } }`);

const START = new Date('2026-03-02T09:00:00.000Z');

function setUp(corsOrigins: string[] = []) {
  const { db } = createTestDb();
  const clock = { now: START };
  const app = appWithSignIn(db, clock, { corsOrigins });
  const lia = createPersonWithToken(db, { name: 'Lia Lab' });
  db.$client.prepare("insert into committees (code, name_en) values ('SAC/TC114', 'Road vehicles')").run();
  const cookie = sessionCookieFor(db, lia.personId, START);
  const watches = () => db.$client.prepare('select count(*) from watches').pluck().get();
  return { db, app, lia, cookie, watches };
}

const committee = Buffer.from('Committee:1').toString('base64');

describe('cookie callers and other sites', () => {
  it('a mutation with the cookie from another origin is refused (403 CROSS_ORIGIN_REFUSED), unrun', async () => {
    const t = setUp();
    const refused = await browserPost(
      t.app,
      Follow,
      { input: { committeeId: committee } },
      { cookie: t.cookie, origin: 'https://evil.example' },
    );
    expect(refused.status).toBe(403);
    expect(refused.errors?.[0]?.extensions?.code).toBe('CROSS_ORIGIN_REFUSED');
    expect(refused.data ?? null).toBeNull();
    expect(t.watches()).toBe(0);
    // From the registry's own page the same request is made.
    const own = await browserPost(t.app, Follow, { input: { committeeId: committee } }, { cookie: t.cookie });
    expect(own.errors).toBeUndefined();
    expect(t.watches()).toBe(1);
  });

  it('without an Origin, a browser saying the request is cross-site (Sec-Fetch-Site) is refused too', async () => {
    const t = setUp();
    const refused = await browserPost(
      t.app,
      Me,
      {},
      { cookie: t.cookie, origin: null, headers: { 'sec-fetch-site': 'cross-site' } },
    );
    expect(refused.status).toBe(403);
    expect(refused.errors?.[0]?.extensions?.code).toBe('CROSS_ORIGIN_REFUSED');
    const direct = await browserPost(t.app, Me, {}, { cookie: t.cookie, origin: null });
    expect(direct.data!.viewer!.name).toBe('Lia Lab'); // a tool or curl: no Origin, no Sec-Fetch-Site
  });

  it('an origin listed in CORS_ORIGINS may call with the cookie', async () => {
    const t = setUp(['https://app.example.org']);
    const answer = await browserPost(t.app, Me, {}, { cookie: t.cookie, origin: 'https://app.example.org' });
    expect(answer.data!.viewer!.name).toBe('Lia Lab');
  });

  it('a bearer token is not held by the browser, so any origin may send one', async () => {
    const t = setUp();
    const answer = await browserPost(
      t.app,
      Me,
      {},
      { origin: 'https://tool.example', headers: { authorization: `Bearer ${t.lia.token}` } },
    );
    expect(answer.data!.viewer!.name).toBe('Lia Lab');
  });

  it('a form POST carrying the cookie is refused by CSRF prevention (no preflight), before anything runs', async () => {
    const t = setUp();
    const response = await t.app.fetch(`${ORIGIN}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        cookie: `vsr_session=${t.cookie}`,
        origin: ORIGIN,
      },
      body: new URLSearchParams({
        query: `mutation { followCommittee(input: { committeeId: "${committee}" }) { __typename } }`,
      }).toString(),
    });
    expect(response.status).toBe(403);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
      'CSRF_HEADER_REQUIRED',
    );
    expect(t.watches()).toBe(0);
  });
});
