import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './axe.ts';
import type { WebHarness } from './harness.ts';
import {
  startSceneHarness,
  openAs,
  sceneApi,
  type ScenePeople,
  type ScenePerson,
  stageApprovedDraft,
  stageDraft,
} from './workspace-scene.ts';

// The officer's publish step on the draft page, and the lab page showing the new version at once.

let web: WebHarness;
let people: ScenePeople;
/** ISO 26262:2026 replacing ISO 26262:2018, published by the first test. */
let editionId: string;
/** ISO/SAE 21434:2026 replacing ISO/SAE 21434:2021: refused dates, never published. */
let cyberId: string;
/** ISO 26262:2027 replacing also SAE J2464_202108, of another committee that has not consented. */
let consentId: string;

beforeAll(async () => {
  ({ web, people } = await startSceneHarness());
  const staged = await Promise.all([
    stageApprovedDraft(web.origin, people, 'ISO 26262', 'ISO 26262:2026', ['ISO 26262:2018']),
    stageApprovedDraft(web.origin, people, 'ISO/SAE 21434', 'ISO/SAE 21434:2026', ['ISO/SAE 21434:2021']),
    stageApprovedDraft(web.origin, people, 'ISO 26262', 'ISO 26262:2027', ['SAE J2464_202108']),
  ]);
  [editionId, cyberId, consentId] = staged.map((draft) => draft.draftId) as [string, string, string];
}, 60_000);
afterAll(async () => {
  await web?.close();
});

async function open(person: ScenePerson | null, path: string, lang: 'en' | 'zh' = 'en', width = 1280): Promise<Page> {
  const { page } = await openAs(web, person, { lang, width });
  await page.goto(`${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
  return page;
}
const draftPath = (id: string) => `/drafts/${encodeURIComponent(id)}`;
const activeText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');

async function draftState(id: string) {
  const { draft } = await sceneApi<{ draft: { stage: string; publishedVersion: { designation: string } | null } }>(
    web.origin,
    people.secretary,
    'query($id: ID!) { draft(id: $id) { stage publishedVersion { designation } } }',
    { id },
  );
  return draft;
}

describe('publishing a draft from its page', () => {
  it('offers the member (not an officer) no publish step', async () => {
    const page = await open(people.member, draftPath(editionId));
    await page.locator('.stage-name', { hasText: 'Approval' }).waitFor();
    await expect(page.locator('.publish').count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: /publish/i }).count()).resolves.toBe(0);
  });

  it('the secretary publishes with dates after the preview; an anonymous reader sees the version at once', async () => {
    // The anonymous reader opens the lab page first: its answer is in the response cache.
    const reader = await open(null, '/standards/ISO%2026262');
    await reader.locator('table.versions').waitFor();
    await expect(reader.locator('table.versions tbody th').allTextContents()).resolves.not.toContain('ISO 26262:2026');

    const page = await open(people.secretary, draftPath(editionId));
    const panel = page.locator('section.publish');
    await panel.waitFor();
    await expect(panel.locator('dl.publish-preview').first().locator('dd').allTextContents()).resolves.toEqual([
      'ISO 26262:2026 (Edition) of ISO 26262',
      'revision 1, 2 clauses',
      'ISO 26262:2018 (published Dec 2018)',
    ]);
    await expect(panel.getByLabel('Designation of the version').inputValue()).resolves.toBe('ISO 26262:2026');
    await panel.getByLabel('Publication date').fill('2026-05');
    await panel.getByLabel('Takes effect (implementation date)').fill('2027-01-01');
    await panel.getByLabel('Mandatory for new types from').fill('2027-07-01');
    await panel.getByLabel('Mandatory for existing types from').fill('2028-01-01');
    await panel.getByRole('button', { name: 'Review and publish…' }).click();

    const dialog = page.getByRole('dialog', { name: 'Publish ISO 26262:2026?' });
    await dialog.waitFor();
    await expect(dialog.locator('dd').allTextContents()).resolves.toEqual([
      'May 2026',
      '1 Jan 2027',
      '1 Jul 2027',
      '1 Jan 2028',
      'ISO 26262:2018',
    ]);
    // The confirm button has the focus: Enter publishes.
    await expect(activeText(page)).resolves.toBe('Publish now');
    await page.keyboard.press('Enter');

    const notice = page.locator('.published-notice');
    await notice.waitFor();
    await expect(notice.locator('h2').textContent()).resolves.toBe('Published as ISO 26262:2026 on May 2026.');
    await expect(activeText(page)).resolves.toContain('Published as ISO 26262:2026');
    await expect(page.locator('.publish').count()).resolves.toBe(0);
    await expect(draftState(editionId)).resolves.toEqual({
      stage: 'PUBLISHED',
      publishedVersion: { designation: 'ISO 26262:2026' },
    });
    await notice.getByRole('link', { name: 'See ISO 26262 on the lab pages' }).click();
    await page.waitForURL((url) => url.pathname === '/standards/ISO%2026262');

    await reader.reload();
    const row = reader.locator('table.versions tbody tr', { has: reader.locator('th', { hasText: 'ISO 26262:2026' }) });
    await row.waitFor();
    await expect(
      row.locator('time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime'))),
    ).resolves.toEqual(['2026-05', '2027-01-01', '2027-07-01', '2028-01-01']);
    await expect(row.textContent()).resolves.toContain('ISO 26262:2018');
  });

  it('shows dates out of order in words, in English and Chinese, and publishes nothing', async () => {
    const cases = [
      {
        lang: 'en' as const,
        labels: ['Publication date', 'Takes effect (implementation date)', 'Mandatory for new types from'],
        review: 'Review and publish…',
        confirm: 'Publish now',
        error:
          '“Mandatory for new types from” is before the version takes effect (the implementation date, or else the ' +
          'publication date).',
      },
      {
        lang: 'zh' as const,
        labels: ['发布日期', '实施日期', '新车型强制实施日期'],
        review: '核对并发布…',
        confirm: '立即发布',
        error: '“新车型强制实施日期”早于该版本的实施日期（未填实施日期时为发布日期）。',
      },
    ];
    for (const { lang, labels, review, confirm, error } of cases) {
      const page = await open(people.secretary, draftPath(cyberId), lang);
      const panel = page.locator('section.publish');
      const [published, effective, newTypes] = labels as [string, string, string];
      await panel.getByLabel(published, { exact: true }).fill('2026-05-15');
      await panel.getByLabel(effective, { exact: true }).fill('2027-01-01');
      await panel.getByLabel(newTypes, { exact: true }).fill('2026-06-01');
      await panel.getByRole('button', { name: review }).click();
      await page.getByRole('dialog').getByRole('button', { name: confirm }).click();
      const alert = page.getByRole('dialog').getByRole('alert');
      await alert.waitFor();
      await expect(alert.textContent()).resolves.toBe(error);
      await expect(page.locator('.published-notice').count()).resolves.toBe(0);
    }
    await expect(draftState(cyberId)).resolves.toEqual({ stage: 'APPROVAL', publishedVersion: null });
  });

  it('says publication waits for the consent of the committee whose version it replaces', async () => {
    const page = await open(people.secretary, draftPath(consentId));
    const warning = page.locator('.publish-warning[data-warning="consent"]');
    await warning.waitFor();
    await expect(warning.textContent()).resolves.toBe(
      'Publication is refused until the committee responsible consents to replacing: SAE J2464_202108 (SAE/VBSSC). ' +
        'Its chair or secretary records the consent.',
    );
    await expect(page.getByRole('button', { name: 'Review and publish…' }).isDisabled()).resolves.toBe(true);
  });

  it('has no serious accessibility violations, with the dialog open too, in English and Chinese', async () => {
    for (const lang of ['en', 'zh'] as const) {
      const page = await open(people.secretary, draftPath(cyberId), lang);
      await page.locator('section.publish').waitFor();
      await expectAccessible(page);
      await page.locator('.publish-form button[type="submit"]').click();
      await page.getByRole('dialog').waitFor();
      await expectAccessible(page);
      // Escape closes the dialog and gives the focus back to the button that opened it.
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog').count()).resolves.toBe(0);
      await expect(activeText(page)).resolves.toBe(lang === 'en' ? 'Review and publish…' : '核对并发布…');
    }
  });
});

describe('a ballot on the draft page', () => {
  it('takes a changed vote until it closes; counts show only once closed, the latest vote counted', async () => {
    const closesInMs = 6_000;
    const closesAt = Date.now() + closesInMs;
    const { draftId } = await stageDraft(web.origin, people, 'ISO/SAE 21434', 'ISO/SAE 21434:2028', closesInMs);
    const page = await open(people.member, draftPath(draftId));
    const ballot = page.locator('.ballot');
    const counts = ballot.locator('p', { hasText: /\d+ approve, \d+ disapprove, \d+ abstain/ });
    await ballot.getByRole('radio', { name: 'Disapprove' }).check();
    await ballot.getByLabel(/Reason/).fill('Clause 5.1 has no deadline.');
    await ballot.getByRole('button', { name: 'Vote' }).click();
    await ballot.locator('.my-vote', { hasText: 'Your vote: Disapprove' }).waitFor();
    await ballot.getByRole('radio', { name: 'Approve', exact: true }).check();
    await ballot.getByRole('button', { name: 'Change my vote' }).click();
    await ballot.locator('.my-vote', { hasText: 'Your vote: Approve' }).waitFor();
    // Votes are private while the ballot is open: no counts, no result.
    await expect(counts.count()).resolves.toBe(0);
    await expect(ballot.locator('.ballot-result').count()).resolves.toBe(0);

    await new Promise((resolve) => setTimeout(resolve, Math.max(0, closesAt - Date.now()) + 200));
    const officer = await open(people.secretary, draftPath(draftId));
    await officer.getByRole('button', { name: 'Close the ballot' }).click();
    const closed = officer.locator('.ballot[data-ballot-status="CLOSED"]');
    await closed.waitFor();
    await expect(closed.locator('p', { hasText: /approve, / }).textContent()).resolves.toBe(
      '1 approve, 0 disapprove, 0 abstain',
    );
    await expect(closed.locator('.ballot-result').textContent()).resolves.toBe('Result: Approved');
  });
});
