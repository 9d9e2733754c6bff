import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/http/web-app.ts';
import { expectAccessible } from './axe.ts';
import { startWebHarness, type WebHarness } from './harness.ts';

let web: WebHarness;
beforeAll(async () => {
  web = await startWebHarness();
}, 60_000);
afterAll(async () => {
  await web?.close();
});

describe('the web app at /', () => {
  it('is served with a strict Content-Security-Policy and never from a CDN', async () => {
    const response = await fetch(`${web.origin}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await response.text();
    expect(html).not.toMatch(/https?:\/\//u);
    const asset = /src="(\/assets\/[^"]+\.js)"/u.exec(html)?.[1];
    const script = await fetch(`${web.origin}${asset}`);
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    // React's production build, whoever built it (the tests build under NODE_ENV=test).
    expect(await script.text()).not.toContain('Each child in a list should have a unique');
  });

  it('finds a standard by designation in English, with no console error, and is accessible', async () => {
    const { page } = await web.newPage({ lang: 'en' });
    const problems: string[] = [];
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto('/');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Find a standard');
    await page.getByLabel('Designation, title or words of the text').fill('GB/T 31486');
    await page.getByRole('link', { name: 'GB/T 31486' }).first().waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('GB/T 31486');
    await expectAccessible(page);
    expect(problems).toEqual([]);
  });

  it('speaks Chinese to a Chinese browser, and the language switch is remembered', async () => {
    const { page } = await web.newPage({ lang: 'zh' });
    await page.goto('/');
    await expect.poll(() => page.locator('h1').textContent()).toBe('查找标准');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Find a standard');
    await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('en');
    await page.goto('/');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Find a standard');
  });
});
