// `npm run screenshots`: writes a PNG of every lab page, in English and in Chinese, at a desktop and a
// phone width, into screenshots/ (for a reviewer's eyes; tests assert the pages' content). It runs the
// real server on a temporary copy of the bundled sample and the Chromium build from npm. Chinese text
// needs a CJK font on the machine (Debian: fonts-noto-cjk) or it shows as boxes.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { buildWeb } from './build-web.ts';
import { draftWithRevisions, revisionText } from '../test/web/revisions-scene.ts';
import { batterySafetyFile } from '../test/support/search-fixtures.ts';
import { createPersonWithToken } from '../test/support/people.ts';
import { sessionCookieFor } from '../test/support/sessions.ts';
import { startWebHarness } from '../test/web/harness.ts';
import {
  prepareSceneCommittee,
  sceneApi,
  type ScenePeople,
  stageApprovedDraft,
  stageSceneDrafts,
} from '../test/web/workspace-scene.ts';

const OUT = fileURLToPath(new URL('../screenshots', import.meta.url));

/**
 * Each page: a file name and its path (the language is added). `ready` is a selector shown when it is
 * drawn. Pages are taken signed in as a voting member, except those marked `anonymous` (or `asSecretary`);
 * `click`: a selector clicked once the page is drawn (a dialog opened), then `ready` is awaited again.
 */
export const PAGES: {
  name: string;
  path: string;
  ready: string;
  anonymous?: boolean;
  asSecretary?: boolean;
  click?: string;
  /** What is done on the page before it is taken (a state reached by acting), and then waited for. */
  act?: { run(page: Page): Promise<void>; ready: string };
  admin?: boolean;
}[] = [
  { name: 'search', path: '/?q=battery', ready: '.result-group' },
  { name: 'search-designation', path: '/?q=GB%2FT%2031486', ready: '.result-group' },
  { name: 'search-clause', path: '/?q=cyber%20security', ready: '.result-group' },
  { name: 'search-empty', path: '/', ready: '.examples' },
  { name: 'compare', path: '/compare?from=GB%2038031-2020&to=GB%2038031-2025', ready: '.clause-entry' },
  {
    name: 'compare-inline',
    path: '/compare?from=GB%2038031-2020&to=GB%2038031-2025&view=inline',
    ready: '.clause-entry',
  },
  { name: 'horizon', path: '/horizon?from=2025-01-01&to=2026-12-31', ready: '.horizon-change' },
  { name: 'horizon-calendar', path: '/horizon?from=2025-01-01&to=2026-12-31&view=calendar', ready: '.horizon-change' },
  {
    name: 'standard-gbt31486',
    path: '/standards/GB%2FT%2031486?on=2025-06-01&scope=EXISTING_TYPES',
    ready: 'article.standard:has(svg[data-drawn]) .answer[data-answer-on]',
  },
  {
    name: 'standard-unr155',
    path: '/standards/UN%20R155',
    ready: 'article.standard:has(svg[data-drawn]) .answer[data-answer-on]',
  },
  { name: 'standard-not-found', path: '/standards/GB%2099999', ready: '.standard-not-found h1' },
  { name: 'not-found', path: '/no/such/page', ready: 'h1' },
  { name: 'sign-in', path: '/sign-in', ready: '.auth-form', anonymous: true },
  { name: 'set-password', path: '/set-password#token=vsl_example', ready: '.auth-form', anonymous: true },
  { name: 'me', path: '/me', ready: '.me-page h2' },
];

/** The proposal form refused: ISO 26262:2026 is planned by the scene's draft at enquiry already. */
const refusedProposal = {
  async run(page: Page) {
    await page.locator('#propose-standard').fill('ISO 26262');
    await page.locator('#propose-version').fill('ISO 26262:2026');
    await page.locator('#propose-replaces').fill('ISO 26262:2018');
    await page.locator('.propose-form button[type=submit]').click();
  },
  ready: '.propose-error',
};

/** The member follows a standard and a committee and has a webhook: /me shows them. */
async function followAndHook(origin: string, scene: ScenePeople) {
  const ids = await sceneApi<{ standard: { id: string }; committee: { id: string } }>(
    origin,
    scene.member,
    '{ standard(designation: "ISO 26262") { id } committee(code: "ISO/TC22/SC32") { id } }',
  );
  await sceneApi(
    origin,
    scene.member,
    `mutation($s: ID!, $c: ID!) { followStandard(input: { standardId: $s }) { watch { id } }
      followCommittee(input: { committeeId: $c }) { watch { id } } }`,
    { s: ids.standard.id, c: ids.committee.id },
  );
  await sceneApi(
    origin,
    scene.member,
    `mutation { createWebhook(input: { url: "https://lims.example.org/registry-hook",
      kinds: [VERSION_PUBLISHED, BALLOT_OPENED, VOTE_REMINDER] }) { secret } }`,
  );
}

await buildWeb({ quiet: true });
mkdirSync(OUT, { recursive: true });
// The sample holds no clause text: GB 38031's two editions with text show the compare page at work.
// The workspace pages are a voting member's: a session cookie for them is set on every context.
let people: ScenePeople | undefined;
let adminSession = '';
const web = await startWebHarness({
  also: [batterySafetyFile()],
  prepare(db) {
    people = prepareSceneCommittee(db);
    // The committee page's administration is an administrator's: `admin: true` pages use their session.
    adminSession = sessionCookieFor(
      db,
      createPersonWithToken(db, { admin: true, name: 'Ada Admin' }).personId,
      new Date(),
    );
  },
});
try {
  if (!people) throw new Error('the harness did not prepare the database');
  const { enquiryId, proposalId } = await stageSceneDrafts(web.origin, people);
  // A technical comment with a reply beside clause 5.1, as a draft at enquiry has.
  const { draft } = await sceneApi<{ draft: { currentRevision: { id: string } } }>(
    web.origin,
    people.secretary,
    'query($id: ID!) { draft(id: $id) { currentRevision { id } } }',
    { id: enquiryId },
  );
  const { createCommentThread } = await sceneApi<{ createCommentThread: { thread: { id: string } } }>(
    web.origin,
    people.member,
    `mutation($revisionId: ID!) { createCommentThread(input: { revisionId: $revisionId, clauseNumber: "5.1",
      type: TECHNICAL, comment: "A safety goal needs a deadline.",
      proposedChange: "Add: within 10 days of the analysis." }) {
      thread { id } } }`,
    { revisionId: draft.currentRevision.id },
  );
  await sceneApi(
    web.origin,
    people.secretary,
    'mutation($id: ID!) { replyToComment(input: { threadId: $id, body: "Which analysis: HARA?" }) { reply { body } } }',
    { id: createCommentThread.thread.id },
  );
  // The proposal's first text, for the revision editor (the member leads that draft, so may revise it).
  await sceneApi(
    web.origin,
    people.secretary,
    `mutation($id: ID!) { addDraftRevision(input: { draftId: $id, clauses: [
      { number: "1", heading: "Scope", text: "This document applies to road vehicles and their systems." },
      { number: "4", heading: "Cybersecurity management", clauses: [
        { number: "4.1", heading: "Policy", text: "The organization shall define a cybersecurity policy." } ] },
      { number: "A", heading: "Example work products", informative: true } ] }) { revision { id } } }`,
    { id: proposalId },
  );
  // An editorial comment the secretary has disposed of, for the filtered view of resolved comments.
  const editorial = await sceneApi<{ createCommentThread: { thread: { id: string; lockVersion: number } } }>(
    web.origin,
    people.member,
    `mutation($revisionId: ID!) { createCommentThread(input: { revisionId: $revisionId, clauseNumber: "5",
      type: EDITORIAL, comment: "Title case: Requirements." }) { thread { id lockVersion } } }`,
    { revisionId: draft.currentRevision.id },
  );
  await sceneApi(
    web.origin,
    people.secretary,
    `mutation($id: ID!, $lock: Int!) { disposeComment(input: { threadId: $id, lockVersion: $lock,
      disposition: ACCEPTED_IN_PRINCIPLE, observation: "Fixed in the next revision." }) { thread { id } } }`,
    { id: editorial.createCommentThread.thread.id, lock: editorial.createCommentThread.thread.lockVersion },
  );
  PAGES.push({
    name: 'draft-comments-resolved',
    path: `/drafts/${encodeURIComponent(enquiryId)}?status=resolved`,
    ready: '.thread-disposition',
  });
  PAGES.push(
    { name: 'draft-edit', path: `/drafts/${encodeURIComponent(proposalId)}/edit`, ready: '.editor-clause' },
    { name: 'work', path: '/work', ready: '.work-ballot' },
    { name: 'work-notifications', path: '/work#work-notifications', ready: '.notification-list .notification' },
    { name: 'draft', path: `/drafts/${encodeURIComponent(enquiryId)}`, ready: '.clause-text' },
    { name: 'propose', path: '/drafts/new', ready: '.propose-form' },
    { name: 'standard-following', path: '/standards/ISO%2026262', ready: '.follow .follow-on' },
    { name: 'propose-refused', path: '/drafts/new', ready: '.propose-form', act: refusedProposal },
    { name: 'committee', path: '/committees/ISO%2FTC22%2FSC32', ready: '.committee-members' },
    { name: 'committee-admin', path: '/committees/ISO%2FTC22%2FSC32', ready: '.committee-admin', admin: true },
  );
  // The publish step as the secretary sees it (and its confirmation), and a draft published through the API.
  const [approved, published] = await Promise.all([
    stageApprovedDraft(web.origin, people, 'ISO 26262', 'ISO 26262:2027', ['ISO 26262:2018']),
    stageApprovedDraft(web.origin, people, 'ISO/SAE 21434', 'ISO/SAE 21434:2027', ['ISO/SAE 21434:2021']),
  ]);
  const { draft: toPublish } = await sceneApi<{ draft: { lockVersion: number } }>(
    web.origin,
    people.secretary,
    'query($id: ID!) { draft(id: $id) { lockVersion } }',
    { id: published.draftId },
  );
  await sceneApi(
    web.origin,
    people.secretary,
    `mutation($id: ID!, $lock: Int!) { publishDraft(input: { draftId: $id, lockVersion: $lock, published: "2027-03",
      effective: "2027-07-01" }) { version { designation } } }`,
    { id: published.draftId, lock: toPublish.lockVersion },
  );
  const approvedPath = `/drafts/${encodeURIComponent(approved.draftId)}`;
  PAGES.push(
    { name: 'draft-publish', path: approvedPath, ready: 'section.publish', asSecretary: true },
    {
      name: 'draft-publish-confirm',
      path: approvedPath,
      ready: 'dialog[open]',
      asSecretary: true,
      click: '.publish-form button[type="submit"]',
    },
    {
      name: 'draft-published',
      path: `/drafts/${encodeURIComponent(published.draftId)}`,
      ready: '.published-notice',
      asSecretary: true,
    },
  );
  // A draft with three revisions: its page (with the revision picker) and revisions 1 and 3 compared.
  const revised = await draftWithRevisions(web.origin, people, 'ISO 26262', 'ISO 26262:2028', [
    revisionText(10),
    revisionText(14),
    revisionText(21, true),
  ]);
  const revisedPath = `/drafts/${encodeURIComponent(revised.draftId)}`;
  PAGES.push(
    { name: 'draft-revisions', path: revisedPath, ready: '.revision-picker' },
    { name: 'draft-compare', path: `${revisedPath}/compare?from=1&to=3`, ready: '.clause-entry' },
  );
  await followAndHook(web.origin, people);
  const session = people.member.session;
  for (const lang of ['en', 'zh'] as const) {
    for (const width of [1280, 390]) {
      const signedIn = await web.newPage({ lang, width });
      await signedIn.context.addCookies([{ name: 'vsr_session', value: session, url: web.origin }]);
      const anonymous = await web.newPage({ lang, width });
      const secretary = await web.newPage({ lang, width });
      await secretary.context.addCookies([{ name: 'vsr_session', value: people.secretary.session, url: web.origin }]);
      const administrator = await web.newPage({ lang, width });
      await administrator.context.addCookies([{ name: 'vsr_session', value: adminSession, url: web.origin }]);
      for (const { name, path, ready, anonymous: noSession, asSecretary, admin, click, act } of PAGES) {
        const { page } = noSession ? anonymous : asSecretary ? secretary : admin ? administrator : signedIn;
        const [bare = path, hash = ''] = path.split('#');
        await page.goto(`${bare}${bare.includes('?') ? '&' : '?'}lang=${lang}${hash ? `#${hash}` : ''}`);
        if (click) await page.locator(click).click();
        await page.locator(ready).first().waitFor();
        if (act) {
          await act.run(page);
          await page.locator(act.ready).first().waitFor();
        }
        const file = join(OUT, `${name}.${lang}.${width}.png`);
        await page.screenshot({ path: file, fullPage: true });
        process.stdout.write(`${file}\n`);
      }
      await signedIn.context.close();
      await anonymous.context.close();
      await secretary.context.close();
      await administrator.context.close();
    }
  }
} finally {
  await web.close();
}
