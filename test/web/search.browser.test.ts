import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './axe.ts';
import { startWebHarness, type WebHarness } from './harness.ts';

// The search page at `/`, through the whole stack: what a lab engineer types, sees and can do with
// the keyboard alone, in both languages, and when the API cannot be reached.

let web: WebHarness;
beforeAll(async () => {
  web = await startWebHarness();
}, 60_000);
afterAll(async () => {
  await web?.close();
});

const LABEL_EN = 'Designation, title or words of the text';
const results = (page: import('playwright-core').Page) => page.locator('.result-group');

describe('search as you type', () => {
  it('finds words of a title: grouped by standard, the match marked, the version that applies today', async () => {
    const { page } = await web.newPage({ lang: 'en' });
    await page.goto('/');
    await page.getByLabel(LABEL_EN).fill('traction batt');
    const group = results(page).filter({ hasText: 'GB/T 31486' });
    await group.waitFor();
    expect(await group.locator('mark').allTextContents()).toEqual(['traction', 'battery']);
    expect(await group.locator('.applies').textContent()).toMatch(/^Applies on .+: GB\/T 31486-2024 In force$/u);
    expect(await group.getByRole('link', { name: 'GB/T 31486', exact: true }).getAttribute('href')).toBe(
      '/standards/GB%2FT%2031486',
    );
    expect(await page.getByRole('status').textContent()).toBe('1 match in 1 standard');
    expect(new URL(page.url()).searchParams.get('q')).toBe('traction batt');
    await expectAccessible(page);
  });

  it('finds Chinese text, and speaks Chinese: titles, badges and counts', async () => {
    const { page } = await web.newPage({ lang: 'zh' });
    await page.goto('/');
    await page.getByLabel('标准号、名称或正文中的词').fill('动力蓄电池');
    const group = results(page).filter({ hasText: 'GB/T 31486' });
    await group.waitFor();
    expect(await group.locator('.result-title').textContent()).toBe('电动汽车用动力蓄电池电性能要求及试验方法');
    expect(await group.locator('.result-title mark').textContent()).toBe('动力蓄电池');
    expect(await group.locator('.applies .badge').textContent()).toBe('现行');
    await expectAccessible(page);
  });

  it('reads designations as people write them, and lists matched versions with their status', async () => {
    const { page } = await web.newPage({ lang: 'en' });
    await page.goto('/?q=gb%2Ft%2031486-2015');
    const group = results(page).filter({ hasText: 'GB/T 31486' });
    await group.waitFor();
    expect(await group.locator('.hits li').first().textContent()).toBe('GB/T 31486-2015 Superseded');
  });

  it('shows the text of the query as text, never as markup', async () => {
    const { page } = await web.newPage({ lang: 'en' });
    await page.goto(`/?q=${encodeURIComponent('<img src=x id=injected>')}`);
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toBe('Nothing matches “<img src=x id=injected>”. Try fewer words, or a designation such as GB 38031.');
    expect(await page.locator('#injected').count()).toBe(0);
  });

  it('starts with example searches; one opens its results', async () => {
    const { page } = await web.newPage({ lang: 'en' });
    await page.goto('/');
    const examples = page.locator('.examples a');
    await examples.first().waitFor();
    expect(await examples.allTextContents()).toContain('ECE R155');
    await expectAccessible(page);
    await examples.filter({ hasText: 'ECE R155' }).click();
    await results(page).filter({ hasText: 'UN R155' }).first().waitFor();
    expect(await page.getByLabel(LABEL_EN).inputValue()).toBe('ECE R155');
  });
});

describe('keyboard only', () => {
  it('types in the focused box, moves through the results with the arrows and opens one with Enter', async () => {
    const { page } = await web.newPage({ lang: 'en' });
    await page.goto('/');
    await page.locator('#search-input:focus').waitFor(); // the box has the focus when the page opens
    await page.keyboard.type('ISO');
    await expect.poll(() => results(page).count()).toBe(2);
    const names = await page.locator('.result-group h2').allTextContents();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(names[0]);
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(names[1]);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/standards/${encodeURIComponent(names[0]!)}`);
  });

  it('reaches the date, the scope and then the first result with Tab', async () => {
    const { page } = await web.newPage({ lang: 'en' });
    await page.goto('/?q=R157');
    await results(page).first().waitFor();
    await page.locator('#search-input').focus();
    const focused: string[] = [];
    // The date field takes one Tab per part (day, month, year).
    while (focused.at(-1) !== 'A' && focused.length < 8) {
      await page.keyboard.press('Tab');
      focused.push(await page.evaluate(() => document.activeElement?.tagName ?? ''));
    }
    expect(focused.slice(-2)).toEqual(['SELECT', 'A']);
    expect(new Set(focused.slice(0, -2))).toEqual(new Set(['INPUT']));
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('UN R157');
  });
});

describe('permalinks and language', () => {
  it('a copied URL opens the same search, date, scope and language', async () => {
    const { page } = await web.newPage({ lang: 'en' });
    await page.goto('/');
    await page.getByLabel(LABEL_EN).fill('GB/T 31486');
    await page.getByLabel('Applies on').fill('2025-01-01');
    await page.getByLabel('For').selectOption('EXISTING_TYPES');
    const group = results(page).filter({ hasText: 'GB/T 31486' });
    await expect
      .poll(() => group.locator('.applies').textContent())
      .toMatch(/^Applies on 1 Jan 2025: GB\/T 31486-2015/u);
    const permalink = page.url();
    expect(Object.fromEntries(new URL(permalink).searchParams)).toEqual({
      q: 'GB/T 31486',
      on: '2025-01-01',
      scope: 'EXISTING_TYPES',
      lang: 'en',
    });

    const { page: other } = await web.newPage({ lang: 'zh' });
    await other.goto(permalink);
    const again = results(other).filter({ hasText: 'GB/T 31486' });
    await expect
      .poll(() => again.locator('.applies').textContent())
      .toMatch(/^Applies on 1 Jan 2025: GB\/T 31486-2015/u);
    expect(await other.getByLabel(LABEL_EN).inputValue()).toBe('GB/T 31486');
    expect(await other.getByLabel('For').inputValue()).toBe('EXISTING_TYPES');
  });

  it('switching the language keeps the search and translates the page', async () => {
    const { page } = await web.newPage({ lang: 'zh' });
    await page.goto('/?q=R157');
    await results(page).first().waitFor();
    expect(await page.getByRole('status').textContent()).toMatch(/^1 项标准中共 \d+ 条结果$/u);
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^\d+ matches in 1 standard$/u);
    await expect.poll(() => Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ q: 'R157', lang: 'en' });
  });
});

describe('export', () => {
  it('saves the results shown as CSV, and links the server exports of the same standards', async () => {
    const { page } = await web.newPage({ lang: 'en' });
    await page.goto('/?q=ISO&on=2026-01-01');
    await expect.poll(() => results(page).count()).toBe(2);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'These results (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('search-results.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFstandard,title_en,title_zh,on,scope,applies,applies_status,replaced_by,match,version,status,' +
        'status_label,clause,matched_text',
    );
    expect(
      lines.some((line) => line.startsWith('ISO 26262,') && line.includes(',2026-01-01,NEW_TYPES,ISO 26262:2018,')),
    ).toBe(true);
    const table = await page.getByRole('link', { name: 'Versions of these standards with their status (CSV)' });
    const href = new URL((await table.getAttribute('href'))!, web.origin);
    expect(href.pathname).toBe('/standards.csv');
    expect(href.searchParams.getAll('standards').sort()).toEqual(['ISO 26262', 'ISO/SAE 21434']);
    const served = await fetch(href);
    expect(served.status).toBe(200);
    expect(await served.text()).toContain('ISO 26262:2018');
  });
});

describe('when the API cannot be reached', () => {
  it('says so in the reader language, not a blank page, and tries again on request', async () => {
    for (const [lang, text] of [
      ['en', 'The registry cannot be reached. Check your connection, then try again.'],
      ['zh', '无法连接标准库。请检查网络后重试。'],
    ] as const) {
      const { page } = await web.newPage({ lang });
      await page.route('**/graphql', (route) => route.abort('connectionrefused'));
      await page.goto('/?q=R155');
      await expect.poll(() => page.getByRole('alert').textContent()).toContain(text);
      expect(await page.locator('h1').textContent()).not.toBe('');
      await page.unroute('**/graphql');
      await page.getByRole('alert').getByRole('button').click();
      await results(page).first().waitFor();
      expect(await page.getByRole('alert').count()).toBe(0);
    }
  });
});

describe('GraphiQL at /graphql', () => {
  it('loads everything from this server: no CDN', async () => {
    const { page } = await web.newPage({ lang: 'en' });
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto('/graphql');
    await page.locator('.graphiql-container').first().waitFor();
    const own = [web.origin, `blob:${web.origin}`, 'data:'];
    expect(requested.filter((url) => !own.some((prefix) => url.startsWith(prefix)))).toEqual([]);
  });
});
