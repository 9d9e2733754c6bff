import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPersonWithToken } from '../support/people.ts';
import { apiAs, giveWork, inviteUrl } from './accounts.ts';
import { expectAccessible } from './axe.ts';
import { startWebHarness, type WebHarness } from './harness.ts';

// People sign in in the browser: the invitation link an administrator issues over the API, the
// password chosen on /set-password, the header, the person's page (tokens, sessions), signing out.

const PASSWORD = 'correct horse battery staple';
let web: WebHarness;
let admin: ReturnType<typeof createPersonWithToken>;
let lia: ReturnType<typeof createPersonWithToken>;
let rui: ReturnType<typeof createPersonWithToken>;

beforeAll(async () => {
  web = await startWebHarness({
    prepare(db) {
      admin = createPersonWithToken(db, { admin: true, name: 'Ada Admin' });
      lia = createPersonWithToken(db, { name: 'Lia Lab' });
      rui = createPersonWithToken(db, { name: 'Rui Rate' });
    },
  });
}, 60_000);
afterAll(async () => {
  await web?.close();
});

const api = <T>(token: string, query: string) => apiAs<T>(web.origin, token, query);
const invite = (personId: number) => inviteUrl(web.origin, admin.token, personId);

// Each sign-in hashes a password (scrypt, memory-hard): on a busy machine that takes more than poll's default second.
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });
const heading = (page: Page) => page.locator('h1').textContent();
const alertText = (page: Page) => page.getByRole('alert').first().textContent();

async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

describe('signing in on the web', () => {
  let liaLink: string;

  it('follows an invitation link: the password is checked, then set, and the person lands on their page', async () => {
    await giveWork(web.origin, { admin: admin.token, person: lia.token }, lia.personId, {
      committee: 'ISO/TC22/SC32',
      role: 'SECRETARY',
      follows: 'UN R155',
    });
    liaLink = await invite(lia.personId);
    expect(liaLink).toMatch(new RegExp(`^${web.origin}/set-password#token=vsl_`, 'u'));
    const { page } = await web.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(liaLink);
    await poll(() => heading(page)).toBe('Choose your password');
    // The secret leaves the address bar once read.
    await poll(() => page.url()).not.toContain('token=');
    await expect(page.getByText('12 to 200 characters').count()).resolves.toBe(1);
    await expectAccessible(page);

    await page.getByLabel('New password').fill('too short');
    await page.getByLabel('The same password again').fill('too short');
    await page.getByRole('button', { name: 'Set password and sign in' }).click();
    await poll(() => alertText(page)).toBe('The password is too short: at least 12 characters (9 now).');
    await page.getByLabel('New password').fill(PASSWORD);
    await page.getByLabel('The same password again').fill(`${PASSWORD}!`);
    await page.getByRole('button', { name: 'Set password and sign in' }).click();
    await poll(() => alertText(page)).toBe('The two passwords are not the same.');

    await page.getByLabel('The same password again').fill(PASSWORD);
    await page.getByRole('button', { name: 'Set password and sign in' }).click();
    await poll(() => heading(page)).toBe('Lia Lab');
    expect(new URL(page.url()).pathname).toBe('/me');
    await expect(page.locator('header').getByRole('link', { name: 'Lia Lab' }).count()).resolves.toBe(1);
    await expect(page.getByText('this browser').count()).resolves.toBe(1);
    await expect(page.getByText(/^Chrome \d+ · Linux$/u).count()).resolves.toBe(1);
    expect(problems).toEqual([]);
    const committees = page.locator('section', { has: page.getByRole('heading', { name: 'Committees and roles' }) });
    await expect(committees.locator('li').first().textContent()).resolves.toMatch(/^ISO\/TC22\/SC32.*Secretary/u);
    await expect(page.getByRole('link', { name: 'UN R155' }).count()).resolves.toBe(1);
    await expectAccessible(page);
  });

  it('explains a link that was already used', async () => {
    const { page } = await web.newPage();
    await page.goto(liaLink);
    await page.getByLabel('New password').fill(PASSWORD);
    await page.getByLabel('The same password again').fill(PASSWORD);
    await page.getByRole('button', { name: 'Set password and sign in' }).click();
    await poll(() => alertText(page)).toContain('This link no longer works');
    await poll(() => alertText(page)).toContain('Ask an administrator of the registry for a new link.');
  });

  it('signs out, refuses a wrong password, signs in and returns to the page the person came from', async () => {
    const { page } = await web.newPage();
    await page.goto('/me');
    await poll(() => page.url()).toContain('/sign-in?next=%2Fme');
    await poll(() => heading(page)).toBe('Sign in');
    await signIn(page, lia.email, 'not the password at all');
    await poll(() => alertText(page)).toContain('The e-mail address or the password is wrong');
    await signIn(page, lia.email, PASSWORD);
    await poll(() => heading(page)).toBe('Lia Lab');
    expect(new URL(page.url()).pathname).toBe('/me');

    await page.goto('/horizon');
    const myWork = page.locator('header').getByRole('link', { name: 'My work' });
    await poll(() => myWork.count()).toBe(1);
    await page.locator('header').getByRole('button', { name: 'Sign out' }).click();
    // Signed out, the header offers signing in, not a workspace.
    await poll(() => myWork.count()).toBe(0);
    await page.locator('header').getByRole('link', { name: 'Sign in' }).click();
    await poll(() => page.url()).toContain('next=%2Fhorizon');
    await signIn(page, lia.email, PASSWORD);
    await poll(() => new URL(page.url()).pathname).toBe('/horizon');
    await poll(() => page.locator('header').getByRole('link', { name: 'Lia Lab' }).count()).toBe(1);
    expect(await myWork.count()).toBe(1);
  });

  it('goes only to paths of this site after signing in', async () => {
    const { page } = await web.newPage();
    await page.goto('/sign-in?next=//example.org/x');
    await signIn(page, lia.email, PASSWORD);
    await poll(() => new URL(page.url()).pathname).toBe('/me');
    expect(new URL(page.url()).origin).toBe(web.origin);
  });

  it('creates a token whose secret is shown once and works, then revokes it', async () => {
    const { page } = await web.newPage();
    await page.goto('/sign-in?next=/me');
    await signIn(page, lia.email, PASSWORD);
    await poll(() => heading(page)).toBe('Lia Lab');
    await page.getByLabel('What the new token is for').fill('LIMS sync');
    await page.getByRole('button', { name: 'Create token' }).click();
    const secretField = page.getByLabel('The new token', { exact: true });
    await secretField.waitFor();
    const secret = await secretField.inputValue();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('me-secret');
    await expect(page.getByText('Copy it now: it is shown only this once.').count()).resolves.toBe(1);
    const asTool = await api<{ viewer: { name: string } }>(secret, '{ viewer { name } }');
    expect(asTool.data?.viewer.name).toBe('Lia Lab');

    await page.getByRole('button', { name: 'Revoke token LIMS sync' }).click();
    await poll(() => page.getByRole('button', { name: 'Revoke token LIMS sync' }).count()).toBe(0);
    const revoked = await api<{ viewer: null }>(secret, '{ viewer { name } }');
    expect(revoked.data?.viewer ?? null).toBeNull();
  });

  it('signs out everywhere: every browser of the person is signed out', async () => {
    const one = await web.newPage();
    const two = await web.newPage();
    for (const { page } of [one, two]) {
      await page.goto('/sign-in?next=/me');
      await signIn(page, lia.email, PASSWORD);
      await poll(() => heading(page)).toBe('Lia Lab');
    }
    await one.page.getByRole('button', { name: 'Sign out everywhere' }).click();
    await poll(() => one.page.url()).toContain('/sign-in');
    await two.page.reload();
    await poll(() => two.page.url()).toContain('/sign-in');
    await poll(() => two.page.locator('header').getByRole('link', { name: 'Sign in' }).count()).toBe(1);
  });

  it('signs in with the keyboard alone', async () => {
    const { page } = await web.newPage();
    await page.goto('/sign-in');
    await poll(() => heading(page)).toBe('Sign in');
    for (let i = 0; i < 20; i += 1) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.id)) === 'sign-in-email') break;
    }
    await page.keyboard.type(lia.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await poll(() => heading(page)).toBe('Lia Lab');
  });

  it('says how long to wait after too many failed sign-ins', async () => {
    const { page } = await web.newPage();
    await page.goto('/sign-in');
    for (let i = 0; i < 5; i += 1) {
      await signIn(page, rui.email, `wrong password ${i}`);
      await poll(() => page.locator('.auth-form button').isEnabled()).toBe(true);
      await poll(() => alertText(page)).toContain('is wrong');
    }
    await signIn(page, rui.email, `wrong password again`);
    await poll(() => alertText(page)).toMatch(/^Too many failed sign-ins .* Try again in 15 min\.$/u);
  });

  it('speaks Chinese on each page and stays accessible', async () => {
    const { page } = await web.newPage({ lang: 'zh' });
    await page.goto('/sign-in');
    await poll(() => heading(page)).toBe('登录');
    await expectAccessible(page);
    await page.goto('/set-password#token=vsl_not-a-real-one');
    await poll(() => heading(page)).toBe('设置密码');
    await expectAccessible(page);
    await page.getByLabel('新密码').fill(PASSWORD);
    await page.getByLabel('再次输入密码').fill(PASSWORD);
    await page.getByRole('button', { name: '设置密码并登录' }).click();
    await poll(() => alertText(page)).toContain('此链接已失效');
    await page.goto('/sign-in?next=/me');
    await page.getByLabel('电子邮箱').fill(lia.email);
    await page.getByLabel('密码', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await poll(() => page.getByRole('heading', { name: 'API 令牌' }).count()).toBe(1);
    await poll(() => page.locator('header').getByRole('button', { name: '退出登录' }).count()).toBe(1);
    await expectAccessible(page);
  });

  it('the sign-in page in English is accessible', async () => {
    const { page } = await web.newPage();
    await page.goto('/sign-in');
    await poll(() => heading(page)).toBe('Sign in');
    await expectAccessible(page);
  });
});
