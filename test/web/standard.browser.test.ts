import type { RegistryFile } from '../../src/domain/interchange/format.ts';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './axe.ts';
import { startWebHarness, type WebHarness } from './harness.ts';

// On top of the sample: a GB that replaces a GB/T of another standard and cites GB/T 31486.
const EXTRA = {
  format: 'standards-registry/v1',
  committees: [],
  standards: [
    {
      designation: 'GB/T 31485',
      kind: 'GB_T',
      title: {
        en: 'Safety requirements and test methods for traction battery of electric vehicle',
        zh: '电动汽车用动力蓄电池安全要求及试验方法',
      },
      publisher: 'SAMR/SAC',
      committee: null,
      versions: [
        { designation: 'GB/T 31485-2015', type: 'EDITION', published: '2015-05-15', effective: null, replaces: [] },
      ],
    },
    {
      designation: 'GB 38031',
      kind: 'GB',
      title: { en: 'Electric vehicles traction battery safety requirements', zh: '电动汽车用动力蓄电池安全要求' },
      publisher: 'SAMR/SAC',
      committee: null,
      versions: [
        {
          designation: 'GB 38031-2020',
          type: 'EDITION',
          published: '2020-05-12',
          effective: '2021-01-01',
          replaces: ['GB/T 31485-2015'],
          references: [{ designation: 'GB/T 31486', normative: true }],
        },
      ],
    },
  ],
};

let web: WebHarness;
beforeAll(async () => {
  web = await startWebHarness({ also: [EXTRA as RegistryFile] });
}, 60_000);
afterAll(async () => {
  await web?.close();
});

const answer = (page: Page, on: string, scope = 'NEW_TYPES') =>
  page.locator(`.answer[data-answer-on="${on}"][data-answer-scope="${scope}"]`);
const query = (page: Page) => new URL(page.url()).searchParams;
const heading = (page: Page) => page.locator('h1 .designation').textContent();

describe("a standard's page", () => {
  it('shows the titles in both languages, the publisher and every version with its dates', async () => {
    const { page } = await web.newPage({ lang: 'en' });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    await page.goto('/standards/GB%2FT%2031486?on=2025-06-01');
    expect(await heading(page)).toBe('GB/T 31486');
    expect(await page.locator('h1 .title').textContent()).toBe(
      'Electrical performance requirements and test methods for traction battery of electric vehicle',
    );
    expect(await page.locator('.other-title').textContent()).toBe('电动汽车用动力蓄电池电性能要求及试验方法');
    expect(await page.locator('.facts').textContent()).toContain('SAMR/SAC');
    const rows = page.locator('table.versions tbody tr');
    await answer(page, '2025-06-01').waitFor();
    expect(await rows.allInnerTexts()).toEqual([
      expect.stringMatching(/^GB\/T 31486-2015\s+Edition\s+15 May 2015\s+when published[\s\S]*Superseded/u),
      expect.stringMatching(/^GB\/T 31486-2024\s+Edition\s+29 Sept? 2024\s+1 Apr 2025[\s\S]*In force/u),
    ]);
    expect(await page.locator('.timeline svg[role="img"] desc').textContent()).toContain('GB/T 31486-2015');
    expect(await page.getByRole('link', { name: 'Compare with GB/T 31486-2015' }).getAttribute('href')).toBe(
      '/compare?from=GB%2FT%2031486-2015&to=GB%2FT%2031486-2024',
    );
    await expectAccessible(page);
    expect(problems).toEqual([]);
  });

  it('takes the designation raw in the path too', async () => {
    const { page } = await web.newPage({ lang: 'en' });
    await page.goto('/standards/GB/T 31486');
    expect(await heading(page)).toBe('GB/T 31486');
  });

  it('answers what applies on the chosen date and scope, with whether compliance is required', async () => {
    const { page } = await web.newPage({ lang: 'en' });
    await page.goto('/standards/GB%2FT%2031486?on=2025-01-01');
    await answer(page, '2025-01-01').waitFor();
    expect(await answer(page, '2025-01-01').locator('.current .designation').textContent()).toBe('GB/T 31486-2015');

    await page.getByLabel('Date', { exact: true }).fill('2025-06-01');
    const newTypes = answer(page, '2025-06-01');
    await newTypes.waitFor();
    expect(await newTypes.locator('.current').textContent()).toMatch(
      /GB\/T 31486-2024\s+In force\s+Compliance required/u,
    );
    expect(await newTypes.locator('.also').count()).toBe(0);

    await page.getByRole('radio', { name: 'types approved before' }).click();
    const existing = answer(page, '2025-06-01', 'EXISTING_TYPES');
    await existing.waitFor();
    expect(await existing.locator('.current').textContent()).toMatch(
      /GB\/T 31486-2024\s+In force\s+Compliance not required/u,
    );
    expect(await existing.locator('.also li').textContent()).toMatch(/GB\/T 31486-2015\s+In transition/u);
    expect(Object.fromEntries(query(page))).toMatchObject({ on: '2025-06-01', scope: 'EXISTING_TYPES' });
  });

  it('says "undecided" inside a month the record gives only in part, and guesses nothing', async () => {
    const { page } = await web.newPage({ lang: 'en' });
    await page.goto('/standards/ISO%2026262?on=2018-12-15');
    const box = answer(page, '2018-12-15');
    await box.waitFor();
    expect(await box.locator('.none').textContent()).toBe(
      'No version of this standard certainly applies on this date.',
    );
    expect(await box.locator('.undecided li').allInnerTexts()).toEqual([
      'ISO 26262:2018 · Published Dec 2018 (month only)',
      'ISO 26262:2011 · Published Nov 2011 (month only)',
    ]);
    expect(await page.locator('table.versions tbody tr').first().textContent()).toContain('Undecided');
  });

  it('links to the standards that cite it and replace it, keeping the question', async () => {
    const { page } = await web.newPage({ lang: 'en' });
    await page.goto('/standards/GB%2FT%2031486?on=2022-01-01');
    await page.getByRole('region', { name: 'Cited by' }).getByRole('link', { name: 'GB 38031-2020' }).click();
    await expect.poll(() => heading(page)).toBe('GB 38031');
    expect(Object.fromEntries(query(page))).toMatchObject({ on: '2022-01-01', scope: 'NEW_TYPES', lang: 'en' });

    await page.getByRole('link', { name: 'GB/T 31485-2015' }).click();
    await expect.poll(() => heading(page)).toBe('GB/T 31485');
    expect(await page.locator('table.versions tbody tr').first().textContent()).toMatch(/replaced by GB 38031-2020/u);
    const successors = answer(page, '2022-01-01').locator('.successors');
    expect(await successors.textContent()).toContain('GB 38031-2020');
    await successors.getByRole('link', { name: 'GB 38031-2020' }).click();
    await expect.poll(() => heading(page)).toBe('GB 38031');
  });

  it('keeps date, scope and language through a reload (permalink)', async () => {
    const { page } = await web.newPage({ lang: 'zh' });
    await page.goto('/standards/GB%2FT%2031486');
    await page.getByLabel('日期', { exact: true }).fill('2025-06-01');
    await page.getByRole('radio', { name: '已获认证车型' }).click();
    await answer(page, '2025-06-01', 'EXISTING_TYPES').waitFor();
    const permalink = page.url();
    await page.reload();
    await answer(page, '2025-06-01', 'EXISTING_TYPES').waitFor();
    expect(page.url()).toBe(permalink);
    expect(await page.getByLabel('日期', { exact: true }).inputValue()).toBe('2025-06-01');
    expect(await page.getByRole('radio', { name: '已获认证车型' }).isChecked()).toBe(true);
    expect(await page.locator('.answer h3').textContent()).toBe('2025年6月1日，已获认证车型');
    expect(query(page).get('lang')).toBe('zh');
  });

  it('is operated by keyboard: the date moves with the arrow keys, the scope with the radio keys', async () => {
    const { page } = await web.newPage({ lang: 'en' });
    await page.goto('/standards/GB%2FT%2031486?on=2025-06-01');
    await answer(page, '2025-06-01').waitFor();
    await page.getByLabel('Date', { exact: true }).focus();
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => query(page).get('on')).not.toBe('2025-06-01');
    const moved = query(page).get('on') ?? '';
    await answer(page, moved).waitFor();
    await page.getByRole('radio', { name: 'new type approvals' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => query(page).get('scope')).toBe('EXISTING_TYPES');
    await answer(page, moved, 'EXISTING_TYPES').waitFor();
  });

  it('is accessible in Chinese too, and exports the versions it shows as CSV', async () => {
    const { page } = await web.newPage({ lang: 'zh' });
    await page.goto('/standards/UN%20R155?on=2024-06-01');
    await answer(page, '2024-06-01').waitFor();
    expect(await answer(page, '2024-06-01').locator('.current').textContent()).toMatch(
      /UN R155 00 series\s+现行\s+强制符合/u,
    );
    await expectAccessible(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载版本表（CSV）' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('UN-R155_2024-06-01_NEW_TYPES.csv');
    const lines = readFileSync((await download.path()) ?? '', 'utf8').split('\r\n');
    expect(lines[0]).toMatch(/^\uFEFF标准号,类型,发布日期,实施日期/u);
    expect(lines[1]).toBe('UN R155 00 series,系列修订,,2021-01-22,,,,现行,,');
    expect(lines[4]).toBe('UN R155 00 series Suppl. 3,补充件,,2025-01-10,,,,即将实施,,');
    expect(await page.getByRole('link', { name: '交换格式文件（JSON）' }).getAttribute('href')).toBe(
      '/export.json?standards=UN%20R155',
    );
  });

  it('fits a phone: nothing wider than the screen but the timeline, scrolled to the chosen date', async () => {
    const { page } = await web.newPage({ lang: 'zh', width: 390 });
    await page.goto('/standards/SAE%20J2464?on=2021-09-01');
    await answer(page, '2021-09-01').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
    const seen = await page.locator('.timeline-scroll').evaluate((box) => {
      const line = box.querySelector('.tl-on')?.getBoundingClientRect();
      const frame = box.getBoundingClientRect();
      return {
        scrolls: box.scrollWidth > box.clientWidth,
        inView: !!line && line.x >= frame.x && line.x <= frame.right,
      };
    });
    expect(seen).toEqual({ scrolls: true, inView: true });
    await expectAccessible(page);
  });

  it('says clearly, in both languages, that no standard has an unknown designation, and offers a search', async () => {
    const { page } = await web.newPage({ lang: 'en' });
    await page.goto('/standards/GB%2099999');
    expect(await page.locator('h1').textContent()).toBe('No standard with this designation');
    expect(await page.locator('.standard-not-found .other-title').textContent()).toBe('没有此标准号的标准');
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Search for “GB 99999”' }).click();
    await expect.poll(() => query(page).get('q')).toBe('GB 99999');
  });
});
