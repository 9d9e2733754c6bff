import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './axe.ts';
import type { WebHarness } from './harness.ts';
import { draftWithRevisions, revisionText } from './revisions-scene.ts';
import { startSceneHarness, openAs, type ScenePeople, type ScenePerson } from './workspace-scene.ts';

let web: WebHarness;
let people: ScenePeople;
let draftId: string;

// Revision 1 gives 10 days; 2 gives 14; 3 gives 21 and adds clause 5.2.
beforeAll(async () => {
  ({ web, people } = await startSceneHarness());
  ({ draftId } = await draftWithRevisions(web.origin, people, 'ISO 26262', 'ISO 26262:2026', [
    revisionText(10),
    revisionText(14),
    revisionText(21, true),
  ]));
}, 60_000);
afterAll(async () => {
  await web?.close();
});

async function signedIn(
  person: ScenePerson,
  lang: 'en' | 'zh' = 'en',
): Promise<{ page: Page; context: BrowserContext }> {
  return openAs(web, person, { lang });
}

const draftPath = (id: string) => `/drafts/${encodeURIComponent(id)}`;

describe('comparing two revisions of a draft', () => {
  it('picks 1 and 3 by keyboard and shows the clause changed in 2 and again in 3, as a permalink', async () => {
    const { page } = await signedIn(people.member);
    await page.goto(`${draftPath(draftId)}?lang=en`);
    const picker = page.locator('form.revision-picker');
    const from = picker.getByLabel('From');
    const to = picker.getByLabel('To', { exact: true });
    // By default: the one before the latest, and the latest.
    await expect(from.inputValue()).resolves.toBe('2');
    await expect(to.inputValue()).resolves.toBe('3');
    await expect(from.locator('option').allTextContents()).resolves.toEqual(['Revision 1', 'Revision 2', 'Revision 3']);

    await from.focus();
    await page.keyboard.press('ArrowUp');
    await expect(from.inputValue()).resolves.toBe('1');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Show the differences');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === `${draftPath(draftId)}/compare`);
    const address = new URL(page.url());
    expect(Object.fromEntries(address.searchParams)).toEqual({ from: '1', to: '3', lang: 'en' });

    const check = async () => {
      await page.getByRole('heading', { level: 1, name: /Revision 1 → revision 3/ }).waitFor();
      // The clauses follow the heading: the later revision's tree comes in a second request.
      await page.locator('.compare-summary').waitFor();
      const changed = page.locator('.clause-entry.clause-changed');
      await expect(changed.locator('.clause-number').allTextContents()).resolves.toEqual(['5.1']);
      // The words changed across both revisions, marked once: 10 became 21.
      await expect(changed.locator('del').allTextContents()).resolves.toEqual(['[deleted: 10]']);
      await expect(changed.locator('ins').allTextContents()).resolves.toEqual(['[inserted: 21]']);
      const added = page.locator('.clause-entry.clause-added');
      await expect(added.locator('.clause-number').allTextContents()).resolves.toEqual(['5.2']);
      await expect(page.locator('.compare-summary li').allTextContents()).resolves.toEqual([
        '+ 1 added',
        '− 0 removed',
        '~ 1 changed',
        '↕ 0 moved',
        '= 2 unchanged',
      ]);
      await expect(page.locator('.clause-caption').first().textContent()).resolves.toBe('Revision 1');
    };
    await check();
    await expectAccessible(page);
    await page.reload();
    await check();
    expect(page.url()).toBe(address.toString());
  });

  it('changes the pair from the comparison page, and says so when a revision does not exist', async () => {
    const { page } = await signedIn(people.member);
    // Each revision after the first links to what it changed.
    await page.goto(`${draftPath(draftId)}?lang=en`);
    await page.getByRole('link', { name: 'What changed from revision 1' }).click();
    await page.waitForURL((url) => url.pathname.endsWith('/compare') && url.searchParams.get('to') === '2');
    await page.goto(`${draftPath(draftId)}/compare?from=1&to=3&lang=en`);
    await page.getByLabel('To', { exact: true }).selectOption('2');
    await page.waitForURL((url) => url.searchParams.get('to') === '2');
    await page.getByRole('heading', { level: 1, name: /Revision 1 → revision 2/ }).waitFor();
    // The clauses follow the heading: the later revision's tree comes in a second request.
    await expect
      .poll(() => page.locator('.clause-entry.clause-changed ins').allTextContents())
      .toEqual(['[inserted: 14]']);
    await expect(page.locator('.clause-entry.clause-added').count()).resolves.toBe(0);

    await page.goto(`${draftPath(draftId)}/compare?from=1&to=9&lang=en`);
    await expect(page.getByRole('alert').textContent()).resolves.toContain('no revision 1 or no revision 9');
  });

  it('opens on the latest two without a pair, in Chinese, and passes the accessibility check', async () => {
    const { page } = await signedIn(people.secretary, 'zh');
    await page.goto(`${draftPath(draftId)}/compare?lang=zh`);
    await page.waitForURL((url) => url.searchParams.get('from') === '2' && url.searchParams.get('to') === '3');
    await page.getByRole('heading', { level: 1, name: /第 2 稿 → 第 3 稿/ }).waitFor();
    await expect(page.locator('.compare-summary li').first().textContent()).resolves.toContain('新增 1 条');
    await expectAccessible(page);
    await page.getByRole('link', { name: /返回草案/ }).click();
    await page.waitForURL((url) => url.pathname === draftPath(draftId));
    await page.locator('form.revision-picker').waitFor();
    await expectAccessible(page);
  });
  it('offers every revision of a long history and starts from the latest two, the newest listed', async () => {
    const texts = Array.from({ length: 105 }, (_, k) => revisionText(k + 1));
    const long = await draftWithRevisions(web.origin, people, 'ISO/SAE 21434', 'ISO/SAE 21434:2030', texts);
    const { page } = await signedIn(people.member);
    await page.goto(`${draftPath(long.draftId)}?lang=en`);
    const picker = page.locator('form.revision-picker');
    const from = picker.getByLabel('From');
    await expect(from.inputValue()).resolves.toBe('104');
    await expect(picker.getByLabel('To', { exact: true }).inputValue()).resolves.toBe('105');
    await expect(from.locator('option').count()).resolves.toBe(105);
    const listed = page.locator('.draft-revisions > li > strong');
    await expect(listed.count()).resolves.toBe(50);
    await expect(listed.allTextContents()).resolves.toContain('Revision 105');
    await page.getByText('The latest 50 of 105 revisions are listed').waitFor();

    await page.goto(`${draftPath(long.draftId)}/compare?lang=en`);
    await page.waitForURL((url) => url.searchParams.get('from') === '104' && url.searchParams.get('to') === '105');
    await page.getByRole('heading', { level: 1, name: /Revision 104 → revision 105/ }).waitFor();
    const options = page.getByLabel('From').locator('option');
    await expect(options.count()).resolves.toBe(105);
    await page.getByLabel('From').selectOption('1');
    await page.waitForURL((url) => url.searchParams.get('from') === '1');
    await page.getByRole('heading', { level: 1, name: /Revision 1 → revision 105/ }).waitFor();
  }, 60_000);
});
