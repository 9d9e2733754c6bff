import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

// Steps of the committee workflow test, each as a person does it in the pages (no API call acts).

/** Generous: sign-ins hash a password (scrypt) and the machine running the tests may be busy. */
export const poll = <T>(read: () => T | Promise<T>, timeout = 20_000) => expect.poll(read, { timeout });

export const draftPath = (id: string) => `/drafts/${encodeURIComponent(id)}`;

/** The `<form>` or `<section>` headed by `heading`. */
export const headed = (page: Page, tag: 'form' | 'section', heading: string): Locator =>
  page.locator(tag, { has: page.getByRole('heading', { name: heading, exact: true }) });

/** On the committee page, as an administrator: invites a person with a role and returns the one-time link shown. */
export async function invite(page: Page, person: { name: string; email: string; organisation: string; role: string }) {
  const form = headed(page, 'form', 'Invite a person');
  await form.getByLabel('Full name').fill(person.name);
  await form.getByLabel('E-mail address').fill(person.email);
  await form.getByLabel('Organisation').fill(person.organisation);
  await form.getByLabel('Role', { exact: true }).selectOption(person.role);
  await form.getByRole('button', { name: 'Invite', exact: true }).click();
  const link = page.getByLabel(`Link for ${person.name} (shown only now):`);
  await link.waitFor({ timeout: 20_000 });
  return link.inputValue();
}

/** Follows an invitation link and chooses a password: the browser is then signed in, on /me. */
export async function setPassword(page: Page, url: string, password: string) {
  await page.goto(url);
  await page.getByLabel('New password').fill(password);
  await page.getByLabel('The same password again').fill(password);
  await page.getByRole('button', { name: 'Set password and sign in' }).click();
  await poll(() => new URL(page.url()).pathname).toBe('/me');
}

/** At /sign-in: e-mail and password. */
export async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Presses "Move to <stage>" on the draft page and waits until the page shows that stage. */
export async function moveTo(page: Page, stage: string) {
  await page.getByRole('button', { name: `Move to ${stage}`, exact: true }).click();
  await poll(() => page.locator('.stage-name').textContent()).toBe(stage);
}

/**
 * Opens a ballot on the current revision from the draft page. The form takes a time to the minute
 * (`datetime-local`, in the reader's time zone): the first whole minute at least `marginMs` from now,
 * so the votes are in before it closes. Returns the closing instant.
 */
export async function openBallot(page: Page, marginMs = 20_000): Promise<number> {
  const { value, at } = await page.evaluate((margin) => {
    const closes = new Date(Date.now() + margin);
    if (closes.getSeconds() || closes.getMilliseconds()) closes.setSeconds(60, 0);
    const pad = (n: number) => String(n).padStart(2, '0');
    const day = `${closes.getFullYear()}-${pad(closes.getMonth() + 1)}-${pad(closes.getDate())}`;
    return { value: `${day}T${pad(closes.getHours())}:${pad(closes.getMinutes())}`, at: closes.getTime() };
  }, marginMs);
  const form = page.locator('form.open-ballot');
  await form.getByLabel('Votes until (your time)').fill(value);
  await form.getByRole('button', { name: 'Open the ballot' }).click();
  await poll(() => page.locator('.ballot[data-ballot-status="OPEN"]').count()).toBe(1);
  return at;
}

/** Votes on the open ballot shown on the draft page, with a reason. */
export async function vote(page: Page, value: 'Approve' | 'Disapprove' | 'Abstain', reason: string) {
  const ballot = page.locator('.ballot[data-ballot-status="OPEN"]');
  await ballot.getByRole('radio', { name: value, exact: true }).check();
  await ballot.getByLabel(/Reason/).fill(reason);
  await ballot.getByRole('button', { name: 'Vote', exact: true }).click();
  await poll(() => ballot.locator('.my-vote').textContent()).toBe(`Your vote: ${value}Your reason: ${reason}`);
}

/** Waits (never clicking close) until the page shows the latest ballot closed, and returns its result lines. */
export async function closedBallot(page: Page, closesAt: number) {
  const latest = page.locator('.ballot').first();
  await poll(() => latest.getAttribute('data-ballot-status'), closesAt - Date.now() + 30_000).toBe('CLOSED');
  return {
    result: await latest.locator('.ballot-result').textContent(),
    explanation: await latest.locator('.ballot-explanation').textContent(),
  };
}
