import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batterySafetyFile } from '../support/search-fixtures.ts';
import { expectAccessible } from './axe.ts';
import { startWebHarness, type WebHarness } from './harness.ts';

// GB 38031-2020 → 2025 (with clause text, in Chinese and English): 5.3 and 7 added, 5.2 removed, 5.1
// reworded, 5.3 moved to 5.2 and reworded, 1, 5 and 6 unchanged. The sample's own versions hold no text.
let web: WebHarness;
beforeAll(async () => {
  web = await startWebHarness({ also: [batterySafetyFile()] });
}, 60_000);
afterAll(async () => {
  await web?.close();
});

const comparing = (from: string, to: string, extra = '') =>
  `/compare?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}${extra}`;
const summary = (page: Page) => page.locator('.compare-summary li').allTextContents();
const entry = (page: Page, kind: string, number: string) =>
  page.locator(`.clause-${kind}`).filter({ has: page.locator('.clause-number', { hasText: number }) });
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

describe('the compare page', () => {
  it('compares two editions clause by clause, side by side, with the word and character diff', async () => {
    const { page } = await web.newPage({ lang: 'en' });
    await page.goto(comparing('GB 38031-2020', 'GB 38031-2025'));
    await expect
      .poll(() => summary(page))
      .toEqual(['+ 2 added', '− 1 removed', '~ 1 changed', '↕ 1 moved', '= 3 unchanged']);
    expect(await page.locator('.clause-entry h3').allTextContents()).toEqual([
      '= Unchanged 1 范围 Scope',
      '= Unchanged 5 安全要求 Safety requirements',
      '~ Changed 5.1 ',
      '↕ Moved 5.3 → 5.2 ',
      '− Removed 5.2 ',
      '+ Added 5.3 ',
      '= Unchanged 6 试验方法 Test methods',
      '+ Added 7 ',
    ]);
    const changed = entry(page, 'changed', '5.1');
    expect(await changed.locator('.clause-before del').allTextContents()).toEqual(['[deleted: test]']);
    expect(await changed.locator('.clause-after ins').allTextContents()).toEqual([
      '[inserted: and external short circuit tests]',
    ]);
    expect(await changed.locator('.clause-caption').allTextContents()).toEqual(['GB 38031-2020', 'GB 38031-2025']);
    // Chinese is compared character by character: the kept characters stay outside <ins>/<del>.
    const moved = entry(page, 'moved', '5.3 → 5.2');
    await expect.poll(() => moved.locator('.clause-note').textContent()).toBe('Moved from clause 5.3 to 5.2.');
    const after = (await moved.locator('.clause-after .clause-text').textContent()) ?? '';
    expect(after.replace(/\[inserted: ([^\]]*)\]/gu, '$1')).toBe(
      '电池单体发生热失控后，电池系统应不起火、不爆炸，且烟气不应对乘员造成伤害。',
    );
    const inserted = await moved.locator('.clause-after ins').allTextContents();
    expect(inserted).toContain('[inserted: 应]');
    expect(await moved.locator('.clause-after span:not(.sr-only)').allTextContents()).toContain('不起火');
    expect(await entry(page, 'added', '7').locator('.clause-after .clause-text ins').textContent()).toContain(
      '快充循环后',
    );
    expect(await entry(page, 'removed', '5.2').locator('.clause-before del').first().textContent()).toBe(
      '[deleted: 电池包或系统安全要求]',
    );
    expect(await page.locator('.compare-chain').textContent()).toBe('Replacement chain: GB 38031-2020 → GB 38031-2025');
    await expectAccessible(page);
  });

  it('switches to the inline view, filters to the clauses that differ and swaps, all in the URL', async () => {
    const { page } = await web.newPage({ lang: 'en' });
    await page.goto(comparing('GB 38031-2020', 'GB 38031-2025'));
    await page.getByRole('radio', { name: 'Inline' }).click();
    await expect.poll(() => param(page, 'view')).toBe('inline');
    const changed = entry(page, 'changed', '5.1');
    expect(await changed.locator('.clause-inline .clause-text').textContent()).toBe(
      'The cell shall not catch fire or explode during the overcharge [deleted: test][inserted: and external short ' +
        'circuit tests].',
    );
    await page.getByRole('checkbox', { name: 'Only clauses that differ' }).click();
    await expect.poll(() => page.locator('.clause-entry.clause-unchanged').count()).toBe(0);
    expect(param(page, 'only')).toBe('changed');
    expect(await page.locator('.clause-entry').count()).toBe(5);

    // The permalink opens the same view.
    const permalink = page.url();
    const { page: again } = await web.newPage({ lang: 'zh' });
    await again.goto(permalink);
    await expect.poll(() => again.locator('.clause-entry').count()).toBe(5);
    expect(await again.getByRole('radio', { name: 'Inline' }).isChecked()).toBe(true);

    await page.getByRole('button', { name: 'Swap' }).click();
    await expect.poll(() => param(page, 'from')).toBe('GB 38031-2025');
    expect(param(page, 'to')).toBe('GB 38031-2020');
    await expect
      .poll(() => summary(page))
      .toEqual(['+ 1 added', '− 2 removed', '~ 1 changed', '↕ 1 moved', '= 3 unchanged']);
    expect(param(page, 'view')).toBe('inline');
  });

  it('picks consecutive versions of a standard, and the pickers and swap work from the keyboard', async () => {
    const { page } = await web.newPage({ lang: 'en' });
    await page.goto('/compare');
    await page.getByLabel('Standard or version').fill('ISO 26262');
    await page.keyboard.press('Enter');
    await expect.poll(() => param(page, 'to')).toBe('ISO 26262:2018');
    expect(param(page, 'from')).toBe('ISO 26262:2011');
    await expect
      .poll(() => page.locator('.compare-no-text').textContent())
      .toContain('The registry holds no clause text for one or both of these versions');
    expect(await page.locator('.compare-summary').count()).toBe(0);

    // A version alone is compared with the next one.
    await page.goto(`/compare?from=${encodeURIComponent('GB/T 31486-2015')}`);
    await expect.poll(() => param(page, 'to')).toBe('GB/T 31486-2024');

    await page.getByLabel('Earlier version').focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => param(page, 'from')).toBe('GB/T 31486-2024');
    await page.getByLabel('Earlier version').selectOption('GB/T 31486-2015');
    await expect.poll(() => param(page, 'from')).toBe('GB/T 31486-2015');
    await page.getByLabel('Earlier version').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('⇄ Swap');
    await page.keyboard.press('Enter');
    await expect.poll(() => param(page, 'from')).toBe('GB/T 31486-2024');
    expect(param(page, 'to')).toBe('GB/T 31486-2015');
  });

  it('says so when a version or a standard is unknown, or has nothing to compare with', async () => {
    const { page } = await web.newPage({ lang: 'en' });
    await page.goto(comparing('GB 38031-2020', 'GB 38031-1999'));
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe('One of these versions is not in the registry: GB 38031-2020, GB 38031-1999.');
    await page.goto('/compare?standard=GB%209999');
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('No standard or version is called “GB 9999”.');
    await page.goto('/compare?standard=GB%2038032');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('has only one version');
  });

  it('speaks Chinese and is accessible in Chinese', async () => {
    const { page } = await web.newPage({ lang: 'zh' });
    await page.goto(comparing('GB 38031-2020', 'GB 38031-2025'));
    await expect
      .poll(() => summary(page))
      .toEqual(['+ 新增 2 条', '− 删除 1 条', '~ 修改 1 条', '↕ 移动 1 条', '= 未变 3 条']);
    expect(await page.locator('h1').textContent()).toBe('比较两个版本：GB 38031-2020 → GB 38031-2025');
    expect(await entry(page, 'moved', '5.3 → 5.2').locator('.clause-note').textContent()).toBe(
      '由第 5.3 条移至第 5.2 条。',
    );
    await expectAccessible(page);
  });
});
