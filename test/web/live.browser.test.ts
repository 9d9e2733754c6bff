import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './axe.ts';
import type { WebHarness } from './harness.ts';
import { draftWithRevisions, MOVE_DRAFT, revisionText } from './revisions-scene.ts';
import { startSceneHarness, openAs, sceneApi, type ScenePeople, type ScenePerson } from './workspace-scene.ts';

let web: WebHarness;
let people: ScenePeople;

beforeAll(async () => {
  ({ web, people } = await startSceneHarness());
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
const COMMENT = `mutation($revisionId: ID!, $comment: String!) {
  createCommentThread(input: { revisionId: $revisionId, clauseNumber: "5.1", type: EDITORIAL, comment: $comment,
    organisation: "SAC" }) { thread { id } } }`;

/** Waits until the page's live stream has been answered (200: open; else refused). */
const streamAnswer = (page: Page) =>
  page.waitForResponse(
    (response) =>
      response.url().endsWith('/graphql') &&
      response.request().method() === 'POST' &&
      (response.request().postData() ?? '').includes('WebDraftActivity'),
  );

describe('live updates of a draft page', () => {
  it("shows another person's comment and stage move without a reload, and says what happened", async () => {
    const { draftId, lockVersion, revisionIds } = await draftWithRevisions(
      web.origin,
      people,
      'ISO 26262',
      'ISO 26262:2027',
      [revisionText(10)],
    );
    const { page } = await signedIn(people.member);
    const stream = streamAnswer(page);
    await page.goto(`${draftPath(draftId)}?lang=en`);
    expect((await stream).status()).toBe(200);
    await page.getByRole('heading', { name: /ISO 26262:2027/ }).waitFor();
    await expect(page.locator('.clause-row .thread').count()).resolves.toBe(0);

    await sceneApi(web.origin, people.secretary, COMMENT, {
      revisionId: revisionIds[0],
      comment: 'Ten days is too short for a review.',
    });
    const status = page.getByRole('status').filter({ hasText: /\S/ });
    await expect(status.textContent()).resolves.toBe('Sun Secretary commented on 5.1');
    const thread = page.locator('[data-clause="5.1"] .thread');
    await expect(thread.locator('.thread-comment').textContent()).resolves.toBe('Ten days is too short for a review.');

    await sceneApi(web.origin, people.secretary, MOVE_DRAFT, {
      id: draftId,
      from: 'WORKING_DRAFT',
      to: 'COMMITTEE_DRAFT',
      lock: lockVersion,
    });
    await page.getByText('Sun Secretary moved the draft to Committee draft').waitFor();
    // The page itself follows: the history (refetched) records the move at its top.
    await page.locator('.history-action', { hasText: 'Moved to Committee draft' }).waitFor();
    await expect(page.locator('.history-action').first().textContent()).resolves.toBe('Moved to Committee draft');
    await expectAccessible(page);
  });

  it('announces in Chinese; leaving closes the stream; a refused stream leaves the page working without', async () => {
    const { draftId, revisionIds } = await draftWithRevisions(
      web.origin,
      people,
      'ISO/SAE 21434',
      'ISO/SAE 21434:2027',
      [revisionText(10)],
    );
    const { page } = await signedIn(people.member, 'zh');
    const stream = streamAnswer(page);
    await page.goto(`${draftPath(draftId)}?lang=zh`);
    expect((await stream).status()).toBe(200);
    await page.getByRole('heading', { name: /ISO\/SAE 21434:2027/ }).waitFor();
    await sceneApi(web.origin, people.secretary, COMMENT, { revisionId: revisionIds[0], comment: '评审期限太短。' });
    await page.getByText('Sun Secretary 对 5.1 提出了意见').waitFor();
    await expectAccessible(page);
    await page.close();

    // The secretary's session holds every stream it may but the one of an open draft page.
    const held: AbortController[] = [];
    const holdStream = async () => {
      const controller = new AbortController();
      const response = await fetch(`${web.origin}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'text/event-stream',
          cookie: `vsr_session=${people.secretary.session}`,
        },
        body: JSON.stringify({
          query: 'subscription($id: ID!) { draftActivity(draftId: $id) { id } }',
          variables: { id: draftId },
        }),
        signal: controller.signal,
      });
      if (response.status === 200) held.push(controller);
      else controller.abort();
      return response.status;
    };
    try {
      const { page: open } = await signedIn(people.secretary);
      const opened = streamAnswer(open);
      await open.goto(`${draftPath(draftId)}?lang=en`);
      expect((await opened).status()).toBe(200);
      let status = await holdStream();
      while (status === 200) status = await holdStream();
      expect(status).toBe(429);
      // Leaving the draft page (a link, no reload) closes its stream: the session may open one more.
      await open.getByRole('link', { name: 'My work' }).first().click();
      await open.waitForURL((url) => url.pathname === '/work');
      for (let tries = 0; status === 429 && tries < 50; tries += 1) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        status = await holdStream();
      }
      expect(status).toBe(200);

      const { page: refused } = await signedIn(people.secretary);
      const stream = streamAnswer(refused);
      await refused.goto(`${draftPath(draftId)}?lang=en`);
      expect((await stream).status()).toBe(429);
      // The page works as before: a comment made on it appears once the page has stored it.
      const clause = refused.locator('[data-clause="5.1"]').first();
      await clause.getByRole('button', { name: 'Comment on 5.1' }).click();
      await clause.getByLabel('Type of comment').selectOption('EDITORIAL');
      await clause.getByLabel('Comment', { exact: true }).fill('Say "calendar days".');
      await clause.getByRole('button', { name: 'Add comment' }).click();
      await clause.getByText('Say "calendar days".').waitFor();
      await expect(refused.getByRole('alert').count()).resolves.toBe(0);
    } finally {
      for (const controller of held) controller.abort();
    }
  });
});
