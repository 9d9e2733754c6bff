import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPersonWithToken } from '../support/people.ts';
import { sessionCookieFor } from '../support/sessions.ts';
import { apiAs } from './accounts.ts';
import { expectAccessible } from './axe.ts';
import { startWebHarness, type WebHarness } from './harness.ts';
import {
  closedBallot,
  draftPath,
  headed,
  invite,
  moveTo,
  openBallot,
  poll,
  setPassword,
  signIn,
  vote,
} from './workflow-steps.ts';

// A committee's whole workflow in the pages, three people at once, each in a browser of their own: the
// administrator invites a secretary and a member on the committee page; they sign in; the member proposes
// a revision of ISO 26262, the secretary writes its text, the member comments and votes, the secretary
// records a disposition; the server closes each ballot at its closing time (nobody clicks close); the
// secretary publishes, and an anonymous reader finds the new version on the lab page.
// Only the administrator is made in the database; every other step is done in the pages.

const CODE = 'ISO/TC22/SC32';
const SECRETARY = { name: 'Sun Secretary', email: 'sun@example.org', organisation: 'SAC', role: 'SECRETARY' };
const MEMBER = { name: 'Li Wei', email: 'li.wei@example.org', organisation: 'CATARC', role: 'MEMBER' };
const PASSWORDS = { secretary: 'a long secretary passphrase', member: 'a long member passphrase' };
const VERSION = 'ISO 26262:2026';

let web: WebHarness;
let adminSession: string;
let adminToken: string;
/** Each person's browser page, open for the whole run. */
let admin: Page;
let secretary: Page;
let member: Page;
let draftId = '';

beforeAll(async () => {
  web = await startWebHarness({
    prepare(db) {
      const person = createPersonWithToken(db, { admin: true, name: 'Ada Admin' });
      adminSession = sessionCookieFor(db, person.personId, new Date());
      adminToken = person.token;
    },
    // The server closes due ballots by itself, every second.
    ballotCloseIntervalMs: 1_000,
  });
  const opened = await web.newPage();
  await opened.context.addCookies([{ name: 'vsr_session', value: adminSession, url: web.origin }]);
  admin = opened.page;
  secretary = (await web.newPage()).page;
  member = (await web.newPage()).page;
}, 60_000);
afterAll(async () => {
  await web?.close();
});

// A ballot closes at a whole minute at least 20 s away (the form takes minutes): a phase may wait 80 s and more.
describe("a committee's workflow, three people in their own browsers", { timeout: 180_000 }, () => {
  it('the administrator invites a secretary and a member on the committee page; both sign in', async () => {
    await admin.goto(`/committees/${encodeURIComponent(CODE)}?lang=en`);
    await poll(() => admin.locator('h1').textContent()).toContain(CODE);
    const secretaryLink = await invite(admin, SECRETARY);
    const memberLink = await invite(admin, MEMBER);
    const members = headed(admin, 'section', 'Members');
    await poll(() => members.locator('li', { hasText: SECRETARY.name }).locator('.committee-role').textContent()).toBe(
      'Secretary',
    );
    await poll(() => members.locator('li', { hasText: MEMBER.name }).locator('.committee-role').textContent()).toBe(
      'Member (votes)',
    );
    // The committee's ballots may be short (no minimum days): the test's ballots close within a minute or two.
    await expect(headed(admin, 'section', 'Ballot rules').textContent()).resolves.toContain(
      'Shortest ballots: an enquiry ballot any length, an approval ballot any length.',
    );

    await setPassword(secretary, secretaryLink, PASSWORDS.secretary);
    await poll(() => secretary.locator('h1').textContent()).toBe(SECRETARY.name);
    await setPassword(member, memberLink, PASSWORDS.member);
    await poll(() => member.locator('h1').textContent()).toBe(MEMBER.name);
    // The member signs out, then in again with e-mail and password.
    await member.locator('header').getByRole('button', { name: 'Sign out' }).click();
    await poll(() => member.locator('header').getByRole('link', { name: 'Sign in' }).count()).toBe(1);
    await member.locator('header').getByRole('link', { name: 'Sign in' }).click();
    await poll(() => new URL(member.url()).pathname).toBe('/sign-in');
    await signIn(member, MEMBER.email, PASSWORDS.member);
    await poll(() => new URL(member.url()).pathname).not.toBe('/sign-in');
    await poll(() => member.locator('header').getByRole('link', { name: MEMBER.name }).count()).toBe(1);
    const roles = headed(member, 'section', 'Committees and roles');
    await member.goto('/me?lang=en');
    await poll(() => roles.textContent()).toContain(CODE);
  });

  it('the member proposes a revision of ISO 26262 from My work', async () => {
    await member.goto('/work?lang=en');
    await member.getByRole('link', { name: 'Propose a draft' }).click();
    await poll(() => new URL(member.url()).pathname).toBe('/drafts/new');
    await poll(() => member.getByLabel('Committee').locator('option:checked').textContent()).toMatch(
      /^ISO\/TC22\/SC32/,
    );
    await member.getByLabel('Standard to revise').fill('ISO 26262');
    await member.getByLabel('Planned version designation').fill(VERSION);
    await member.getByLabel('Versions it replaces').fill('ISO 26262:2018');
    await member.getByRole('button', { name: 'Propose the draft' }).click();
    await member.waitForURL((url) => url.pathname.startsWith('/drafts/') && url.pathname !== '/drafts/new');
    draftId = decodeURIComponent(new URL(member.url()).pathname.slice('/drafts/'.length));
    await poll(() => member.locator('h1').textContent()).toContain(VERSION);
    await expect(member.locator('.stage-name').textContent()).resolves.toBe('Proposal');
    // A member moves nothing.
    await expect(member.getByRole('button', { name: /^Move to/ }).count()).resolves.toBe(0);
  });

  it('the secretary finds it on My work, takes it to working draft and writes its text in the editor', async () => {
    await secretary.goto('/work?lang=en');
    await secretary.locator('section[aria-labelledby="work-drafts"]').getByRole('link', { name: VERSION }).click();
    await poll(() => new URL(secretary.url()).pathname).toBe(draftPath(draftId));
    await moveTo(secretary, 'Working draft');
    await secretary.getByRole('link', { name: 'Edit the text' }).click();
    await poll(() => new URL(secretary.url()).pathname).toBe(`${draftPath(draftId)}/edit`);
    await secretary.getByText('The draft has no text yet. Saving makes revision 1.').waitFor();
    const clause = (number: string) => secretary.getByRole('group', { name: `Clause ${number}`, exact: true });
    await secretary.getByRole('button', { name: 'Add a clause' }).click();
    await clause('1').getByLabel('Heading').fill('Scope');
    await clause('1').getByLabel('Text').fill('This document applies to road vehicles.');
    await clause('1').getByRole('button', { name: 'Clause after' }).click();
    await clause('2').getByLabel('Heading').fill('Requirements');
    await clause('2').getByRole('button', { name: 'Sub-clause' }).click();
    await clause('2.1').getByLabel('Heading').fill('Safety goals');
    await clause('2.1').getByLabel('Text').fill('Each hazardous event shall have a safety goal.');
    await secretary.getByLabel('What this revision changes').fill('First text');
    await secretary.getByRole('button', { name: 'Save as revision 1' }).click();
    await poll(() => new URL(secretary.url()).pathname).toBe(draftPath(draftId));
    await poll(() => secretary.locator('.clause-heading').allTextContents()).toEqual([
      '1 Scope',
      '2 Requirements',
      '2.1 Safety goals',
    ]);
    await moveTo(secretary, 'Committee draft');
    await moveTo(secretary, 'Enquiry');
  });

  it('the member comments on 2.1 (technical); the open secretary page shows it live; a disposition', async () => {
    await member.goto(`${draftPath(draftId)}?lang=en`);
    await poll(() => member.locator('.stage-name').textContent()).toBe('Enquiry');
    const clause = member.locator('[data-clause="2.1"]').first();
    await clause.getByRole('button', { name: 'Comment on 2.1' }).click();
    await clause.getByLabel('Type of comment').selectOption('TECHNICAL');
    await clause.getByLabel('Comment', { exact: true }).fill('A safety goal needs a deadline.');
    await clause.getByLabel('Proposed change').fill('Add "within 10 days".');
    await clause.getByRole('button', { name: 'Add comment' }).click();
    await poll(() => clause.locator('.thread-comment').textContent()).toBe('A safety goal needs a deadline.');

    // The secretary's page, open since the last move, was not reloaded.
    await poll(() => secretary.getByRole('status').filter({ hasText: /\S/ }).textContent()).toBe(
      'Li Wei commented on 2.1',
    );
    const thread = secretary.locator('[data-clause="2.1"] .thread', { hasText: 'A safety goal needs a deadline.' });
    await poll(() => thread.count()).toBe(1);
    await expect(thread.textContent()).resolves.toContain('Add "within 10 days".');
    await thread.getByRole('button', { name: 'Record a disposition' }).click();
    await thread.getByLabel('Disposition', { exact: true }).selectOption('ACCEPTED');
    await thread.getByRole('button', { name: 'Record the disposition' }).click();
    await poll(() => thread.locator('.thread-disposition').textContent()).toContain('Disposition: Accepted');
    // And the member's page follows.
    await poll(() => member.locator('[data-clause="2.1"] .thread-disposition').textContent()).toContain(
      'Disposition: Accepted',
    );
    await expectAccessible(secretary);
  });

  it('the enquiry ballot: the member votes with a reason, the server closes it, both pages explain', async () => {
    const closesAt = await openBallot(secretary);
    // The member's open page shows the new ballot without a reload.
    await poll(() => member.locator('.ballot[data-ballot-status="OPEN"]').count()).toBe(1);
    await vote(member, 'Approve', 'The text is ready for approval.');
    const explained =
      '1 of 1 votes cast by voting members approve: at least 2/3; 0 of 1 votes cast against: at most 1/4. Approved.';
    for (const page of [secretary, member]) {
      await expect(closedBallot(page, closesAt)).resolves.toEqual({
        result: 'Result: Approved',
        explanation: explained,
      });
      await poll(() => page.getByRole('status').filter({ hasText: /\S/ }).textContent()).toBe(
        'The ballot closed at its closing time',
      );
    }
    // Nobody closed it: no close button was ever needed, and the history names no one.
    await expect(secretary.getByRole('button', { name: 'Close the ballot' }).count()).resolves.toBe(0);
    const closing = secretary.locator('.draft-history li', { hasText: 'Ballot closed' });
    await expect(closing.textContent()).resolves.not.toContain(' by ');
  });

  it('the approval ballot: opened at approval, voted, closed by the server', async () => {
    await moveTo(secretary, 'Approval');
    const closesAt = await openBallot(secretary);
    await poll(() => member.locator('.ballot[data-ballot-status="OPEN"]').count()).toBe(1);
    await poll(() => member.locator('.ballot h3').first().textContent()).toContain('Approval ballot on revision 1');
    await vote(member, 'Approve', 'Ready to publish.');
    for (const page of [secretary, member]) {
      await expect(closedBallot(page, closesAt)).resolves.toMatchObject({ result: 'Result: Approved' });
    }
  });

  it('the secretary publishes with dates; an anonymous reader finds the new version on the lab page', async () => {
    const panel = secretary.locator('section.publish');
    await poll(() => panel.count()).toBe(1);
    await expect(panel.locator('dl.publish-preview').first().locator('dd').allTextContents()).resolves.toEqual([
      `${VERSION} (Edition) of ISO 26262`,
      'revision 1, 3 clauses',
      'ISO 26262:2018 (published Dec 2018)',
    ]);
    await panel.getByLabel('Publication date').fill('2026-05');
    await panel.getByLabel('Takes effect (implementation date)').fill('2027-01-01');
    await panel.getByLabel('Mandatory for new types from').fill('2027-07-01');
    await panel.getByLabel('Mandatory for existing types from').fill('2028-01-01');
    await panel.getByRole('button', { name: 'Review and publish…' }).click();
    const dialog = secretary.getByRole('dialog', { name: `Publish ${VERSION}?` });
    await dialog.waitFor();
    await expect(dialog.locator('dd').allTextContents()).resolves.toEqual([
      'May 2026',
      '1 Jan 2027',
      '1 Jul 2027',
      '1 Jan 2028',
      'ISO 26262:2018',
    ]);
    await dialog.getByRole('button', { name: 'Publish now' }).click();
    await poll(() => secretary.locator('.published-notice h2').textContent()).toBe(
      `Published as ${VERSION} on May 2026.`,
    );
    await poll(() => member.locator('.stage-name').textContent()).toBe('Published');
    // The member's open page says what happened, in words.
    await poll(() => member.getByRole('status').filter({ hasText: /\S/ }).textContent()).toBe(
      `Sun Secretary published the draft as ${VERSION}`,
    );

    const reader = (await web.newPage()).page;
    await reader.goto('/standards/ISO%2026262?lang=en');
    const row = reader.locator('table.versions tbody tr', { has: reader.locator('th', { hasText: VERSION }) });
    await poll(() => row.count()).toBe(1);
    await expect(
      row.locator('time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime'))),
    ).resolves.toEqual(['2026-05', '2027-01-01', '2027-07-01', '2028-01-01']);
    await expect(row.textContent()).resolves.toContain('ISO 26262:2018');
    await expectAccessible(reader);
  });

  it("the member's My work no longer lists the draft as active", async () => {
    await member.goto('/work?lang=en');
    const drafts = member.locator('section[aria-labelledby="work-drafts"]');
    await poll(() => drafts.textContent()).toContain('No active drafts in your committees.');
    await expect(drafts.getByRole('link', { name: VERSION }).count()).resolves.toBe(0);
    await expect(member.locator('section[aria-labelledby="work-ballots"]').textContent()).resolves.not.toContain(
      VERSION,
    );
  });

  it('the registry recorded both ballots closed by nobody, at their closing time (read through the API)', async () => {
    const answer = await apiAs<{
      draft: {
        stage: string;
        publishedVersion: { designation: string } | null;
        ballots: { stage: string; result: string; closesAt: string; closedAt: string }[];
        history: { edges: { node: { action: string; actor: { name: string } | null } }[] };
      };
    }>(
      web.origin,
      adminToken,
      `query($id: ID!) { draft(id: $id) { stage publishedVersion { designation }
        ballots { stage result closesAt closedAt }
        history(first: 100) { edges { node { action actor { name } } } } } }`,
      { id: draftId },
    );
    const draft = answer.data?.draft;
    expect(draft?.stage).toBe('PUBLISHED');
    expect(draft?.publishedVersion).toEqual({ designation: VERSION });
    expect(draft?.ballots.map((b) => [b.stage, b.result])).toEqual([
      ['APPROVAL', 'APPROVED'],
      ['ENQUIRY', 'APPROVED'],
    ]);
    for (const ballot of draft?.ballots ?? [])
      expect(Date.parse(ballot.closedAt)).toBeGreaterThanOrEqual(Date.parse(ballot.closesAt));
    const closings = draft?.history.edges.filter((e) => e.node.action === 'ballot.closed').map((e) => e.node.actor);
    expect(closings).toEqual([null, null]);
  });
});
