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
  stageDraft,
} from './workspace-scene.ts';

// The comment tools of the draft page, as the member who comments and the secretary who disposes use them,
// each in their own browser: edit and withdraw, dispositions, filters in the address, the comment sheet,
// and the open comments of earlier revisions an officer carries forward.

let web: WebHarness;
let people: ScenePeople;
let secretary: ScenePerson;
let member: ScenePerson;
let year = 2040;

beforeAll(async () => {
  ({ web, people } = await startSceneHarness());
  ({ secretary, member } = people);
}, 60_000);
afterAll(async () => {
  await web?.close();
});

async function signedIn(person: ScenePerson, lang: 'en' | 'zh' = 'en'): Promise<Page> {
  return (await openAs(web, person, { lang })).page;
}

const draftPath = (id: string) => `/drafts/${encodeURIComponent(id)}`;

interface Thread {
  id: string;
  lockVersion: number;
}
const COMMENT = `mutation($input: CreateCommentThreadInput!) { createCommentThread(input: $input) {
  thread { id lockVersion } } }`;
const DRAFT = `query($id: ID!) { draft(id: $id) { lockVersion currentRevision { id number
  threads(first: 100) { totalCount } } } }`;

/** A draft at enquiry (with a ballot open ten days) and its revision's id. */
async function enquiryDraft(): Promise<{ draftId: string; revisionId: string }> {
  year += 1;
  const { draftId } = await stageDraft(web.origin, people, 'ISO 26262', `ISO 26262:${year}`, 10 * 86_400_000);
  const { draft } = await sceneApi<{ draft: { currentRevision: { id: string } } }>(web.origin, secretary, DRAFT, {
    id: draftId,
  });
  return { draftId, revisionId: draft.currentRevision.id };
}

const comment = async (person: ScenePerson, revisionId: string, type: string, text: string, clause = '5.1') =>
  (
    await sceneApi<{ createCommentThread: { thread: Thread } }>(web.origin, person, COMMENT, {
      input: { revisionId, clauseNumber: clause, type, comment: text },
    })
  ).createCommentThread.thread;

const threadCount = async (draftId: string) =>
  (
    await sceneApi<{ draft: { currentRevision: { threads: { totalCount: number } } } }>(web.origin, secretary, DRAFT, {
      id: draftId,
    })
  ).draft.currentRevision.threads.totalCount;

const threadOf = (page: Page, text: string) => page.locator('.thread', { hasText: text });

describe('a comment and its author', () => {
  it('the member edits then withdraws their comment; the secretary sees it withdrawn and cannot edit it', async () => {
    const { draftId, revisionId } = await enquiryDraft();
    await comment(member, revisionId, 'TECHNICAL', 'The goal lacks a deadline.');
    const page = await signedIn(member);
    await page.goto(`${draftPath(draftId)}?lang=en`);
    const thread = threadOf(page, 'The goal lacks a deadline.');
    await thread.waitFor();
    await expect(thread.getByRole('button', { name: 'Record a disposition' }).count()).resolves.toBe(0);
    await thread.getByRole('button', { name: 'Edit' }).click();
    await thread.getByLabel('Comment', { exact: true }).fill('The goal lacks a deadline of 10 days.');
    await thread.getByRole('button', { name: 'Save changes' }).click();
    const edited = threadOf(page, 'The goal lacks a deadline of 10 days.');
    await edited.getByRole('button', { name: 'Withdraw' }).click();
    await edited.getByText('Withdraw this comment?').waitFor();
    await edited.getByRole('button', { name: 'Yes, withdraw it' }).click();
    await page.locator('.thread[data-status="WITHDRAWN"]').waitFor();

    const officer = await signedIn(secretary);
    await officer.goto(`${draftPath(draftId)}?lang=en`);
    const seen = threadOf(officer, 'The goal lacks a deadline of 10 days.');
    await expect(seen.locator('.thread-meta').textContent()).resolves.toContain('Withdrawn');
    await expect(seen.getByRole('button', { name: /Edit|Withdraw|disposition/ }).count()).resolves.toBe(0);
  });

  it('an edit that meets a newer version says so, keeps the typed text, and saves on the second try', async () => {
    const { draftId, revisionId } = await enquiryDraft();
    const made = await comment(member, revisionId, 'EDITORIAL', 'Typo in 5.1.');
    const page = await signedIn(member);
    await page.goto(`${draftPath(draftId)}?lang=en`);
    await threadOf(page, 'Typo in 5.1.').getByRole('button', { name: 'Edit' }).click();
    const form = page.getByRole('form', { name: 'Edit your comment' });
    await form.getByLabel('Comment', { exact: true }).fill('Typo: "hazardus" in 5.1.');
    // Meanwhile the same person edits it from another tool.
    await sceneApi(
      web.origin,
      member,
      `mutation($input: EditCommentInput!) { editComment(input: $input) { thread { id } } }`,
      {
        input: { threadId: made.id, lockVersion: made.lockVersion, comment: 'Typo in 5.1, line 2.' },
      },
    );
    await form.getByRole('button', { name: 'Save changes' }).click();
    await expect(form.getByRole('alert').textContent()).resolves.toContain('Someone changed this comment meanwhile');
    await page.locator('.thread-comment', { hasText: 'Typo in 5.1, line 2.' }).waitFor();
    await expect(form.getByLabel('Comment', { exact: true }).inputValue()).resolves.toBe('Typo: "hazardus" in 5.1.');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await page.locator('.thread-comment', { hasText: 'Typo: "hazardus" in 5.1.' }).waitFor();
  });
});

describe('an edit and a live update', () => {
  it('an edit begun before another change meets the conflict even after the page showed that change', async () => {
    const { draftId, revisionId } = await enquiryDraft();
    const made = await comment(member, revisionId, 'EDITORIAL', 'Missing unit in 5.1.');
    const page = await signedIn(member);
    await page.goto(`${draftPath(draftId)}?lang=en`);
    await threadOf(page, 'Missing unit in 5.1.').getByRole('button', { name: 'Edit' }).click();
    const form = page.getByRole('form', { name: 'Edit your comment' });
    await form.getByLabel('Comment', { exact: true }).fill('Missing unit (s) in 5.1.');
    await sceneApi(
      web.origin,
      member,
      `mutation($input: EditCommentInput!) { editComment(input: $input) { thread { id } } }`,
      { input: { threadId: made.id, lockVersion: made.lockVersion, comment: 'Missing unit in 5.1, table 2.' } },
    );
    // The live update shows the other change above the open form before the save.
    await page.locator('.thread-comment', { hasText: 'Missing unit in 5.1, table 2.' }).waitFor();
    await form.getByRole('button', { name: 'Save changes' }).click();
    await expect(form.getByRole('alert').textContent()).resolves.toContain('Someone changed this comment meanwhile');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await page.locator('.thread-comment', { hasText: 'Missing unit (s) in 5.1.' }).waitFor();
  });
});

describe('dispositions', () => {
  it('the secretary records one, the member sees it in English and Chinese and has no dispose button', async () => {
    const { draftId, revisionId } = await enquiryDraft();
    await comment(member, revisionId, 'TECHNICAL', 'Name the deadline.');
    const officer = await signedIn(secretary);
    await officer.goto(`${draftPath(draftId)}?lang=en`);
    const thread = threadOf(officer, 'Name the deadline.');
    await thread.waitFor();
    await expect(thread.getByRole('button', { name: 'Edit' }).count()).resolves.toBe(0);
    await thread.getByRole('button', { name: 'Record a disposition' }).click();
    await thread.getByLabel('Disposition', { exact: true }).selectOption('REJECTED');
    await thread.getByLabel(/Observation of the secretariat/).fill('Deadlines belong in the project plan.');
    await thread.getByRole('button', { name: 'Record the disposition' }).click();
    await thread.locator('.thread-disposition').waitFor();

    for (const [lang, words] of [
      ['en', 'Disposition: Rejected — Secretariat: Deadlines belong in the project plan.'],
      ['zh', '处理意见：不接受 — 秘书处：Deadlines belong in the project plan.'],
    ] as const) {
      const page = await signedIn(member, lang);
      await page.goto(`${draftPath(draftId)}?lang=${lang}`);
      const seen = threadOf(page, 'Name the deadline.');
      await expect(seen.locator('.thread-disposition').textContent()).resolves.toContain(words);
      await expect(seen.locator('.thread-disposition').textContent()).resolves.toContain('Sun Secretary');
      await expect(seen.getByRole('button', { name: /disposition|处理意见/ }).count()).resolves.toBe(0);
      await expectAccessible(page);
    }
  });
});

describe('filters', () => {
  it('narrow the comments by type and status, with counts, kept in the address across a reload', async () => {
    const { draftId, revisionId } = await enquiryDraft();
    await comment(member, revisionId, 'GENERAL', 'Overall fine.', '5');
    const technical = await comment(member, revisionId, 'TECHNICAL', 'Add a deadline.');
    await comment(member, revisionId, 'EDITORIAL', 'Capitalise Safety.');
    await sceneApi(
      web.origin,
      secretary,
      `mutation($input: DisposeCommentInput!) { disposeComment(input: $input) {
      thread { id } } }`,
      { input: { threadId: technical.id, lockVersion: technical.lockVersion, disposition: 'ACCEPTED' } },
    );
    const page = await signedIn(member);
    await page.goto(`${draftPath(draftId)}?lang=en`);
    await expect(page.locator('.comment-count').textContent()).resolves.toContain('Showing 3 of 3 comments.');
    await page.getByLabel('Type', { exact: true }).selectOption('TECHNICAL');
    await page.waitForURL((url) => url.searchParams.get('type') === 'technical');
    await page.locator('.comment-count', { hasText: 'Showing 1 of 3 comments.' }).waitFor();
    await expect(page.locator('.thread-comment').allTextContents()).resolves.toEqual(['Add a deadline.']);
    await page.getByLabel('Status', { exact: true }).selectOption('OPEN');
    await page.getByText('No comment matches these filters.').waitFor();
    await page.reload();
    await page.getByText('No comment matches these filters.').waitFor();
    const url = new URL(page.url());
    expect([url.searchParams.get('type'), url.searchParams.get('status'), url.searchParams.get('lang')]).toEqual([
      'technical',
      'open',
      'en',
    ]);
    await expect(page.getByLabel('Type', { exact: true }).locator('option').allTextContents()).resolves.toEqual([
      'All (2)',
      'General (1)',
      'Technical (0)',
      'Editorial (1)',
    ]);
    await page.getByRole('button', { name: 'Show all comments' }).click();
    await page.locator('.comment-count', { hasText: 'Showing 3 of 3 comments.' }).waitFor();
    await expect(page.locator('.thread-comment').count()).resolves.toBe(3);
    expect(new URL(page.url()).searchParams.has('type')).toBe(false);
  });
});

const HEADER =
  'MB/NC,Line number,Clause/Subclause,Paragraph/Figure/Table,Type of comment,Comments,Proposed change,' +
  'Observations of the secretariat,Revision,Thread,Status,Disposition\r\n';

describe('the comment sheet', () => {
  it('downloads with the comments; an upload with a bad line names it and adds nothing; a good one adds', async () => {
    const { draftId, revisionId } = await enquiryDraft();
    await comment(member, revisionId, 'TECHNICAL', 'Sheet me, please.');
    const page = await signedIn(member);
    await page.goto(`${draftPath(draftId)}?lang=en`);
    const link = page.getByRole('link', { name: 'Download the comment sheet (CSV)' });
    const href = await link.getAttribute('href');
    const csv = await page.evaluate(async (url) => (await fetch(url ?? '')).text(), href);
    expect(csv).toContain('Sheet me, please.');
    expect(csv).toContain('Type of comment');

    const file = page.getByLabel('Filled comment sheet (.csv)');
    const upload = (text: string) =>
      file.setInputFiles({ name: 'sheet.csv', mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
    await upload(`${HEADER}CATARC,,5.1,,te,Fine row.,,,,,,\r\nCATARC,,5.1,,xx,Bad type.,,,,,,\r\n`);
    await page.getByRole('button', { name: 'Upload the sheet' }).click();
    const alert = page.locator('.comment-sheet [role="alert"]');
    await expect(alert.textContent()).resolves.toContain('nothing was added');
    await expect(alert.locator('li').first().textContent()).resolves.toMatch(/^Line 3, column “Type of comment”: /);
    expect(await threadCount(draftId)).toBe(1);

    await upload(`${HEADER}CATARC,,5.1,,te,From the sheet one.,,,,,,\r\n,,General,,ed,From the sheet two.,,,,,,\r\n`);
    await page.getByRole('button', { name: 'Upload the sheet' }).click();
    await page.getByRole('status').filter({ hasText: 'The sheet added 2 comments.' }).waitFor();
    await page.locator('.thread-comment', { hasText: 'From the sheet two.' }).waitFor();
    await expect(page.locator('.comment-count').textContent()).resolves.toContain('Showing 3 of 3 comments.');
    expect(await threadCount(draftId)).toBe(3);
  });
});

describe('open comments of an earlier revision', () => {
  it('are listed for the secretary, who carries one to the current text; a member sees no carry button', async () => {
    year += 1;
    const { draftId } = await stageDraft(web.origin, people, 'ISO 26262', `ISO 26262:${year}`);
    const api = <T>(person: ScenePerson, query: string, variables: Record<string, unknown>) =>
      sceneApi<T>(web.origin, person, query, variables);
    await api(
      secretary,
      `mutation($id: ID!) { moveDraftStage(input: { draftId: $id, fromStage: PROPOSAL,
      toStage: WORKING_DRAFT, lockVersion: 1 }) { draft { id } } }`,
      { id: draftId },
    );
    const revise = (heading: string) =>
      api<{ addDraftRevision: { revision: { id: string } } }>(
        secretary,
        `mutation($id: ID!, $heading: String!) { addDraftRevision(input: { draftId: $id, clauses: [
          { number: "4", heading: $heading }, { number: "6", heading: "Verification" } ] }) { revision { id } } }`,
        { id: draftId, heading },
      );
    const first = (await revise('Requirements')).addDraftRevision.revision.id;
    await comment(member, first, 'TECHNICAL', 'Clause 4 needs a test method.', '4');
    await revise('Requirements and methods');

    const asMember = await signedIn(member);
    // The earlier comments come with the draft: a member reads them, without the officer's tools.
    await asMember.goto(`${draftPath(draftId)}?lang=en`);
    await asMember.locator('section.earlier-comments .thread', { hasText: 'Clause 4 needs a test method.' }).waitFor();
    await expect(asMember.getByRole('button', { name: /^Carry/ }).count()).resolves.toBe(0);

    const page = await signedIn(secretary);
    await page.goto(`${draftPath(draftId)}?lang=en`);
    const earlier = page.locator('section.earlier-comments');
    await earlier.locator('.thread').waitFor();
    await expect(earlier.locator('.thread-where').allTextContents()).resolves.toEqual(['Revision 1, 4']);
    await earlier.getByRole('button', { name: 'Record a disposition' }).click();
    await expectAccessible(page);
    await earlier.getByRole('button', { name: 'Cancel' }).click();
    await earlier.getByLabel('Carry to clause of revision 2').selectOption('6');
    await earlier.getByRole('button', { name: 'Carry to revision 2' }).click();
    await earlier.waitFor({ state: 'detached' });
    const carried = page.locator('[data-clause="6"] .thread', { hasText: 'Clause 4 needs a test method.' });
    await carried.waitFor();
    await page.locator('.history-action', { hasText: 'Comment carried to the current revision' }).waitFor();
    await expect(carried.getByRole('button', { name: 'Record a disposition' }).count()).resolves.toBe(1);
  });
});

const UPLOAD = `mutation($input: UploadCommentSheetInput!) { uploadCommentSheet(input: $input) { threads { id } } }`;
/** `n` technical comments on clause 5.1 of the draft's current revision, in one sheet, numbered from 1. */
const uploadComments = (person: ScenePerson, draftId: string, n: number, prefix: string) => {
  const rows = Array.from({ length: n }, (_, k) => `CATARC,,5.1,,te,${prefix} ${k + 1}.,,,,,,\r\n`);
  return sceneApi(web.origin, person, UPLOAD, { input: { draftId, csv: HEADER + rows.join('') } });
};

describe('a revision with more comments than one page of the API', () => {
  it('shows all 120 comments of a sheet, the last included, and counts them all', async () => {
    const { draftId } = await enquiryDraft();
    await uploadComments(member, draftId, 120, 'Sheet comment');
    const page = await signedIn(secretary);
    await page.goto(`${draftPath(draftId)}?lang=en`);
    await page.locator('.thread-comment', { hasText: 'Sheet comment 120.' }).waitFor();
    await page.locator('.comment-count', { hasText: 'Showing 120 of 120 comments.' }).waitFor();
    await expect(page.locator('.thread-comment').count()).resolves.toBe(120);
    await expect(page.getByLabel('Type', { exact: true }).locator('option').allTextContents()).resolves.toEqual([
      'All (120)',
      'General (0)',
      'Technical (120)',
      'Editorial (0)',
    ]);
  });
});

describe('open comments of an earlier revision, for a secretary with much other work', () => {
  it('are listed though 101 comments of another draft wait for them, and leave when carried elsewhere', async () => {
    const busy = await enquiryDraft();
    await uploadComments(member, busy.draftId, 101, 'Elsewhere');
    year += 1;
    const { draftId } = await stageDraft(web.origin, people, 'ISO 26262', `ISO 26262:${year}`);
    const api = <T>(person: ScenePerson, query: string, variables: Record<string, unknown>) =>
      sceneApi<T>(web.origin, person, query, variables);
    await api(
      secretary,
      `mutation($id: ID!) { moveDraftStage(input: { draftId: $id, fromStage: PROPOSAL,
      toStage: WORKING_DRAFT, lockVersion: 1 }) { draft { id } } }`,
      { id: draftId },
    );
    const revise = () =>
      api<{ addDraftRevision: { revision: { id: string } } }>(
        secretary,
        `mutation($id: ID!) { addDraftRevision(input: { draftId: $id, clauses: [
          { number: "4", heading: "Requirements" } ] }) { revision { id } } }`,
        { id: draftId },
      );
    const first = (await revise()).addDraftRevision.revision.id;
    const old = await comment(member, first, 'TECHNICAL', 'Behind a hundred others.', '4');
    await revise();

    const page = await signedIn(secretary);
    await page.goto(`${draftPath(draftId)}?lang=en`);
    const earlier = page.locator('section.earlier-comments');
    await earlier.locator('.thread', { hasText: 'Behind a hundred others.' }).waitFor();
    await earlier.getByRole('button', { name: 'Carry to revision 2' }).waitFor();
    // It is carried from another tool (as another officer would): the page's live update takes it off the list.
    await api(secretary, `mutation($id: ID!) { carryCommentThread(input: { threadId: $id }) { thread { id } } }`, {
      id: old.id,
    });
    await earlier.waitFor({ state: 'detached' });
    await page.locator('[data-clause="4"] .thread', { hasText: 'Behind a hundred others.' }).waitFor();
  });
});

describe('the comment sheet after the session ended', () => {
  it('says so in words instead of saving an error as the sheet', async () => {
    const { draftId, revisionId } = await enquiryDraft();
    await comment(member, revisionId, 'TECHNICAL', 'Download me.');
    const page = await signedIn(member);
    await page.goto(`${draftPath(draftId)}?lang=en`);
    await threadOf(page, 'Download me.').waitFor();
    const downloaded = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download the comment sheet (CSV)' }).click();
    const file = await downloaded;
    const { readFile } = await import('node:fs/promises');
    await expect(readFile((await file.path()) ?? '', 'utf8')).resolves.toContain('Download me.');
    expect(file.suggestedFilename()).toMatch(/comments\.csv$/);

    // Signed out meanwhile (another tab, or the session expired): the page still shows the link.
    await page.context().clearCookies();
    await page.getByRole('link', { name: 'Download the comment sheet (CSV)' }).click();
    await expect(page.locator('.comment-sheet [role="alert"]').textContent()).resolves.toMatch(/sign in/i);
  });
});
