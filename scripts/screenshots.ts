// `npm run screenshots`: writes a PNG of every lab page, in English and in Chinese, at a desktop and a
// phone width, into screenshots/ (for a reviewer's eyes; tests assert the pages' content). It runs the
// real server on a temporary copy of the bundled sample and the Chromium build from npm. Chinese text
// needs a CJK font on the machine (Debian: fonts-noto-cjk) or it shows as boxes.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildWeb } from './build-web.ts';
import { batterySafetyFile } from '../test/support/search-fixtures.ts';
import { createPersonWithToken } from '../test/support/people.ts';
import { sessionCookieFor } from '../test/support/sessions.ts';
import { startWebHarness } from '../test/web/harness.ts';
import { prepareSceneCommittee, sceneApi, type ScenePeople, stageSceneDrafts } from '../test/web/workspace-scene.ts';

const OUT = fileURLToPath(new URL('../screenshots', import.meta.url));

/**
 * Each page: a file name and its path (the language is added). `ready` is a selector shown when it is
 * drawn. Pages are taken signed in as a voting member, except those marked `anonymous`.
 */
export const PAGES: { name: string; path: string; ready: string; anonymous?: boolean; admin?: boolean }[] = [
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
  const { enquiryId } = await stageSceneDrafts(web.origin, people);
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
  PAGES.push(
    { name: 'work', path: '/work', ready: '.work-ballot' },
    { name: 'draft', path: `/drafts/${encodeURIComponent(enquiryId)}`, ready: '.clause-text' },
    { name: 'committee', path: '/committees/ISO%2FTC22%2FSC32', ready: '.committee-members' },
    { name: 'committee-admin', path: '/committees/ISO%2FTC22%2FSC32', ready: '.committee-admin', admin: true },
  );
  const session = people.member.session;
  for (const lang of ['en', 'zh'] as const) {
    for (const width of [1280, 390]) {
      const signedIn = await web.newPage({ lang, width });
      await signedIn.context.addCookies([{ name: 'vsr_session', value: session, url: web.origin }]);
      const anonymous = await web.newPage({ lang, width });
      const administrator = await web.newPage({ lang, width });
      await administrator.context.addCookies([{ name: 'vsr_session', value: adminSession, url: web.origin }]);
      for (const { name, path, ready, anonymous: noSession, admin } of PAGES) {
        const { page } = noSession ? anonymous : admin ? administrator : signedIn;
        const [bare = path, hash = ''] = path.split('#');
        await page.goto(`${bare}${bare.includes('?') ? '&' : '?'}lang=${lang}${hash ? `#${hash}` : ''}`);
        await page.locator(ready).first().waitFor();
        const file = join(OUT, `${name}.${lang}.${width}.png`);
        await page.screenshot({ path: file, fullPage: true });
        process.stdout.write(`${file}\n`);
      }
      await signedIn.context.close();
      await anonymous.context.close();
      await administrator.context.close();
    }
  }
} finally {
  await web.close();
}
