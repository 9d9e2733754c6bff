import { describe, expect, it } from 'vitest';
import { graphql } from './gql/index.ts';
import { createTestDb } from './support/db.ts';
import { createPersonWithToken, globalId, postAs } from './support/people.ts';
import { appWithSignIn, browserPost, ORIGIN } from './support/sessions.ts';

// Signing in with an e-mail and a password, through HTTP as a browser page does it: the invitation
// link, the session cookie, its expiry, signing out, changing and resetting the password, and the
// limits on failed sign-ins.

const Issue = graphql(`
  mutation SignInIssueLink($input: IssueAccountLinkInput!) {
    issueAccountLink(input: $input) { url token expiresAt person { name } }
  }
`);
const SetPassword = graphql(`
  mutation SignInSetPassword($input: SetPasswordWithLinkInput!) {
    setPasswordWithLink(input: $input) { viewer { name } purpose expiresAt }
  }
`);
const SignIn = graphql(`
  mutation SignInSignIn($input: SignInInput!) { signIn(input: $input) { viewer { name } expiresAt } }
`);
const SignOut = graphql(`mutation SignInSignOut($input: SignOutInput!) { signOut(input: $input) { sessionsEnded } }`);
const ChangePassword = graphql(`
  mutation SignInChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { changed } }
`);
const Me = graphql(`
  query SignInMe { viewer { name hasPassword sessions { id current userAgent endsAt } memberships { role } } }
`);

const START = new Date('2026-03-02T09:00:00.000Z');
const HOUR = 3_600_000;
const PASSWORD = 'correct horse battery staple';

function setUp(options: Parameters<typeof appWithSignIn>[2] = {}) {
  const { db } = createTestDb();
  const clock = { now: START };
  const app = appWithSignIn(db, clock, options);
  const admin = createPersonWithToken(db, { admin: true, name: 'Ada Admin' });
  const lia = createPersonWithToken(db, { name: 'Lia Lab' });
  const later = (ms: number) => {
    clock.now = new Date(clock.now.getTime() + ms);
  };
  const invite = async (personId = lia.personId, purpose: 'INVITATION' | 'PASSWORD_RESET' = 'INVITATION') => {
    const result = await postAs<{ issueAccountLink: { url: string; token: string; expiresAt: string } }>(
      app,
      admin.token,
      'mutation($input: IssueAccountLinkInput!) { issueAccountLink(input: $input) { url token expiresAt } }',
      { input: { personId: globalId('Person', personId), purpose } },
    );
    expect(result.errors).toBeUndefined();
    return result.data!.issueAccountLink;
  };
  /** Lia, invited, with her password set: the cookie of the session that started. */
  const signedUp = async () => {
    const link = await invite();
    const answer = await browserPost(app, SetPassword, { input: { token: link.token, password: PASSWORD } });
    expect(answer.errors).toBeUndefined();
    return answer.session!;
  };
  const dump = () =>
    JSON.stringify(
      ['sessions', 'account_links', 'person_passwords', 'events', 'notifications'].map((t) =>
        db.$client.prepare(`select * from ${t}`).all(),
      ),
    );
  return { db, app, clock, admin, lia, later, invite, signedUp, dump };
}

describe('invitations', () => {
  it('an administrator invites a person; the link, used once, sets the password and signs them in', async () => {
    const t = setUp();
    const issued = await browserPost(
      t.app,
      Issue,
      { input: { personId: globalId('Person', t.lia.personId), purpose: 'INVITATION' } },
      { headers: { authorization: `Bearer ${t.admin.token}` } },
    );
    const link = issued.data!.issueAccountLink;
    expect(link.url).toBe(`${ORIGIN}/set-password#token=${link.token}`);
    expect(link.expiresAt).toBe(new Date(START.getTime() + 7 * 24 * HOUR).toISOString());
    expect(link.person.name).toBe('Lia Lab');

    const accepted = await browserPost(t.app, SetPassword, { input: { token: link.token, password: PASSWORD } });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.setPasswordWithLink).toMatchObject({ viewer: { name: 'Lia Lab' }, purpose: 'INVITATION' });
    const [cookie] = accepted.setCookies;
    expect(cookie).toMatch(/^vsr_session=vss_[\w-]{43}; Path=\/; HttpOnly; SameSite=Lax; Max-Age=1209600$/u);

    const me = await browserPost(t.app, Me, {}, { cookie: accepted.session });
    expect(me.data!.viewer).toMatchObject({ name: 'Lia Lab', hasPassword: true });
    expect(me.data!.viewer!.sessions).toMatchObject([{ current: true, userAgent: 'TestBrowser/1.0' }]);

    // Secrets are stored only as hashes; the password as scrypt.
    expect(t.dump()).not.toContain(link.token);
    expect(t.dump()).not.toContain(accepted.session);
    expect(t.dump()).not.toContain(PASSWORD);
    expect(t.db.$client.prepare('select hash from person_passwords').pluck().get()).toMatch(/^scrypt\$10\$8\$1\$/u);

    const again = await browserPost(t.app, SetPassword, {
      input: { token: link.token, password: 'another password!' },
    });
    expect(again.errors?.[0]?.extensions?.code).toBe('LINK_INVALID');
    expect(again.session).toBeUndefined();
    expect(
      (await browserPost(t.app, SignIn, { input: { email: t.lia.email, password: PASSWORD } })).errors,
    ).toBeUndefined();
  });

  it("the link is told to the person's notification channels until it is used", async () => {
    const t = setUp();
    const webhook = await postAs(
      t.app,
      t.lia.token,
      'mutation { createWebhook(input: { url: "https://mail-relay.example.org/hook", kinds: [ACCOUNT_LINK_ISSUED] }) ' +
        '{ secret } }',
    );
    expect(webhook.errors).toBeUndefined();
    const link = await t.invite();
    const feed = () =>
      postAs<{ viewer: { notifications: { edges: { node: { kind: string; subject: string; data: unknown } }[] } } }>(
        t.app,
        t.lia.token,
        '{ viewer { notifications(first: 5) { edges { node { kind subject data } } } } }',
      );
    expect((await feed()).data!.viewer.notifications.edges.map((e) => e.node)).toEqual([
      {
        kind: 'ACCOUNT_LINK_ISSUED',
        subject: globalId('Person', t.lia.personId),
        data: { purpose: 'INVITATION', url: link.url, expiresAt: link.expiresAt },
      },
    ]);
    const queued = t.db.$client.prepare('select count(*) from webhook_deliveries').pluck().get();
    expect(queued).toBe(1);
    await browserPost(t.app, SetPassword, { input: { token: link.token, password: PASSWORD } });
    expect((await feed()).data!.viewer.notifications.edges[0]!.node.data).toEqual({
      purpose: 'INVITATION',
      expiresAt: link.expiresAt,
    });
    expect(t.dump()).not.toContain(link.token);
  });

  it('a link expires after 7 days, and a newer link replaces an unused one; neither changes anything', async () => {
    const t = setUp();
    const first = await t.invite();
    const second = await t.invite();
    const before = t.dump();
    const replaced = await browserPost(t.app, SetPassword, { input: { token: first.token, password: PASSWORD } });
    expect(replaced.errors?.[0]).toMatchObject({ extensions: { code: 'LINK_INVALID' } });
    expect(replaced.errors?.[0]?.message).toContain('replaced');
    t.later(7 * 24 * HOUR);
    const expired = await browserPost(t.app, SetPassword, { input: { token: second.token, password: PASSWORD } });
    expect(expired.errors?.[0]?.extensions?.code).toBe('LINK_INVALID');
    expect(expired.errors?.[0]?.message).toContain('expired');
    const unknown = await browserPost(t.app, SetPassword, { input: { token: 'vsl_nothing', password: PASSWORD } });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('LINK_INVALID');
    expect(t.dump()).toBe(before);
  });

  it('a short password is refused, naming the field, and leaves the link usable', async () => {
    const t = setUp();
    const link = await t.invite();
    const short = await browserPost(t.app, SetPassword, { input: { token: link.token, password: 'short' } });
    expect(short.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'password' });
    expect(
      (await browserPost(t.app, SetPassword, { input: { token: link.token, password: PASSWORD } })).errors,
    ).toBeUndefined();
  });

  it('an invitation for a person who has a password is a conflict; a reset link is the way', async () => {
    const t = setUp();
    await t.signedUp();
    const result = await postAs(
      t.app,
      t.admin.token,
      'mutation($input: IssueAccountLinkInput!) { issueAccountLink(input: $input) { url } }',
      { input: { personId: globalId('Person', t.lia.personId), purpose: 'INVITATION' } },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});

describe('signing in and out', () => {
  it('signs in with the right password only; a wrong password and an unknown e-mail get the same answer', async () => {
    const t = setUp();
    await t.signedUp();
    const wrong = await browserPost(t.app, SignIn, { input: { email: t.lia.email, password: 'not the password' } });
    const unknown = await browserPost(t.app, SignIn, { input: { email: 'nobody@example.org', password: PASSWORD } });
    for (const refused of [wrong, unknown]) {
      expect(refused.errors?.[0]).toMatchObject({
        message: 'The e-mail or the password is wrong.',
        extensions: { code: 'SIGN_IN_FAILED' },
      });
      expect(refused.setCookies).toEqual([]);
    }
    const right = await browserPost(t.app, SignIn, {
      input: { email: ` ${t.lia.email.toUpperCase()} `, password: PASSWORD },
    });
    expect(right.data!.signIn.viewer.name).toBe('Lia Lab');
    expect((await browserPost(t.app, Me, {}, { cookie: right.session })).data!.viewer!.name).toBe('Lia Lab');
    // Signing in again from that browser replaces its session: the one its cookie held ends.
    const again = await browserPost(
      t.app,
      SignIn,
      { input: { email: t.lia.email, password: PASSWORD } },
      {
        cookie: right.session,
      },
    );
    expect(again.session).not.toBe(right.session);
    expect((await browserPost(t.app, Me, {}, { cookie: right.session })).data!.viewer).toBeNull();
  });

  it('signing out ends the session: the same cookie is anonymous afterwards', async () => {
    const t = setUp();
    const cookie = await t.signedUp();
    const out = await browserPost(t.app, SignOut, { input: {} }, { cookie });
    expect(out.data!.signOut.sessionsEnded).toBe(1);
    expect(out.session).toBe('');
    expect(out.setCookies[0]).toContain('Max-Age=0');
    const replayed = await browserPost(t.app, Me, {}, { cookie });
    expect(replayed.data!.viewer).toBeNull();
    expect(replayed.session).toBe(''); // the stale cookie is cleared
  });

  it('signing out everywhere ends every session of the person; API tokens stay', async () => {
    const t = setUp();
    const first = await t.signedUp();
    const second = (await browserPost(t.app, SignIn, { input: { email: t.lia.email, password: PASSWORD } })).session;
    const out = await browserPost(t.app, SignOut, { input: { everywhere: true } }, { cookie: second });
    expect(out.data!.signOut.sessionsEnded).toBe(2);
    for (const cookie of [first, second])
      expect((await browserPost(t.app, Me, {}, { cookie })).data!.viewer).toBeNull();
    expect(
      (await postAs<{ viewer: { name: string } }>(t.app, t.lia.token, '{ viewer { name } }')).data!.viewer.name,
    ).toBe('Lia Lab');
  });

  it('a session ends after the idle timeout without use, and after its lifetime however used', async () => {
    const t = setUp();
    const cookie = await t.signedUp();
    // Used every 71 hours: the idle timeout (72 h) never runs out, the lifetime (14 days) does.
    for (let hours = 71; hours < 14 * 24; hours += 71) {
      t.later(71 * HOUR);
      expect((await browserPost(t.app, Me, {}, { cookie })).data!.viewer?.name).toBe('Lia Lab');
    }
    t.later(14 * 24 * HOUR - 4 * 71 * HOUR);
    expect((await browserPost(t.app, Me, {}, { cookie })).data!.viewer).toBeNull();

    const idle = (await browserPost(t.app, SignIn, { input: { email: t.lia.email, password: PASSWORD } })).session;
    t.later(72 * HOUR);
    const answer = await browserPost(t.app, Me, {}, { cookie: idle });
    expect(answer.data!.viewer).toBeNull();
    expect(answer.session).toBe('');
  });

  it('over HTTPS (PUBLIC_URL) the cookie is Secure, with the __Host- prefix, and links point there', async () => {
    const t = setUp({ publicUrl: 'https://registry.example.org' });
    const link = await t.invite();
    expect(link.url).toMatch(/^https:\/\/registry\.example\.org\/set-password#token=vsl_/u);
    const accepted = await browserPost(
      t.app,
      SetPassword,
      { input: { token: link.token, password: PASSWORD } },
      { origin: 'https://registry.example.org' },
    );
    expect(accepted.setCookies[0]).toMatch(/^__Host-vsr_session=vss_[^;]+; Path=\/; HttpOnly; SameSite=Lax; Secure;/u);
    const me = await browserPost(
      t.app,
      Me,
      {},
      { cookie: accepted.session, cookieName: '__Host-vsr_session', origin: 'https://registry.example.org' },
    );
    expect(me.data!.viewer!.name).toBe('Lia Lab');
  });
});

describe('passwords', () => {
  it('changing the password needs the current one, keeps this session and ends the others', async () => {
    const t = setUp();
    const here = await t.signedUp();
    const elsewhere = (await browserPost(t.app, SignIn, { input: { email: t.lia.email, password: PASSWORD } })).session;
    const before = t.dump();
    const wrong = await browserPost(
      t.app,
      ChangePassword,
      { input: { currentPassword: 'not the password', newPassword: 'a brand new password' } },
      { cookie: here },
    );
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'SIGN_IN_FAILED', field: 'currentPassword' });
    expect(t.dump()).toBe(before);

    const changed = await browserPost(
      t.app,
      ChangePassword,
      { input: { currentPassword: PASSWORD, newPassword: 'a brand new password' } },
      { cookie: here },
    );
    expect(changed.data!.changePassword.changed).toBe(true);
    expect((await browserPost(t.app, Me, {}, { cookie: here })).data!.viewer?.name).toBe('Lia Lab');
    expect((await browserPost(t.app, Me, {}, { cookie: elsewhere })).data!.viewer).toBeNull();
    const old = await browserPost(t.app, SignIn, { input: { email: t.lia.email, password: PASSWORD } });
    expect(old.errors?.[0]?.extensions?.code).toBe('SIGN_IN_FAILED');
    const fresh = await browserPost(t.app, SignIn, { input: { email: t.lia.email, password: 'a brand new password' } });
    expect(fresh.errors).toBeUndefined();
  });

  it('a reset link sets a new password and ends every earlier session', async () => {
    const t = setUp();
    const cookie = await t.signedUp();
    const link = await t.invite(t.lia.personId, 'PASSWORD_RESET');
    const reset = await browserPost(t.app, SetPassword, {
      input: { token: link.token, password: 'reset to this one' },
    });
    expect(reset.data!.setPasswordWithLink.purpose).toBe('PASSWORD_RESET');
    expect((await browserPost(t.app, Me, {}, { cookie })).data!.viewer).toBeNull();
    expect((await browserPost(t.app, Me, {}, { cookie: reset.session })).data!.viewer!.name).toBe('Lia Lab');
    const old = await browserPost(t.app, SignIn, { input: { email: t.lia.email, password: PASSWORD } });
    expect(old.errors?.[0]?.extensions?.code).toBe('SIGN_IN_FAILED');
  });
});

describe('failed sign-ins are limited', () => {
  it('per account: after 5 failures in 15 minutes even the right password gets 429 till the window ends', async () => {
    const t = setUp();
    await t.signedUp();
    for (let i = 0; i < 5; i += 1) {
      t.later(60_000);
      const failed = await browserPost(t.app, SignIn, { input: { email: t.lia.email, password: `wrong ${i}` } });
      expect(failed.errors?.[0]?.extensions?.code).toBe('SIGN_IN_FAILED');
    }
    const limited = await browserPost(t.app, SignIn, { input: { email: t.lia.email, password: PASSWORD } });
    expect(limited.status).toBe(429);
    expect(limited.errors?.[0]?.extensions).toMatchObject({ code: 'SIGN_IN_RATE_LIMITED', retryAfterSeconds: 660 });
    expect(limited.headers.get('retry-after')).toBe('660');
    expect(limited.setCookies).toEqual([]);
    t.later(660_000);
    expect(
      (await browserPost(t.app, SignIn, { input: { email: t.lia.email, password: PASSWORD } })).errors,
    ).toBeUndefined();
  });

  it('per address: 20 failures from one address refuse it, whatever the account; other addresses go on', async () => {
    const t = setUp();
    await t.signedUp();
    for (let i = 0; i < 20; i += 1) {
      const failed = await browserPost(
        t.app,
        SignIn,
        { input: { email: `guess${i}@example.org`, password: PASSWORD } },
        { address: '203.0.113.9' },
      );
      expect(failed.errors?.[0]?.extensions?.code).toBe('SIGN_IN_FAILED');
    }
    const limited = await browserPost(
      t.app,
      SignIn,
      { input: { email: t.lia.email, password: PASSWORD } },
      { address: '203.0.113.9' },
    );
    expect(limited.errors?.[0]?.extensions?.code).toBe('SIGN_IN_RATE_LIMITED');
    const other = await browserPost(
      t.app,
      SignIn,
      { input: { email: t.lia.email, password: PASSWORD } },
      { address: '198.51.100.7' },
    );
    expect(other.errors).toBeUndefined();
  });

  it('per address, IPv6 addresses count per /64: one site cannot rotate its addresses around the limit', async () => {
    const t = setUp();
    await t.signedUp();
    for (let i = 0; i < 20; i += 1) {
      const address = `2001:db8:1:2::${(i + 1).toString(16)}`;
      await browserPost(t.app, SignIn, { input: { email: `guess${i}@example.org`, password: PASSWORD } }, { address });
    }
    const sameSite = await browserPost(
      t.app,
      SignIn,
      { input: { email: t.lia.email, password: PASSWORD } },
      { address: '2001:db8:1:2:ffff::1' },
    );
    expect(sameSite.errors?.[0]?.extensions?.code).toBe('SIGN_IN_RATE_LIMITED');
    const otherSite = await browserPost(
      t.app,
      SignIn,
      { input: { email: t.lia.email, password: PASSWORD } },
      { address: '2001:db8:1:3::1' },
    );
    expect(otherSite.errors).toBeUndefined();
  });
});
