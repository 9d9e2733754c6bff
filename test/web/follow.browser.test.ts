import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPersonWithToken } from '../support/people.ts';
import { sessionCookieFor } from '../support/sessions.ts';
import { apiAs } from './accounts.ts';
import { expectAccessible } from './axe.ts';
import { startWebHarness, type WebHarness } from './harness.ts';

// What a person follows and where their notifications go, edited in the browser: Follow on a
// standard's page (signed in only), Unfollow on /me, webhooks added (secret shown once) and deleted.

type Person = ReturnType<typeof createPersonWithToken> & { session: string };
let web: WebHarness;
let lia: Person;

beforeAll(async () => {
  web = await startWebHarness({
    prepare(db) {
      const person = createPersonWithToken(db, { name: 'Lia Lab' });
      lia = { ...person, session: sessionCookieFor(db, person.personId, new Date()) };
    },
  });
}, 60_000);
afterAll(async () => {
  await web?.close();
});

async function open(signedIn: boolean, lang: 'en' | 'zh' = 'en'): Promise<Page> {
  const { page, context } = await web.newPage({ lang });
  if (signedIn) await context.addCookies([{ name: 'vsr_session', value: lia.session, url: web.origin }]);
  return page;
}

const MINE = '{ viewer { watching { standard { designation } } webhooks { url } } }';
const mine = async () =>
  (
    await apiAs<{ viewer: { watching: { standard: { designation: string } | null }[]; webhooks: { url: string }[] } }>(
      web.origin,
      lia.token,
      MINE,
    )
  ).data!.viewer;
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });

describe('following a standard', () => {
  it('offers no Follow button to an anonymous reader', async () => {
    const page = await open(false);
    await page.goto(`/standards/${encodeURIComponent('ISO 26262')}?lang=en`);
    await page.getByRole('heading', { name: /ISO 26262/ }).waitFor();
    // The header has asked who is signed in (nobody) before the page is looked at.
    await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).waitFor();
    await expect(page.getByRole('button', { name: /Follow/ }).count()).resolves.toBe(0);
  });

  it('follows from the standard page, is listed on /me and unfollows there', async () => {
    const page = await open(true);
    await page.goto(`/standards/${encodeURIComponent('ISO 26262')}?lang=en`);
    const follow = page.getByRole('button', { name: 'Follow', exact: true });
    await follow.click();
    const following = page.getByRole('button', { name: /Following/ });
    await expect(following.getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(mine().then((m) => m.watching.map((w) => w.standard?.designation))).resolves.toEqual(['ISO 26262']);
    await expectAccessible(page);

    await page.goto('/me?lang=zh');
    const section = page.locator('section[aria-labelledby="me-following"]');
    await section.getByRole('link', { name: 'ISO 26262' }).waitFor();
    await expectAccessible(page);
    await section.getByRole('button', { name: '取消关注 ISO 26262' }).click();
    await poll(() => section.textContent()).toContain('您尚未关注任何内容');
    await expect(mine().then((m) => m.watching)).resolves.toEqual([]);
  });
});

describe('webhooks', () => {
  it('adds a webhook, shows its secret once, and deletes it', async () => {
    const page = await open(true);
    await page.goto('/me?lang=en');
    const section = page.locator('section[aria-labelledby="me-webhooks"]');
    await section.getByLabel('Address (https) the registry posts to').fill('https://hooks.example.org/registry');
    await section.getByLabel('Reminder to vote').uncheck();
    await section.getByRole('button', { name: 'Add webhook' }).click();
    const secret = section.getByLabel('The signing secret');
    await poll(() => secret.inputValue()).toMatch(/^whsec_/);
    const value = await secret.inputValue();
    await expect(section.getByRole('status').textContent()).resolves.toContain('shown only this once');
    await expect(section.locator('li').textContent()).resolves.toContain('https://hooks.example.org/registry');
    await expect(section.locator('li').textContent()).resolves.not.toContain('Reminder to vote');
    await expectAccessible(page);
    await expect(mine().then((m) => m.webhooks.map((w) => w.url))).resolves.toEqual([
      'https://hooks.example.org/registry',
    ]);

    // Never again: a reload shows the webhook, not its secret.
    await page.reload();
    await section.locator('li').first().waitFor();
    await expect(page.content()).resolves.not.toContain(value);
    await section.getByRole('button', { name: 'Delete the webhook to https://hooks.example.org/registry' }).click();
    await poll(() => section.textContent()).toContain('No webhook');
    await expect(mine().then((m) => m.webhooks)).resolves.toEqual([]);
  });

  it('says in Chinese why a webhook was refused, and adds none', async () => {
    const page = await open(true, 'zh');
    await page.goto('/me?lang=zh');
    const section = page.locator('section[aria-labelledby="me-webhooks"]');
    await section.getByLabel('接收通知的地址（https）').fill('https://hooks.example.org/none');
    for (const box of await section.getByRole('checkbox').all()) await box.uncheck();
    await section.getByRole('button', { name: '添加 Webhook' }).click();
    await poll(() => section.getByRole('alert').textContent()).toContain('请至少选择一种通知');
    await expectAccessible(page);
    await expect(mine().then((m) => m.webhooks)).resolves.toEqual([]);
  });
});
