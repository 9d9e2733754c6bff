import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths } from '../../web/src/pages/horizon/horizonModel.ts';
import { generateRegistry } from '../../bench/generate.ts';
import { expectAccessible } from './axe.ts';
import { startWebHarness, type WebHarness } from './harness.ts';

// The sample's changes from 2025-01-01 to 2026-06-30: UN R155 Suppl. 3 takes effect (January 2025),
// GB/T 31486-2024 takes effect and the 2015 edition stops applying to new types (April 2025),
// GB 44495-2024 and GB 44496-2024 take effect (January 2026).
const WINDOW = '/horizon?from=2025-01-01&to=2026-06-30';

const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);
const entries = (page: Page) => page.locator('.horizon-change').allTextContents();
const total = (page: Page) => page.locator('.horizon-total').textContent();

describe('the horizon page', () => {
  let web: WebHarness;
  beforeAll(async () => {
    web = await startWebHarness();
  }, 60_000);
  afterAll(async () => {
    await web?.close();
  });

  it('lists a window’s changes month by month, each linking to its standard', async () => {
    const { page } = await web.newPage({ lang: 'en' });
    await page.goto(WINDOW);
    await expect.poll(() => total(page)).toBe('5 changes between 1 Jan 2025 and 30 Jun 2026');
    expect(await page.locator('.horizon-list h3').allTextContents()).toEqual([
      'January 2025',
      'April 2025',
      'January 2026',
    ]);
    expect((await entries(page)).slice(1, 3)).toEqual([
      '1 Apr 2025 Takes effect GB/T 31486-2024 Electrical performance requirements and test methods for traction ' +
        'battery of electric vehicle — ends GB/T 31486-2015',
      '1 Apr 2025 Stops applying GB/T 31486-2015 Electrical performance requirements and test methods for traction ' +
        'battery of electric vehicle — for new types',
    ]);
    const link = page.getByRole('link', { name: 'GB 44495-2024' });
    expect(await link.getAttribute('href')).toBe('/standards/GB%2044495');
    await expectAccessible(page);
  });

  it('filters by kind and category, carries the filter into the .ics and .csv links, shows a calendar', async () => {
    const { page } = await web.newPage({ lang: 'en' });
    await page.goto(WINDOW);
    await expect.poll(() => total(page)).toBe('5 changes between 1 Jan 2025 and 30 Jun 2026');
    await page.getByRole('checkbox', { name: 'GB (mandatory national)' }).click();
    await page.getByRole('checkbox', { name: 'N1', exact: true }).click();
    await expect.poll(() => total(page)).toBe('2 changes between 1 Jan 2025 and 30 Jun 2026');
    expect(param(page, 'kinds')).toBe('GB');
    expect(param(page, 'vehicleCategories')).toBe('N1');
    expect((await entries(page)).map((text) => text.split(' Takes effect ')[1]?.split(' ')[1])).toEqual([
      '44495-2024',
      '44496-2024',
    ]);

    const ics = await page.getByRole('link', { name: 'Calendar (.ics)' }).getAttribute('href');
    expect(ics).toBe('/horizon.ics?from=2025-01-01&to=2026-06-30&kinds=GB&vehicleCategories=N1&lang=en');
    const calendar = await (await fetch(`${web.origin}${ics}`)).text();
    expect(calendar.split('\r\n').filter((line) => line.startsWith('SUMMARY:'))).toEqual([
      'SUMMARY:GB 44495-2024 takes effect',
      'SUMMARY:GB 44496-2024 takes effect',
    ]);
    const csvHref = await page.getByRole('link', { name: 'Spreadsheet (.csv)' }).getAttribute('href');
    expect(csvHref).toBe('/horizon.csv?from=2025-01-01&to=2026-06-30&kinds=GB&vehicleCategories=N1&lang=en');
    const csv = (await (await fetch(`${web.origin}${csvHref}`)).text()).split('\r\n');
    expect(csv).toHaveLength(4); // header, two changes, the final line end
    expect(csv[1]).toMatch(/^2026-01-01,DAY,2026-01-01,2026-01-01,TAKES_EFFECT,,GB 44495,GB 44495-2024,/u);

    await page.getByRole('radio', { name: 'Calendar' }).click();
    await expect.poll(() => param(page, 'view')).toBe('calendar');
    const months = page.locator('.horizon-month h3');
    await expect.poll(() => months.count()).toBe(18);
    expect(await months.first().textContent()).toBe('January 2025 (0)');
    const january = page.locator('.horizon-month').filter({ hasText: 'January 2026' });
    expect(await january.locator('h3').textContent()).toBe('January 2026 (2)');
    expect(await january.getByRole('link').allTextContents()).toEqual(['GB 44495-2024', 'GB 44496-2024']);
    await expectAccessible(page);
  });

  it('keeps the kinds of change ticked, in the page and in its feeds', async () => {
    const { page } = await web.newPage({ lang: 'en' });
    await page.goto(WINDOW);
    await expect.poll(() => total(page)).toBe('5 changes between 1 Jan 2025 and 30 Jun 2026');
    await page.getByRole('checkbox', { name: 'Stops applying' }).click();
    await expect.poll(() => total(page)).toBe('1 change between 1 Jan 2025 and 30 Jun 2026');
    expect(param(page, 'changes')).toBe('STOPS_APPLYING');
    expect(await entries(page)).toEqual([
      '1 Apr 2025 Stops applying GB/T 31486-2015 Electrical performance requirements and test methods for traction ' +
        'battery of electric vehicle — for new types',
    ]);
    const csvHref = await page.getByRole('link', { name: 'Spreadsheet (.csv)' }).getAttribute('href');
    expect(csvHref).toBe('/horizon.csv?from=2025-01-01&to=2026-06-30&changes=STOPS_APPLYING&lang=en');
    const csv = (await (await fetch(`${web.origin}${csvHref}`)).text()).split('\r\n');
    expect(csv.slice(1)).toEqual([
      '2025-04-01,DAY,2025-04-01,2025-04-01,STOPS_APPLYING,NEW_TYPES,GB/T 31486,GB/T 31486-2015,,' +
        'GB/T 31486-2015 stops applying to new types',
      '',
    ]);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => total(page)).toBe('5 changes between 1 Jan 2025 and 30 Jun 2026');
    expect(param(page, 'changes')).toBeNull();
  });

  it('counts two quick clicks in the same group, the second building on the first', async () => {
    const { page } = await web.newPage({ lang: 'en' });
    await page.goto(WINDOW);
    await expect.poll(() => total(page)).toBe('5 changes between 1 Jan 2025 and 30 Jun 2026');
    await page.getByRole('checkbox', { name: 'GB (mandatory national)' }).click();
    await page.getByRole('checkbox', { name: 'GB/T (recommended national)' }).click();
    await expect.poll(() => param(page, 'kinds')).toBe('GB,GB_T');
  });

  it('filters by committee (with those below it), showing a date known to the month as such', async () => {
    const { page } = await web.newPage({ lang: 'en' });
    await page.goto('/horizon?from=2021-01-01&to=2021-12-31');
    await expect.poll(() => total(page)).toMatch(/^\d+ changes between 1 Jan 2021 and 31 Dec 2021$/u);
    await page.getByRole('combobox', { name: 'Committee' }).selectOption('ISO/TC22');
    await expect.poll(() => total(page)).toBe('1 change between 1 Jan 2021 and 31 Dec 2021');
    expect(param(page, 'committee')).toBe('ISO/TC22');
    expect(await entries(page)).toEqual([
      'Aug 2021 (day not known) Takes effect ISO/SAE 21434:2021 Road vehicles - Cybersecurity engineering',
    ]);
    expect(await page.locator('.horizon-list h3').allTextContents()).toEqual(['August 2021']);
  });

  it('opens a permalink with every choice, in the language it carries', async () => {
    const { page } = await web.newPage({ lang: 'en' });
    await page.goto(`${WINDOW}&kinds=GB_T&view=calendar`);
    await expect.poll(() => page.locator('.horizon-month').count()).toBe(18);
    await page.getByRole('button', { name: '中文' }).click();
    await expect.poll(() => param(page, 'lang')).toBe('zh');
    const permalink = page.url();

    const { page: reader } = await web.newPage({ lang: 'en' });
    await reader.goto(permalink);
    await expect.poll(() => reader.locator('h1').textContent()).toBe('实施动态');
    expect(await reader.getByRole('checkbox', { name: 'GB/T（推荐性国家标准）' }).isChecked()).toBe(true);
    expect(await reader.getByRole('radio', { name: '日历' }).isChecked()).toBe(true);
    await expect
      .poll(() => reader.locator('.horizon-month:not(.horizon-empty) h3').allTextContents())
      .toEqual(['2025年4月 (2)']);
    expect(await reader.getByLabel('起').inputValue()).toBe('2025-01-01');
    expect(await reader.getByRole('link', { name: '表格 (.csv)' }).getAttribute('href')).toBe(
      '/horizon.csv?from=2025-01-01&to=2026-06-30&kinds=GB_T&lang=zh',
    );
    await expectAccessible(reader);
  });

  it('chooses a preset window from the keyboard, and refuses a window over five years', async () => {
    const { page } = await web.newPage({ lang: 'en' });
    await page.goto('/horizon');
    // With no window in the URL, the next 12 months are shown and written into the URL.
    const window = () => {
      const from = param(page, 'from');
      return from ? [from, param(page, 'to')] : null;
    };
    await expect.poll(window).not.toBeNull();
    const from = param(page, 'from') ?? '';
    expect(window()).toEqual([from, addMonths(from, 12)]);
    await page.getByRole('button', { name: 'Next 24 months' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(window).toEqual([from, addMonths(from, 24)]);
    await expect
      .poll(() => page.getByRole('button', { name: 'Next 24 months' }).getAttribute('aria-pressed'))
      .toBe('true');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe('date');

    await page.goto('/horizon?from=2025-01-01&to=2031-01-01');
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('The window can be at most five years long.');
    expect(await page.locator('.horizon-change').count()).toBe(0);
  });
});

describe('the horizon page with more than a page of changes', () => {
  let web: WebHarness;
  beforeAll(async () => {
    web = await startWebHarness({ also: [generateRegistry(200)] });
  }, 60_000);
  afterAll(async () => {
    await web?.close();
  });

  it('shows the first 100 and the rest on demand', async () => {
    const { page } = await web.newPage({ lang: 'en' });
    await page.goto('/horizon?from=2022-01-01&to=2026-12-31');
    await expect.poll(() => total(page)).toMatch(/^\d+ changes between/u);
    const count = Number((await total(page))?.split(' ')[0]);
    expect(count).toBeGreaterThan(100);
    expect(await page.locator('.horizon-change').count()).toBe(100);
    expect(await page.locator('.horizon-more').textContent()).toBe(`Showing 100 of ${count}. Show more`);
    await page.getByRole('button', { name: 'Show more' }).click();
    await expect.poll(() => page.locator('.horizon-change').count()).toBe(count);
    expect(await page.locator('.horizon-more').count()).toBe(0);
    const days = await page
      .locator('.horizon-change time')
      .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
    expect(new Set(days).size).toBeGreaterThan(1);
  });
});
