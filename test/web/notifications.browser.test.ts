import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './axe.ts';
import type { WebHarness } from './harness.ts';
import { draftWithRevisions, MOVE_DRAFT, revisionText } from './revisions-scene.ts';
import {
  startSceneHarness,
  openAs,
  scenePerson,
  type ScenePeople,
  type ScenePerson,
  sceneApi,
  stageApprovedDraft,
} from './workspace-scene.ts';

// Notifications on My work and the unread count in the header: written by others' acts through the
// API (a publication, a draft's moves), told in words with a link, marked read, and arriving live.

let web: WebHarness;
let people: ScenePeople;
let lia: ScenePerson;

beforeAll(async () => {
  ({ web, people } = await startSceneHarness((db) => {
    lia = scenePerson(db, { name: 'Lia Lab' });
  }));
}, 60_000);
afterAll(async () => {
  await web?.close();
});

async function signedIn(person: ScenePerson, lang: 'en' | 'zh' = 'en'): Promise<Page> {
  return (await openAs(web, person, { lang })).page;
}

const unreadOf = async (person: ScenePerson) =>
  (
    await sceneApi<{ viewer: { notifications: { unreadCount: number } } }>(
      web.origin,
      person,
      '{ viewer { notifications(first: 0) { unreadCount } } }',
    )
  ).viewer.notifications.unreadCount;

/** Waits until the page's notifications stream has been answered (200: open; else refused). */
const streamAnswer = (page: Page) =>
  page.waitForResponse(
    (response) =>
      response.url().endsWith('/graphql') && (response.request().postData() ?? '').includes('WebNotificationArrived'),
  );

/** The header's "My work" link by its whole accessible name, e.g. "My work, 3 unread". */
const workLink = (page: Page, name: string) => page.getByRole('banner').getByRole('link', { name, exact: true });
const notifications = (page: Page) => page.locator('section[aria-labelledby="work-notifications"]');
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });

async function publish(draftId: string) {
  const { draft } = await sceneApi<{ draft: { lockVersion: number } }>(
    web.origin,
    people.secretary,
    'query($id: ID!) { draft(id: $id) { lockVersion } }',
    { id: draftId },
  );
  await sceneApi(
    web.origin,
    people.secretary,
    `mutation($id: ID!, $lock: Int!) { publishDraft(input: { draftId: $id, lockVersion: $lock, published: "2027-03",
      effective: "2027-07-01" }) { version { designation } } }`,
    { id: draftId, lock: draft.lockVersion },
  );
}

describe('notifications on My work', () => {
  it('tells a follower of a new version in words with its link; marking it read empties the header count', async () => {
    const { standard } = await sceneApi<{ standard: { id: string } }>(
      web.origin,
      lia,
      '{ standard(designation: "ISO/SAE 21434") { id } }',
    );
    await sceneApi(
      web.origin,
      lia,
      'mutation($s: ID!) { followStandard(input: { standardId: $s }) { watch { id } } }',
      {
        s: standard.id,
      },
    );
    const { draftId } = await stageApprovedDraft(web.origin, people, 'ISO/SAE 21434', 'ISO/SAE 21434:2027', [
      'ISO/SAE 21434:2021',
    ]);
    await publish(draftId);
    expect(await unreadOf(lia)).toBe(1);

    const zh = await signedIn(lia, 'zh');
    await zh.goto('/work?lang=zh');
    await notifications(zh).getByRole('link', { name: 'ISO/SAE 21434 发布了新版本 ISO/SAE 21434:2027' }).waitFor();
    await expect(notifications(zh).locator('li').textContent()).resolves.toContain('未读');
    await workLink(zh, '我的工作，1 条未读').waitFor();
    await expectAccessible(zh);

    const page = await signedIn(lia);
    await page.goto('/work?lang=en');
    const item = notifications(page).getByRole('link', {
      name: 'New version ISO/SAE 21434:2027 of ISO/SAE 21434 published',
    });
    await expect(item.getAttribute('href')).resolves.toBe('/standards/ISO%2FSAE%2021434?lang=en');
    await expect(notifications(page).locator('li').textContent()).resolves.toContain('Unread');
    await workLink(page, 'My work, 1 unread').waitFor();
    await expectAccessible(page);

    await notifications(page)
      .getByRole('button', { name: 'Mark as read: New version ISO/SAE 21434:2027 of ISO/SAE 21434 published' })
      .click();
    await workLink(page, 'My work').waitFor();
    await expect(notifications(page).locator('li').textContent()).resolves.not.toContain('Unread');
    await expect(notifications(page).getByRole('button', { name: 'Mark all as read' }).count()).resolves.toBe(0);
    expect(await unreadOf(lia)).toBe(0);
    await item.click();
    await page.waitForURL((url) => url.pathname === '/standards/ISO%2FSAE%2021434');
  });

  it('shows a notification arriving while the page is open, raises the count, pages on, marks all read', async () => {
    const page = await signedIn(people.member);
    const stream = streamAnswer(page);
    await page.goto('/work?lang=en');
    expect((await stream).status()).toBe(200);
    const before = await unreadOf(people.member);
    await workLink(page, `My work, ${before} unread`).waitFor();
    const listed = await notifications(page).locator('li').count();

    const { draftId, lockVersion } = await draftWithRevisions(web.origin, people, 'ISO 26262', 'ISO 26262:2027', [
      revisionText(10),
    ]);
    const moved = notifications(page).getByRole('link', {
      name: 'Draft ISO 26262:2027 moved from Proposal to Working draft',
    });
    await moved.waitFor();
    await expect(moved.getAttribute('href')).resolves.toBe(`/drafts/${encodeURIComponent(draftId)}?lang=en`);
    await expect(notifications(page).locator('li').first().textContent()).resolves.toContain('moved from Proposal');
    await workLink(page, `My work, ${before + 1} unread`).waitFor();

    // A second move arrives as well.
    await sceneApi(web.origin, people.secretary, MOVE_DRAFT, {
      id: draftId,
      from: 'WORKING_DRAFT',
      to: 'COMMITTEE_DRAFT',
      lock: lockVersion,
    });
    await notifications(page)
      .getByRole('link', { name: 'Draft ISO 26262:2027 moved from Working draft to Committee draft' })
      .waitFor();
    await workLink(page, `My work, ${before + 2} unread`).waitFor();
    // What was listed stays below what arrived.
    expect(listed).toBe(before);
    await expect(notifications(page).locator('li').count()).resolves.toBe(before + 2);

    // More than a page (ten) by now: a reload lists the newest ten, "Show more" the rest.
    expect(before + 2).toBeGreaterThan(10);
    await page.reload();
    await poll(() => notifications(page).locator('li').count()).toBe(10);
    await notifications(page).getByRole('button', { name: 'Show more' }).click();
    await poll(() => notifications(page).locator('li').count()).toBe(before + 2);
    await expect(notifications(page).getByRole('button', { name: 'Show more' }).count()).resolves.toBe(0);

    await notifications(page).getByRole('button', { name: 'Mark all as read' }).click();
    await workLink(page, 'My work').waitFor();
    await poll(() => notifications(page).getByText('Unread', { exact: true }).count()).toBe(0);
    expect(await unreadOf(people.member)).toBe(0);

    const zh = await signedIn(people.member, 'zh');
    await zh.goto('/work?lang=zh');
    await notifications(zh).getByRole('link', { name: '草案 ISO 26262:2027 从“提案”转入“工作组草案”' }).waitFor();
    await expectAccessible(zh);
  });

  it("opens both the header's stream and the draft's on a draft page, within one session's limit", async () => {
    const { draftId } = await draftWithRevisions(web.origin, people, 'ISO 26262', 'ISO 26262:2028', [revisionText(7)]);
    const page = await signedIn(people.member);
    const answered = (name: string) =>
      page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes(name));
    const header = answered('WebNotificationArrived');
    const draft = answered('WebDraftActivity');
    await page.goto(`/drafts/${encodeURIComponent(draftId)}?lang=en`);
    expect([(await header).status(), (await draft).status()]).toEqual([200, 200]);
    await workLink(page, 'My work, 1 unread').waitFor();
  });

  it('says what to follow when there is nothing, and works when the live stream is refused', async () => {
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
        body: JSON.stringify({ query: 'subscription { notifications { id } }' }),
        signal: controller.signal,
      });
      if (response.status === 200) held.push(controller);
      else controller.abort();
      return response.status;
    };
    try {
      while ((await holdStream()) === 200);
      const page = await signedIn(people.secretary);
      const stream = streamAnswer(page);
      await page.goto('/work?lang=en');
      expect((await stream).status()).toBe(429);
      const empty = notifications(page);
      await empty.getByText('No notifications yet.', { exact: false }).waitFor();
      await expect(
        empty.getByRole('link', { name: 'what you follow, on your page' }).getAttribute('href'),
      ).resolves.toBe('/me?lang=en');
      await workLink(page, 'My work').waitFor();
      await expect(page.getByRole('alert').count()).resolves.toBe(0);
      await expectAccessible(page);
    } finally {
      for (const controller of held) controller.abort();
    }
  });
});
