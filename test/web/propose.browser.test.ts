import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './axe.ts';
import type { WebHarness } from './harness.ts';
import {
  startSceneHarness,
  openAs,
  scenePerson,
  sceneApi,
  type ScenePeople,
  type ScenePerson,
} from './workspace-scene.ts';

// A member proposes a draft in the browser (/drafts/new, linked from /work): on success the new draft's
// page; a plan the registry refuses says why in the person's language, the fields kept, nothing created.

let web: WebHarness;
let people: ScenePeople;
let admin: ScenePerson;

beforeAll(async () => {
  ({ web, people } = await startSceneHarness((db) => {
    admin = scenePerson(db, { admin: true, name: 'Ada Admin' });
  }));
}, 60_000);
afterAll(async () => {
  await web?.close();
});

async function signedIn(person: ScenePerson | null, lang: 'en' | 'zh' = 'en'): Promise<Page> {
  return (await openAs(web, person, { lang })).page;
}

const DRAFTS = '{ committee(code: "ISO/TC22/SC32") { drafts(first: 50) { edges { node { versionDesignation } } } } }';
const draftsOfCommittee = async () =>
  (
    await sceneApi<{ committee: { drafts: { edges: { node: { versionDesignation: string } }[] } } }>(
      web.origin,
      people.member,
      DRAFTS,
    )
  ).committee.drafts.edges.map((e) => e.node.versionDesignation);

async function fillRevision(page: Page, labels: { standard: string; version: string; replaces: string }) {
  await page.getByLabel(labels.standard).fill('ISO 26262');
  await page.getByLabel(labels.version).fill('ISO 26262:2027');
  await page.getByLabel(labels.replaces).fill('ISO 26262:2018');
}

describe('proposing a draft', () => {
  it('a member proposes a revision of ISO 26262 from My work and lands on the new draft', async () => {
    const page = await signedIn(people.member);
    await page.goto('/work?lang=en');
    await page.getByRole('link', { name: 'Propose a draft' }).click();
    await page.waitForURL((url) => url.pathname === '/drafts/new');
    await expect(page.getByLabel('Committee').locator('option:checked').textContent()).resolves.toMatch(
      /^ISO\/TC22\/SC32/,
    );
    await expectAccessible(page);
    await fillRevision(page, {
      standard: 'Standard to revise',
      version: 'Planned version designation',
      replaces: 'Versions it replaces',
    });
    // The revisable standards are offered as suggestions; Enter in a field sends the form (keyboard alone).
    await expect(
      page.locator('#propose-standards option').evaluateAll((options) => options.map((o) => o.getAttribute('value'))),
    ).resolves.toContain('ISO 26262');
    await page.getByLabel('Planned version designation').press('Enter');
    await page.waitForURL((url) => url.pathname.startsWith('/drafts/') && url.pathname !== '/drafts/new');
    await page.getByRole('heading', { name: /ISO 26262:2027/ }).waitFor();
    await expect(draftsOfCommittee()).resolves.toContain('ISO 26262:2027');
  });

  it('a second draft planning the same designation is refused in words, fields kept, nothing created', async () => {
    const before = await draftsOfCommittee();
    expect(before.filter((d) => d === 'ISO 26262:2027')).toHaveLength(1);
    const page = await signedIn(people.member, 'zh');
    await page.goto('/drafts/new?lang=zh');
    await fillRevision(page, { standard: '要修订的标准', version: '计划的版本编号', replaces: '将替代的版本' });
    await page.getByRole('button', { name: '提出草案' }).click();
    const alert = page.getByRole('alert').first();
    await expect(alert.textContent()).resolves.toContain('另一份进行中的草案已计划使用 ISO 26262:2027');
    const version = page.getByLabel('计划的版本编号');
    await expect(version.inputValue()).resolves.toBe('ISO 26262:2027');
    await expect(version.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(version.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await expect(page.getByLabel('要修订的标准').inputValue()).resolves.toBe('ISO 26262');
    await expectAccessible(page);
    // In English too, and still nothing created.
    await page.goto('/drafts/new?lang=en');
    await fillRevision(page, {
      standard: 'Standard to revise',
      version: 'Planned version designation',
      replaces: 'Versions it replaces',
    });
    await page.getByRole('button', { name: 'Propose the draft' }).click();
    await expect(page.getByRole('alert').first().textContent()).resolves.toContain(
      'Another active draft already plans ISO 26262:2027',
    );
    await expect(page.locator('#propose-version-error').textContent()).resolves.toContain('ISO 26262:2027');
    await expect(draftsOfCommittee()).resolves.toEqual(before);
  });

  it("refuses another committee's standard and a designation not of the standard, each beside its field", async () => {
    const before = await draftsOfCommittee();
    const page = await signedIn(people.member);
    await page.goto('/drafts/new?lang=en');
    await page.getByLabel('Standard to revise').fill('UN R155');
    await page.getByLabel('Planned version designation').fill('UN R155 01 series');
    await page.getByRole('button', { name: 'Propose the draft' }).click();
    await expect(page.locator('#propose-standard-error').textContent()).resolves.toContain(
      'ISO/TC22/SC32 is not responsible for UN R155',
    );
    await page.getByLabel('Standard to revise').fill('ISO 26262');
    await page.getByLabel('Planned version designation').fill('ISO 262620:2027');
    await page.getByRole('button', { name: 'Propose the draft' }).click();
    await expect(page.locator('#propose-version-error').textContent()).resolves.toContain(
      'ISO 262620:2027 is not a designation of ISO 26262',
    );
    await expect(page.locator('#propose-standard-error').count()).resolves.toBe(0);
    await expect(draftsOfCommittee()).resolves.toEqual(before);
  });

  it('asks an anonymous reader to sign in', async () => {
    const page = await signedIn(null);
    await page.goto('/drafts/new?lang=en');
    await expect(page.getByText('once you sign in').textContent()).resolves.toContain('My work shows');
    const href = await page.locator('#main').getByRole('link', { name: 'Sign in' }).getAttribute('href');
    expect(new URL(href ?? '', web.origin).searchParams.get('next')).toBe('/drafts/new');
    await expect(page.locator('form').count()).resolves.toBe(0);
  });

  it('an administrator acting as an officer of the committee proposes there, though not a member', async () => {
    const page = await signedIn(admin);
    await page.goto('/drafts/new?lang=en');
    await page.getByText('You hold no role in a committee').waitFor();
    const { committee } = await sceneApi<{ committee: { id: string } }>(
      web.origin,
      admin,
      '{ committee(code: "ISO/TC22/SC32") { id } }',
    );
    await sceneApi(
      web.origin,
      admin,
      'mutation($id: ID!) { actAsOfficer(input: { committeeId: $id, reason: "Vacancy." }) { committee { code } } }',
      { id: committee.id },
    );
    await page.goto('/work?lang=en');
    await page.getByRole('link', { name: 'Propose a draft' }).click();
    await page.waitForURL((url) => url.pathname === '/drafts/new');
    await expect(page.getByLabel('Committee').locator('option:checked').textContent()).resolves.toMatch(
      /^ISO\/TC22\/SC32/,
    );
    await page.getByLabel('Standard to revise').fill('ISO/SAE 21434');
    await page.getByLabel('Planned version designation').fill('ISO/SAE 21434:2028');
    await page.getByRole('button', { name: 'Propose the draft' }).click();
    await page.getByRole('heading', { name: /ISO\/SAE 21434:2028/ }).waitFor();
    await expect(draftsOfCommittee()).resolves.toContain('ISO/SAE 21434:2028');
  });
});
