import type { Page } from 'playwright-core';
import { globalId } from '../support/people.ts';

// People in the browser tests and screenshots: API calls as a tool makes them (a bearer token), and the
// real invitation flow (a link issued by an administrator, followed in the browser).

/** A GraphQL request with `Authorization: Bearer <token>` (no cookie, no Origin). */
export async function apiAs<T>(origin: string, token: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: T; errors?: { message: string; extensions: { code: string } }[] };
}

/** An invitation (or reset) link for the person, issued by the administrator whose token is given. */
export async function inviteUrl(
  origin: string,
  adminToken: string,
  personId: number,
  purpose: 'INVITATION' | 'PASSWORD_RESET' = 'INVITATION',
): Promise<string> {
  const answer = await apiAs<{ issueAccountLink: { url: string } }>(
    origin,
    adminToken,
    'mutation($input: IssueAccountLinkInput!) { issueAccountLink(input: $input) { url } }',
    { input: { personId: globalId('Person', personId), purpose } },
  );
  if (!answer.data) throw new Error(`issueAccountLink failed: ${JSON.stringify(answer.errors)}`);
  return answer.data.issueAccountLink.url;
}

/** Follows an invitation link in the page and sets the password: the page's context is then signed in. */
export async function acceptInvitation(page: Page, url: string, password: string): Promise<void> {
  await page.goto(url);
  await page.locator('#new-password').fill(password);
  await page.locator('#repeat-password').fill(password);
  await page.locator('.auth-form button[type=submit]').click();
  await page.waitForURL((next) => next.pathname === '/me');
}

/** Gives the person a role in a committee (as the administrator) and makes them follow a standard. */
export async function giveWork(
  origin: string,
  tokens: { admin: string; person: string },
  personId: number,
  work: { committee: string; role: string; follows: string },
): Promise<void> {
  const ids = await apiAs<{ committee: { id: string }; standard: { id: string } }>(
    origin,
    tokens.admin,
    'query($c: String!, $s: String!) { committee(code: $c) { id } standard(designation: $s) { id } }',
    { c: work.committee, s: work.follows },
  );
  const membership = await apiAs(
    origin,
    tokens.admin,
    'mutation($input: SetMembershipInput!) { setMembership(input: $input) { membership { role } } }',
    { input: { committeeId: ids.data?.committee.id, personId: globalId('Person', personId), role: work.role } },
  );
  const follow = await apiAs(
    origin,
    tokens.person,
    'mutation($input: FollowStandardInput!) { followStandard(input: $input) { watch { id } } }',
    { input: { standardId: ids.data?.standard.id } },
  );
  if (membership.errors || follow.errors) throw new Error(JSON.stringify([membership.errors, follow.errors]));
}
