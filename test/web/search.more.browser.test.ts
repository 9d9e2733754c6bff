import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateRegistry } from '../../bench/generate.ts';
import { startWebHarness, type WebHarness } from './harness.ts';

// The search page over more standards than one page of results holds (a generated registry beside
// the sample), and standards that other standards replaced.

const registry = generateRegistry(200, 7);
let web: WebHarness;
beforeAll(async () => {
  web = await startWebHarness({ registry });
}, 60_000);
afterAll(async () => {
  await web?.close();
});

describe('a long list of results', () => {
  it('shows the first 20 matches, then more on request, without losing the first ones', async () => {
    const { page } = await web.newPage({ lang: 'en' });
    await page.goto('/?q=GB');
    const status = page.getByRole('status');
    await expect.poll(() => status.textContent()).toMatch(/\(showing 20 of \d+ matches\)$/u);
    const total = Number(/of (\d+) matches/u.exec((await status.textContent())!)![1]);
    const firstGroup = await page.locator('.result-group h2').first().textContent();
    await page.getByRole('button', { name: 'Show more matches' }).click();
    await expect
      .poll(() => status.textContent())
      .toMatch(total > 40 ? /\(showing 40 of \d+ matches\)$/u : /^\d+ matches in \d+ standards$/u);
    expect(await page.locator('.result-group h2').first().textContent()).toBe(firstGroup);
  });
});

describe('matches in clause text only', () => {
  it('still say, for each standard, which version applies on the date', async () => {
    const { page } = await web.newPage({ lang: 'en' });
    await page.goto('/?q=runaway&on=2026-01-01');
    const groups = page.locator('.result-group');
    await groups.first().waitFor();
    expect(await page.locator('.result-group h2 mark').count()).toBe(0); // no designation matched
    expect(await groups.first().locator('.hits li').first().textContent()).toMatch(/ · clause [\d.]+ /u);
    await expect.poll(() => page.locator('.result-group .applies').count()).toBe(await groups.count());
    expect(await groups.first().locator('.applies').textContent()).toMatch(
      /^(Applies on 1 Jan 2026: \S.+|No version certainly applies on 1 Jan 2026\.)$/u,
    );
  });
});

describe('a replaced standard', () => {
  it('says what replaced it, with its status, and links to it', async () => {
    // A GB/T standard whose latest edition a GB edition replaces (bench/generate.ts makes some).
    const replacing = registry.standards
      .filter((s) => s.kind === 'GB')
      .flatMap((s) => s.versions.map((v) => ({ standard: s.designation, version: v })))
      .find(({ version }) => version.replaces.some((r) => r.startsWith('GB/T')))!;
    const replaced = replacing.version.replaces.find((r) => r.startsWith('GB/T'))!.replace(/-\d{4}$/u, '');
    const { page } = await web.newPage({ lang: 'zh' });
    await page.goto(`/?q=${encodeURIComponent(replaced)}&on=2099-01-01`);
    const group = page.locator('.result-group').filter({ hasText: replaced }).first();
    const line = group.locator('.replaced-by');
    await expect.poll(() => line.textContent()).toBe(`被代替为 ${replacing.version.designation} 现行`);
    expect(await line.getByRole('link').getAttribute('href')).toBe(
      `/standards/${encodeURIComponent(replacing.standard)}`,
    );
    expect(await group.locator('.applies').textContent()).toBe('2099年1月1日 没有确定适用的版本。');
  });
});
