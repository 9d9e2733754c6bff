import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './axe.ts';
import { sessionCookieFor } from '../support/sessions.ts';
import type { WebHarness } from './harness.ts';
import {
  startSceneHarness,
  openAs,
  sceneApi,
  type ScenePeople,
  type ScenePerson,
  stageDraft,
} from './workspace-scene.ts';

// The revision editor at /drafts/:id/edit, as the committee's secretary uses it: each test on a draft
// of its own, with revision 1 stored through the API.

let web: WebHarness;
let people: ScenePeople;
let secretary: ScenePerson;
let member: ScenePerson;
/** A second session of the member's, for the test that signs out (which ends it). */
let memberToSignOut: ScenePerson;
let drafts = 0;

beforeAll(async () => {
  ({ web, people } = await startSceneHarness((db, scene) => {
    memberToSignOut = { ...scene.member, session: sessionCookieFor(db, scene.member.personId, new Date()) };
  }));
  ({ secretary, member } = people);
}, 60_000);
afterAll(async () => {
  await web?.close();
});

interface Clause {
  number: string;
  heading: string;
  text?: string;
  clauses?: Clause[];
}

const REVISE = `mutation($id: ID!, $clauses: [ClauseInput!]!, $basedOn: Int) {
  addDraftRevision(input: { draftId: $id, clauses: $clauses, basedOn: $basedOn }) { revision { number } } }`;

const saveRevision = (draftId: string, clauses: Clause[], basedOn: number) =>
  sceneApi(web.origin, secretary, REVISE, { id: draftId, clauses, basedOn });

const FIRST: Clause[] = [
  {
    number: '5',
    heading: 'Requirements',
    clauses: [{ number: '5.1', heading: 'Safety goals', text: 'Each hazardous event shall have a safety goal.' }],
  },
];

const CREATE = `mutation($committeeId: ID!, $version: String!) {
  createDraft(input: { committeeId: $committeeId, standardDesignation: "ISO 26262", versionDesignation: $version,
    versionType: EDITION }) { draft { id } } }`;

/** A new draft of ISO 26262 (proposed by the member, else by the secretary), with revision 1 holding `clauses`. */
async function draftWithText(clauses: Clause[] = FIRST, proposer: 'member' | 'secretary' = 'member'): Promise<string> {
  drafts += 1;
  const version = `ISO 26262:${2040 + drafts}`;
  let draftId: string;
  if (proposer === 'member') ({ draftId } = await stageDraft(web.origin, people, 'ISO 26262', version));
  else {
    const { committee } = await sceneApi<{ committee: { id: string } }>(
      web.origin,
      secretary,
      '{ committee(code: "ISO/TC22/SC32") { id } }',
    );
    const created = await sceneApi<{ createDraft: { draft: { id: string } } }>(web.origin, secretary, CREATE, {
      committeeId: committee.id,
      version,
    });
    draftId = created.createDraft.draft.id;
  }
  await saveRevision(draftId, clauses, 0);
  return draftId;
}

async function revisionOf(draftId: string): Promise<{ number: number; note: string | null; clauses: Clause[] }> {
  const { draft } = await sceneApi<{
    draft: { currentRevision: { number: number; note: string | null; clauses: Clause[] } };
  }>(
    web.origin,
    secretary,
    `query($id: ID!) { draft(id: $id) { currentRevision { number note
      clauses { number heading text clauses: children { number heading text } } } } }`,
    { id: draftId },
  );
  return draft.currentRevision;
}

async function open(person: ScenePerson, path: string, lang: 'en' | 'zh' = 'en', width = 1280): Promise<Page> {
  const { page } = await openAs(web, person, { lang, width });
  await page.goto(`${path}?lang=${lang}`);
  return page;
}

const draftPath = (id: string) => `/drafts/${encodeURIComponent(id)}`;
const editPath = (id: string) => `${draftPath(id)}/edit`;
/** A clause's fieldset, by the number in its legend. */
const clause = (page: Page, number: string): Locator =>
  page.getByRole('group', { name: `Clause ${number}`, exact: true });
const legends = (page: Page) => page.locator('.editor-clause > fieldset > legend').allTextContents();

describe('the revision editor', () => {
  it('edits a heading, adds a clause and saves: the draft page shows the next revision with the new text', async () => {
    const draftId = await draftWithText();
    const page = await open(secretary, draftPath(draftId));
    await page.getByRole('link', { name: 'Edit the text' }).click();
    await page.waitForURL((url) => url.pathname === editPath(draftId));
    await clause(page, '5.1').getByLabel('Heading').fill('Safety goals and their ASIL');
    await clause(page, '5.1').getByRole('button', { name: 'Clause after' }).click();
    // The new clause is numbered after 5.1 and its heading has the focus.
    const added = clause(page, '5.2');
    await expect.poll(() => added.getByLabel('Heading').evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Verification');
    await added.getByLabel('Text').fill('Each safety goal shall be verified.');
    await page.getByLabel('What this revision changes').fill('Adds verification');
    await page.getByRole('button', { name: 'Save as revision 2' }).click();
    await page.waitForURL((url) => url.pathname === draftPath(draftId));
    await page.getByRole('heading', { name: 'Text (revision 2)' }).waitFor();
    const text = await page.locator('.clause-document').textContent();
    expect(text).toContain('5.1 Safety goals and their ASIL');
    expect(text).toContain('5.2 Verification');
    expect(text).toContain('Each safety goal shall be verified.');
    expect(await revisionOf(draftId)).toEqual({
      number: 2,
      note: 'Adds verification',
      clauses: [
        {
          number: '5',
          heading: 'Requirements',
          text: null,
          clauses: [
            {
              number: '5.1',
              heading: 'Safety goals and their ASIL',
              text: 'Each hazardous event shall have a safety goal.',
            },
            { number: '5.2', heading: 'Verification', text: 'Each safety goal shall be verified.' },
          ],
        },
      ],
    });
  });

  it('starts a draft without text from an empty tree and saves revision 1', async () => {
    drafts += 1;
    const { draftId } = await stageDraft(web.origin, people, 'ISO 26262', `ISO 26262:${2040 + drafts}`);
    const page = await open(secretary, draftPath(draftId));
    await page.getByRole('link', { name: 'Edit the text' }).click();
    await page.getByText('The draft has no text yet. Saving makes revision 1.').waitFor();
    await page.getByRole('button', { name: 'Add a clause' }).click();
    await expect
      .poll(() =>
        clause(page, '1')
          .getByLabel('Heading')
          .evaluate((el) => el === document.activeElement),
      )
      .toBe(true);
    await clause(page, '1').getByLabel('Heading').fill('Scope');
    await page.getByRole('button', { name: 'Save as revision 1' }).click();
    await page.getByRole('heading', { name: 'Text (revision 1)' }).waitFor();
    await expect(revisionOf(draftId)).resolves.toMatchObject({
      number: 1,
      clauses: [{ number: '1', heading: 'Scope' }],
    });
  });

  it('keeps unsaved edits through a reload, with a notice; discarding them brings back the saved text', async () => {
    const draftId = await draftWithText();
    const page = await open(secretary, editPath(draftId));
    await clause(page, '5').getByLabel('Heading').fill('Requirements and recommendations');
    await clause(page, '5.1').getByRole('button', { name: 'Remove' }).click();
    await page.reload();
    await page.getByText('Your unsaved edits from').waitFor();
    await expect(clause(page, '5').getByLabel('Heading').inputValue()).resolves.toBe(
      'Requirements and recommendations',
    );
    await expect(legends(page)).resolves.toEqual(['Clause 5']);
    await page.getByRole('button', { name: 'Discard my edits' }).click();
    await expect(clause(page, '5').getByLabel('Heading').inputValue()).resolves.toBe('Requirements');
    await expect(legends(page)).resolves.toEqual(['Clause 5', 'Clause 5.1']);
    await page.reload();
    await clause(page, '5.1').waitFor();
    await expect(page.getByText('Your unsaved edits from').count()).resolves.toBe(0);
  });

  it('shows both texts when someone saved meanwhile, and saves the edits on top of the newest', async () => {
    const draftId = await draftWithText();
    const page = await open(secretary, editPath(draftId));
    await clause(page, '5.1').getByLabel('Text').fill('Each hazardous event shall have one safety goal.');
    // Another person saves revision 2 while the page is open.
    await saveRevision(
      draftId,
      [
        {
          number: '5',
          heading: 'Requirements',
          clauses: [{ number: '5.1', heading: 'Safety goals', text: 'Goals are set.' }],
        },
      ],
      1,
    );
    await page.getByRole('button', { name: 'Save as revision 2' }).click();
    const conflict = page.locator('.editor-conflict');
    await conflict.getByRole('heading', { name: 'Someone saved revision 2 while you were editing' }).waitFor();
    const entry = conflict.locator('.clause-entry', { hasText: '5.1' });
    await expect(entry.locator('.clause-before').textContent()).resolves.toContain('Goals are set');
    await expect(entry.locator('.clause-after').textContent()).resolves.toContain('have one safety goal');
    await expect(entry.locator('.clause-after ins').allTextContents()).resolves.not.toEqual([]);
    const stored = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('vsr.editor.')));
    expect(stored).toHaveLength(1);
    await expect(revisionOf(draftId)).resolves.toMatchObject({ number: 2 });
    await conflict.getByRole('button', { name: 'Save my text as revision 3, replacing revision 2' }).click();
    await page.waitForURL((url) => url.pathname === draftPath(draftId));
    await page.getByRole('heading', { name: 'Text (revision 3)' }).waitFor();
    await expect(page.locator('.clause-document').textContent()).resolves.toContain(
      'Each hazardous event shall have one safety goal.',
    );
    const left = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('vsr.editor.')));
    expect(left).toEqual([]);
  });

  it('lets a person discard their edits after a conflict and start from the newest text', async () => {
    const draftId = await draftWithText();
    const page = await open(secretary, editPath(draftId));
    await clause(page, '5').getByLabel('Heading').fill('Mine');
    await saveRevision(draftId, [{ number: '7', heading: 'Theirs' }], 1);
    await page.getByRole('button', { name: 'Save as revision 2' }).click();
    await page.getByRole('button', { name: 'Discard my edits and start from revision 2' }).click();
    await expect(legends(page)).resolves.toEqual(['Clause 7']);
    await expect(clause(page, '7').getByLabel('Heading').inputValue()).resolves.toBe('Theirs');
    await page.getByRole('button', { name: 'Save as revision 3' }).waitFor();
  });

  it('shows a refused save with the registry message and keeps the edits', async () => {
    const draftId = await draftWithText();
    const page = await open(secretary, editPath(draftId));
    await clause(page, '5.1').getByLabel('Number').fill('5');
    await page.getByRole('button', { name: 'Save as revision 2' }).click();
    const alert = page.getByRole('alert');
    await expect(alert.textContent()).resolves.toMatch(/The registry refused: .*5.*\(INVALID_INPUT\)/);
    await expect(legends(page)).resolves.toEqual(['Clause 5', 'Clause 5']);
    await expect(revisionOf(draftId)).resolves.toMatchObject({ number: 1 });
  });

  it('moves, indents and renumbers by keyboard alone, focus staying with the moved clause', async () => {
    const draftId = await draftWithText([
      { number: '1', heading: 'Scope' },
      { number: '2', heading: 'Terms' },
      { number: '3', heading: 'Requirements' },
      { number: 'A', heading: 'Examples', clauses: [{ number: 'A.1', heading: 'One' }] },
    ]);
    const page = await open(secretary, editPath(draftId));
    await clause(page, '3').getByRole('button', { name: 'Move up' }).focus();
    await page.keyboard.press('Enter');
    await expect(legends(page)).resolves.toEqual(['Clause 1', 'Clause 3', 'Clause 2', 'Annex A', 'Clause A.1']);
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const legend = el.closest('.editor-clause')?.querySelector(':scope > fieldset > legend');
        return `${legend?.textContent} ${el.dataset.focus}`;
      });
    await expect.poll(focused).toBe('Clause 3 up');
    await page.keyboard.press('Enter');
    // At the top Move up is disabled: focus goes to Move down, which would take it back.
    await expect.poll(focused).toBe('Clause 3 down');
    await clause(page, '2').getByRole('button', { name: 'Indent' }).focus();
    await page.keyboard.press('Space');
    await expect.poll(focused).toBe('Clause 2 outdent');
    await page.getByRole('button', { name: 'Renumber' }).focus();
    await page.keyboard.press('Enter');
    await expect(legends(page)).resolves.toEqual(['Clause 1', 'Clause 2', 'Clause 2.1', 'Annex A', 'Clause A.1']);
    await expect(clause(page, '2.1').getByLabel('Heading').inputValue()).resolves.toBe('Terms');
    await page.getByText('All clauses were renumbered.').waitFor();
  });

  it('is offered only to people who may revise the draft', async () => {
    // The secretary's own draft: the member is neither its leader nor an officer.
    const draftId = await draftWithText(FIRST, 'secretary');
    const page = await open(member, draftPath(draftId));
    await page.getByRole('heading', { name: 'Text (revision 1)' }).waitFor();
    await expect(page.getByRole('link', { name: 'Edit the text' }).count()).resolves.toBe(0);
    const secretaryPage = await open(secretary, draftPath(draftId));
    await secretaryPage.getByRole('link', { name: 'Edit the text' }).waitFor();
    const { draft } = await sceneApi<{ draft: { viewerCanRevise: boolean } }>(
      web.origin,
      member,
      'query($id: ID!) { draft(id: $id) { viewerCanRevise } }',
      { id: draftId },
    );
    expect(draft.viewerCanRevise).toBe(false);
    await page.goto(`${editPath(draftId)}?lang=en`);
    await page.getByText('You cannot edit the text of this draft now').waitFor();
    await expect(page.locator('.editor-clause').count()).resolves.toBe(0);
  });

  it('is accessible in English and Chinese, and fits 390 px', async () => {
    const draftId = await draftWithText();
    for (const lang of ['en', 'zh'] as const) {
      const page = await open(secretary, editPath(draftId), lang, 390);
      await page.locator('.editor-clause').first().waitFor();
      await expect(page.locator('h1').textContent()).resolves.toContain(lang === 'zh' ? '编辑' : 'Edit the text');
      await expectAccessible(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    }
  });
  it("keeps one person's unsaved edits from the next person on one browser, and forgets them on sign-out", async () => {
    const draftId = await draftWithText(); // proposed by the member, so both the member and the secretary may revise
    const page = await open(memberToSignOut, editPath(draftId));
    await clause(page, '5').getByLabel('Heading').fill('Private wording of the member');
    const storedKeys = () =>
      page.evaluate(() => Object.keys(window.localStorage).filter((key) => key.startsWith('vsr.editor.')));
    await expect.poll(storedKeys).toHaveLength(1);
    // The session ends without signing out (expiry): the next person on this browser sees the saved text.
    const context = page.context();
    await context.clearCookies();
    await context.addCookies([{ name: 'vsr_session', value: secretary.session, url: web.origin }]);
    await page.reload();
    await clause(page, '5.1').waitFor();
    await expect(clause(page, '5').getByLabel('Heading').inputValue()).resolves.toBe('Requirements');
    await expect(page.getByText('Your unsaved edits from').count()).resolves.toBe(0);
    // Back to the member: their edits are still there; signing out forgets them.
    await context.clearCookies();
    await context.addCookies([{ name: 'vsr_session', value: memberToSignOut.session, url: web.origin }]);
    await page.reload();
    await page.getByText('Your unsaved edits from').waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
    await expect(storedKeys()).resolves.toEqual([]);
    await context.addCookies([{ name: 'vsr_session', value: secretary.session, url: web.origin }]);
    await page.goto(`${editPath(draftId)}?lang=en`);
    await clause(page, '5.1').waitFor();
    await expect(page.getByText('Your unsaved edits from').count()).resolves.toBe(0);
    await expect(clause(page, '5').getByLabel('Heading').inputValue()).resolves.toBe('Requirements');
  });

  it('shows unsaved edits read-only, to copy or discard, once the draft can no longer be revised', async () => {
    const draftId = await draftWithText();
    const page = await open(member, editPath(draftId));
    await clause(page, '5.1').waitFor();
    await clause(page, '5.1').getByLabel('Text').fill('Each hazardous event shall have one safety goal or more.');
    await expect
      .poll(() => page.evaluate(() => Object.keys(window.localStorage).filter((k) => k.startsWith('vsr.editor.'))))
      .toHaveLength(1);
    const { draft } = await sceneApi<{ draft: { lockVersion: number } }>(
      web.origin,
      secretary,
      'query($id: ID!) { draft(id: $id) { lockVersion } }',
      { id: draftId },
    );
    await sceneApi(
      web.origin,
      secretary,
      `mutation($id: ID!, $lock: Int!) { moveDraftStage(input: { draftId: $id, fromStage: PROPOSAL,
        toStage: CANCELLED, lockVersion: $lock }) { draft { stage } } }`,
      { id: draftId, lock: draft.lockVersion },
    );
    await page.reload();
    await page.getByText('You cannot edit the text of this draft now').waitFor();
    const kept = page.getByRole('textbox', { name: 'Your unsaved text' });
    await expect(kept.getAttribute('readonly')).resolves.not.toBeNull();
    await expect(kept.inputValue()).resolves.toContain('5.1 Safety goals');
    await expect(kept.inputValue()).resolves.toContain('Each hazardous event shall have one safety goal or more.');
    await expect(page.locator('.editor-clause').count()).resolves.toBe(0);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Discard my edits' }).click();
    await expect(kept.count()).resolves.toBe(0);
    await page.reload();
    await page.getByText('You cannot edit the text of this draft now').waitFor();
    await expect(page.getByRole('textbox', { name: 'Your unsaved text' }).count()).resolves.toBe(0);
  });
  it('saves a clause six levels deep that the draft page then shows with its comment', async () => {
    const draftId = await draftWithText();
    const page = await open(secretary, editPath(draftId));
    const numbers = ['5.1.1', '5.1.1.1', '5.1.1.1.1', '5.1.1.1.1.1'];
    let parent = '5.1';
    for (const number of numbers) {
      await clause(page, parent).getByRole('button', { name: 'Sub-clause' }).click();
      await clause(page, number)
        .getByLabel('Heading')
        .fill(`Level ${number.split('.').length}`);
      parent = number;
    }
    await page.getByRole('button', { name: 'Save as revision 2' }).click();
    await page.waitForURL((url) => url.pathname === draftPath(draftId));
    const { draft } = await sceneApi<{ draft: { currentRevision: { id: string; number: number } } }>(
      web.origin,
      secretary,
      'query($id: ID!) { draft(id: $id) { currentRevision { id number } } }',
      { id: draftId },
    );
    expect(draft.currentRevision.number).toBe(2);
    await sceneApi(
      web.origin,
      member,
      `mutation($input: CreateCommentThreadInput!) { createCommentThread(input: $input) { thread { id } } }`,
      {
        input: {
          revisionId: draft.currentRevision.id,
          clauseNumber: '5.1.1.1.1.1',
          type: 'TECHNICAL',
          comment: 'Say which level applies.',
        },
      },
    );
    await page.reload();
    const deepest = page.locator('[data-clause="5.1.1.1.1.1"]');
    await deepest.getByText('Level 6').waitFor();
    await deepest.getByText('Say which level applies.').waitFor();
    // Revision 3 rewords clause 5 only: the comparison lists the deep clauses as unchanged.
    const deep = (level: number): Clause => ({
      number: ['5', ...Array.from({ length: level - 1 }, () => '1')].join('.'),
      heading: level === 2 ? 'Safety goals' : `Level ${level}`,
      ...(level === 2 ? { text: 'Each hazardous event shall have a safety goal.' } : {}),
      ...(level < 6 ? { clauses: [deep(level + 1)] } : {}),
    });
    await saveRevision(draftId, [{ number: '5', heading: 'Requirements for items', clauses: [deep(2)] }], 2);
    await page.goto(`${draftPath(draftId)}/compare?from=2&to=3&lang=en`);
    await page.getByText('5 unchanged').waitFor();
    await page.locator('.clause-list').getByText('5.1.1.1.1.1 Level 6').waitFor();
  });

  it('stops indenting at the deepest level the registry keeps, and says why', async () => {
    const draftId = await draftWithText();
    const page = await open(secretary, editPath(draftId));
    let parent = '5.1';
    for (let level = 3; level <= 12; level += 1) {
      await clause(page, parent).getByRole('button', { name: 'Sub-clause' }).click();
      parent = `${parent}.1`;
      await clause(page, parent).waitFor();
    }
    const deepest = clause(page, parent);
    await expect(deepest.getByRole('button', { name: 'Sub-clause' }).isDisabled()).resolves.toBe(true);
    await deepest.getByText('Clauses nest at most 12 levels').waitFor();
    await expect(clause(page, '5.1').getByText('Clauses nest at most 12 levels').count()).resolves.toBe(0);
  });
});
