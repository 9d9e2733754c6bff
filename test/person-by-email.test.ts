import { beforeEach, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.ts';
import { executeAs, ok, setUpCommittee, type Committee } from './support/committee.ts';
import { createTestDb } from './support/db.ts';
import type { Credential } from './support/http.ts';
import { sessionCookieFor } from './support/sessions.ts';

// An administrator finds a recorded person by e-mail, to give them a role in a committee; nobody else
// learns from it whether an address is recorded.

const ByEmail = graphql(`
  query PersonByEmail($email: String!) { personByEmail(email: $email) { name email memberships { role } } }
`);

let c: Committee;
beforeEach(() => {
  c = setUpCommittee(createTestDb().db);
});

const lookUp = async (token: Credential, email: string) =>
  ok(await executeAs(c.app, token, ByEmail, { email })).personByEmail;

describe('personByEmail', () => {
  it('answers an administrator with the person, the address matched whatever its case and spaces', async () => {
    const email = c.outsider.email;
    expect(await lookUp(c.admin.token, ` ${email.toUpperCase()} `)).toEqual({
      name: 'Oscar Outsider',
      email,
      memberships: [],
    });
    expect(await lookUp(c.admin.token, c.secretary.email)).toMatchObject({ memberships: [{ role: 'SECRETARY' }] });
    expect(await lookUp(c.admin.token, 'nobody@example.org')).toBeNull();
    // An administrator signed in in a browser (the session cookie) is answered the same.
    const cookie = sessionCookieFor(c.db, c.admin.personId, c.clock.now);
    expect(await lookUp({ cookie }, c.outsider.email)).toMatchObject({ name: 'Oscar Outsider' });
  });

  it('answers null to everyone else, anonymous callers and committee officers included', async () => {
    const memberCookie = { cookie: sessionCookieFor(c.db, c.secretary.personId, c.clock.now) };
    for (const token of [null, c.secretary.token, c.chair.token, c.outsider.token, memberCookie]) {
      expect(await lookUp(token, c.outsider.email)).toBeNull();
    }
  });
});
