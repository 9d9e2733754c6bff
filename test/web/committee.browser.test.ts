import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPersonWithToken } from '../support/people.ts';
import { sessionCookieFor } from '../support/sessions.ts';
import { acceptInvitation, apiAs } from './accounts.ts';
import { expectAccessible } from './axe.ts';
import { startWebHarness, type WebHarness } from './harness.ts';
import { prepareSceneCommittee, type ScenePeople, stageSceneDrafts } from './workspace-scene.ts';

// The committee page: an administrator invites a person and manages roles and ballot rules from the
// page; a member reads the members, drafts, rules and history without the administrator's controls.

const CODE = 'ISO/TC22/SC32';
const PATH = `/committees/${encodeURIComponent(CODE)}`;
const PASSWORD = 'correct horse battery staple';
let web: WebHarness;
let people: ScenePeople;
let admin: ReturnType<typeof createPersonWithToken> & { session: string };
let stranger: { session: string };
let recorded: ReturnType<typeof createPersonWithToken>;

beforeAll(async () => {
  let prepared: ScenePeople | undefined;
  web = await startWebHarness({
    prepare(db) {
      prepared = prepareSceneCommittee(db);
      const person = createPersonWithToken(db, { admin: true, name: 'Ada Admin' });
      admin = { ...person, session: sessionCookieFor(db, person.personId, new Date()) };
      recorded = createPersonWithToken(db, { name: 'Rui Recorded' });
      // Signed in, with no role in any committee.
      stranger = {
        session: sessionCookieFor(db, createPersonWithToken(db, { name: 'Olu Outsider' }).personId, new Date()),
      };
    },
  });
  if (!prepared) throw new Error('the harness did not prepare the database');
  people = prepared;
  await stageSceneDrafts(web.origin, people);
}, 60_000);
afterAll(async () => {
  await web?.close();
});

// Each password set hashes it (scrypt, memory-hard): on a busy machine that takes more than poll's default second.
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });

async function signedIn(
  person: { session: string } | null,
  lang: 'en' | 'zh' = 'en',
): Promise<{ page: Page; context: BrowserContext }> {
  const opened = await web.newPage({ lang });
  if (person) await opened.context.addCookies([{ name: 'vsr_session', value: person.session, url: web.origin }]);
  return opened;
}

const form = (page: Page, heading: string) =>
  page.locator('form', { has: page.getByRole('heading', { name: heading, exact: true }) });
const section = (page: Page, heading: string) =>
  page.locator('section', { has: page.getByRole('heading', { name: heading, exact: true }) });

describe('the committee page', () => {
  it('shows a plain member the members, drafts and rules, without the administrator’s controls', async () => {
    for (const lang of ['en', 'zh'] as const) {
      const { page } = await signedIn(people.member, lang);
      await page.goto(`${PATH}?lang=${lang}`);
      await poll(() => page.locator('main').textContent()).toContain('ISO 26262:2026');
      await expect(page.locator('main').textContent()).resolves.toContain(people.secretary.name);
      await expect(page.getByRole('link', { name: 'ISO/SAE 21434:2026' }).count()).resolves.toBe(1);
      await expect(page.locator('.committee-admin').count()).resolves.toBe(0);
      await expect(page.locator('.committee-member-admin').count()).resolves.toBe(0);
      if (lang === 'zh') await expect(page.locator('main').textContent()).resolves.toContain('投票规则');
      await expectAccessible(page);
    }
  });

  it('lets an administrator invite a new member, whose link sets a password and shows the committee', async () => {
    const { page } = await signedIn(admin);
    await page.goto(`${PATH}?lang=en`);
    await poll(() => page.locator('h1').textContent()).toContain(CODE);
    await expectAccessible(page);
    const invite = form(page, 'Invite a person');
    await invite.getByLabel('Full name').fill('Wen Newcomer');
    await invite.getByLabel('E-mail address').fill('wen@example.org');
    await invite.getByLabel('Organisation').fill('CATARC');
    await invite.getByLabel('Role', { exact: true }).selectOption('MEMBER');
    await invite.getByRole('button', { name: 'Invite', exact: true }).click();
    const linkField = page.getByLabel('Link for Wen Newcomer (shown only now):');
    await linkField.waitFor();
    const url = await linkField.inputValue();
    expect(url).toMatch(new RegExp(`^${web.origin}/set-password#token=vsl_`, 'u'));
    await expect(page.getByText('It works once, until').count()).resolves.toBe(1);
    await expect(page.getByText('has no notification channel that delivers it').count()).resolves.toBe(1);
    await expect(page.getByRole('button', { name: 'Copy link' }).count()).resolves.toBe(1);
    const members = section(page, 'Members');
    await poll(() => members.textContent()).toContain('Wen Newcomer');
    await poll(() => section(page, 'History').textContent()).toContain(
      'Ada Admin gave Wen Newcomer the role Member (votes).',
    );

    // The invited person, in a browser of their own.
    const other = await web.newPage();
    await acceptInvitation(other.page, url, PASSWORD);
    const committees = section(other.page, 'Committees and roles');
    await poll(() => committees.textContent()).toContain(CODE);
    await committees.getByRole('link', { name: new RegExp(CODE, 'u') }).click();
    await poll(() => new URL(other.page.url()).pathname).toBe(PATH);
    await poll(() => section(other.page, 'Members').textContent()).toContain('Wen Newcomer');
  });

  it('gives a recorded person a role, found by e-mail; an unknown address changes nothing', async () => {
    const { page } = await signedIn(admin);
    await page.goto(`${PATH}?lang=en`);
    const add = form(page, 'Give a recorded person a role');
    await add.getByLabel('E-mail address').fill('nobody@example.org');
    await add.getByRole('button', { name: 'Give the role' }).click();
    await poll(() => add.getByRole('alert').textContent()).toContain('Nobody is recorded with the e-mail address');
    await add.getByLabel('E-mail address').fill(recorded.email.toUpperCase());
    await add.getByLabel('Role', { exact: true }).selectOption('OBSERVER');
    await add.getByRole('button', { name: 'Give the role' }).click();
    await poll(() => add.locator('output').textContent()).toBe(
      'Rui Recorded now holds the role Observer (does not vote).',
    );
    const row = section(page, 'Members').locator('li', { hasText: 'Rui Recorded' });
    await poll(() => row.locator('.committee-role').textContent()).toBe('Observer (does not vote)');

    // A reset link for them, shown once; then their removal, confirmed first.
    await page.getByText('Manage Rui Recorded').click();
    await row.getByRole('button', { name: 'Issue a password reset link' }).click();
    const reset = row.getByLabel('Link for Rui Recorded (shown only now):');
    await poll(() => reset.inputValue()).toMatch(/\/set-password#token=vsl_/u);
    await row.getByRole('button', { name: 'Remove', exact: true }).click();
    await poll(() => row.getByRole('alertdialog').textContent()).toContain('Remove Rui Recorded from ISO/TC22/SC32?');
    await row.getByRole('button', { name: 'Yes, remove' }).click();
    await poll(() => section(page, 'Members').textContent()).not.toContain('Rui Recorded');
    await poll(() => section(page, 'History').textContent()).toContain(
      'Ada Admin removed Rui Recorded (was Observer (does not vote)).',
    );
  });

  it('asks before giving someone who already holds a role here another one; cancelled, nothing changes', async () => {
    const { page } = await signedIn(admin);
    await page.goto(`${PATH}?lang=en`);
    const add = form(page, 'Give a recorded person a role');
    const row = section(page, 'Members').locator('li', { hasText: 'Sun Secretary' });
    await poll(() => row.locator('.committee-role').textContent()).toBe('Secretary');
    // The default role, Member, would demote the secretary: the page asks first.
    await add.getByLabel('E-mail address').fill(people.secretary.email);
    await add.getByRole('button', { name: 'Give the role' }).click();
    const ask = add.getByRole('alertdialog');
    await poll(() => ask.textContent()).toContain(
      'Sun Secretary already holds the role Secretary in this committee. Change it to Member (votes)?',
    );
    await expectAccessible(page);
    await ask.getByRole('button', { name: 'Cancel' }).click();
    await expect(add.getByRole('alertdialog').count()).resolves.toBe(0);
    await expect(add.locator('output').count()).resolves.toBe(0);
    await page.reload();
    await poll(() => row.locator('.committee-role').textContent()).toBe('Secretary');
    await expect(section(page, 'History').textContent()).resolves.not.toContain("changed Sun Secretary's role");

    // The same role changes nothing and says so; another, confirmed, is given.
    await add.getByLabel('E-mail address').fill(people.secretary.email);
    await add.getByLabel('Role', { exact: true }).selectOption('SECRETARY');
    await add.getByRole('button', { name: 'Give the role' }).click();
    await poll(() => add.locator('output').textContent()).toBe(
      'Sun Secretary already holds the role Secretary. Nothing changed.',
    );
    await add.getByLabel('Role', { exact: true }).selectOption('CHAIR');
    await add.getByRole('button', { name: 'Give the role' }).click();
    await add.getByRole('alertdialog').getByRole('button', { name: 'Yes, change the role' }).click();
    await poll(() => add.locator('output').textContent()).toBe('Sun Secretary now holds the role Chair.');
    await poll(() => row.locator('.committee-role').textContent()).toBe('Chair');
    await poll(() => section(page, 'History').textContent()).toContain(
      "Ada Admin changed Sun Secretary's role from Secretary to Chair.",
    );
  });

  it("changes a member's role (in the history); a refused change shows its code, nothing changes", async () => {
    const { page } = await signedIn(admin);
    await page.goto(`${PATH}?lang=en`);
    await page.getByText('Manage Li Wei').click();
    await page.getByLabel('Role of Li Wei').selectOption('SECRETARY');
    await page.getByRole('button', { name: 'Save role' }).click();
    await poll(() => section(page, 'History').textContent()).toContain(
      "Ada Admin changed Li Wei's role from Member (votes) to Secretary.",
    );
    const row = section(page, 'Members').locator('li', { hasText: 'Li Wei' });
    await poll(() => row.locator('.committee-role').textContent()).toBe('Secretary');
    await page.getByLabel('Member body of Li Wei').fill('SAC');
    await page.getByLabel('Li Wei heads the delegation').check();
    await page.getByRole('button', { name: 'Save member body' }).click();
    await poll(() => section(page, 'History').textContent()).toContain(
      'Ada Admin recorded Li Wei as sitting for SAC, as head of delegation.',
    );
    await poll(() => row.textContent()).toContain('Member body: SAC (head of delegation)');

    // An acting officer role needs a reason: the server refuses a blank one and records nothing.
    await page.getByLabel('Reason (recorded in the history)').fill('   ');
    await page.getByRole('button', { name: 'Act as officer' }).click();
    await poll(() => section(page, 'Administration').getByRole('alert').textContent()).toContain('INVALID_INPUT');
    await expect(section(page, 'History').textContent()).resolves.not.toContain('began acting');
    await page.getByLabel('Reason (recorded in the history)').fill('The secretariat is vacant.');
    await page.getByRole('button', { name: 'Act as officer' }).click();
    await poll(() => section(page, 'History').textContent()).toContain(
      'Ada Admin began acting as an officer. Reason: The secretariat is vacant.',
    );
    await page.getByRole('button', { name: 'Stop acting as officer' }).click();
    await poll(() => section(page, 'History').textContent()).toContain('Ada Admin stopped acting as an officer.');
  });

  it('sets the SAC ballot rule with minimum days, explained on the page and stored', async () => {
    const { page } = await signedIn(admin);
    await page.goto(`${PATH}?lang=en`);
    await page.getByLabel('Rule', { exact: true }).selectOption('SAC');
    await page.getByLabel('Minimum days of an enquiry ballot').fill('56');
    await page.getByLabel('Minimum days of an approval ballot').fill('30');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const rules = section(page, 'Ballot rules');
    await poll(() => rules.textContent()).toContain('at least 3/4 of the voting members must take part');
    await poll(() => rules.textContent()).toContain(
      'Shortest ballots: an enquiry ballot at least 56 days, an approval ballot at least 30 days.',
    );
    const stored = await apiAs<{ committee: { ballotRules: unknown } }>(
      web.origin,
      admin.token,
      `{ committee(code: "${CODE}") { ballotRules { rule votesBy minimumDays { enquiry approval } } } }`,
    );
    expect(stored.data?.committee.ballotRules).toEqual({
      rule: 'SAC',
      votesBy: 'PERSON',
      minimumDays: { enquiry: 56, approval: 30 },
    });
    await page.getByLabel('Minimum days of an enquiry ballot').fill('400');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await poll(() => section(page, 'Administration').getByRole('alert').textContent()).toContain('INVALID_INPUT');
    await expect(rules.textContent()).resolves.toContain('at least 56 days');
    // The administration in Chinese: the rule explained, the forms labelled.
    await page.goto(`${PATH}?lang=zh`);
    await poll(() => section(page, '投票规则').textContent()).toContain('至少 3/4 的有表决权委员须参加投票');
    await expectAccessible(page);
  });

  it('tells others they are not a member, and an anonymous reader to sign in', async () => {
    const outsider = await signedIn(stranger);
    await outsider.page.goto(`${PATH}?lang=en`);
    await poll(() => outsider.page.getByRole('alert').textContent()).toContain('You are not a member of ISO/TC22/SC32');
    await expect(outsider.page.locator('main').textContent()).resolves.not.toContain('Li Wei');
    const { page } = await signedIn(null);
    await page.goto(`${PATH}?lang=en`);
    const href = await page.locator('#main').getByRole('link', { name: 'Sign in' }).getAttribute('href');
    expect(new URL(href ?? '', web.origin).searchParams.get('next')).toBe(PATH);
  });
});
