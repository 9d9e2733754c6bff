import type { BrowserContext, Page } from 'playwright-core';
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
  stageSceneDrafts,
} from './workspace-scene.ts';

let web: WebHarness;
let secretary: ScenePerson;
let member: ScenePerson;
let enquiryId: string;
let proposalId: string;
let people: ScenePeople;

beforeAll(async () => {
  ({ web, people } = await startSceneHarness());
  ({ secretary, member } = people);
  ({ enquiryId, proposalId } = await stageSceneDrafts(web.origin, people));
}, 60_000);
afterAll(async () => {
  await web?.close();
});

async function signedIn(
  person: ScenePerson | null,
  lang: 'en' | 'zh' = 'en',
): Promise<{ page: Page; context: BrowserContext }> {
  return openAs(web, person, { lang });
}

const draftPath = (id: string) => `/drafts/${encodeURIComponent(id)}`;

describe('my work', () => {
  it('asks an anonymous reader to sign in, with a link back to /work', async () => {
    const { page } = await signedIn(null);
    await page.goto('/work?lang=en');
    await expect(page.getByText('once you sign in').textContent()).resolves.toContain('My work shows');
    const href = await page.locator('#main').getByRole('link', { name: 'Sign in' }).getAttribute('href');
    expect(new URL(href ?? '', web.origin).searchParams.get('next')).toBe('/work');
    // A draft's link, opened before signing in, leads back to that draft.
    await page.goto(`${draftPath(enquiryId)}?lang=zh`);
    const zhHref = await page.locator('#main').getByRole('link', { name: '登录' }).getAttribute('href');
    expect(new URL(zhHref ?? '', web.origin).searchParams.get('next')).toBe(draftPath(enquiryId));
    await expect(page.locator('main').textContent()).resolves.not.toContain('ISO 26262:2026');
  });

  it("lists a member's drafts by stage and the ballot awaiting their vote, each linking to its draft", async () => {
    const { page } = await signedIn(member);
    await page.goto('/work?lang=en');
    const ballots = page.locator('section[aria-labelledby="work-ballots"]');
    await expect(ballots.locator('li').first().textContent()).resolves.toMatch(
      /Enquiry ballot on ISO 26262:2026 (10|9) days left/,
    );
    const drafts = page.locator('section[aria-labelledby="work-drafts"]');
    await expect(drafts.locator('h3').allTextContents()).resolves.toEqual(['Proposal', 'Enquiry']);
    const draftLinks = drafts.locator('a[href^="/drafts/"]');
    await expect(draftLinks.allTextContents()).resolves.toEqual(['ISO/SAE 21434:2026', 'ISO 26262:2026']);
    // Each draft names its committee, a link to the committee's page.
    const committeeLinks = drafts.locator('a[href^="/committees/"]');
    await expect(committeeLinks.first().getAttribute('href')).resolves.toBe('/committees/ISO%2FTC22%2FSC32?lang=en');
    await ballots.getByRole('link').first().click();
    await page.waitForURL((url) => url.pathname === draftPath(enquiryId));
    await page.getByRole('heading', { name: /ISO 26262:2026/ }).waitFor();
  });
});

describe("a draft's page", () => {
  it('shows the clause text, takes a comment beside its clause and a vote with a reason', async () => {
    const { page } = await signedIn(member);
    await page.goto(`${draftPath(enquiryId)}?lang=en`);
    const clause = page.locator('[data-clause="5.1"]').first();
    await expect(clause.locator('.clause-text').first().textContent()).resolves.toBe(
      'Each hazardous event shall have a safety goal.',
    );
    await expect(page.locator('.clause-heading').allTextContents()).resolves.toEqual([
      '5 Requirements',
      '5.1 Safety goals',
    ]);

    await expect(page.locator('.history-action').allTextContents()).resolves.toEqual([
      'Ballot opened',
      'Moved to Enquiry',
      'Moved to Committee draft',
      'Revision 1 saved',
      'Moved to Working draft',
      'Draft proposed',
    ]);

    await clause.getByRole('button', { name: 'Comment on 5.1' }).click();
    await clause.getByLabel('Type of comment').selectOption('TECHNICAL');
    await clause.getByLabel('Comment', { exact: true }).fill('A safety goal needs a deadline.');
    await clause.getByLabel('Proposed change').fill('Add "within 10 days".');
    await clause.getByRole('button', { name: 'Add comment' }).click();
    const thread = clause.locator('aside .thread');
    await thread.waitFor();
    await expect(thread.locator('.thread-comment').textContent()).resolves.toBe('A safety goal needs a deadline.');
    await expect(thread.textContent()).resolves.toContain('Add "within 10 days".');
    await thread.getByRole('button', { name: 'Reply' }).click();
    await thread.getByLabel('Your reply').fill('Ten days from the analysis.');
    await thread.getByRole('button', { name: 'Send reply' }).click();
    await expect(thread.locator('.thread-replies li p').first().textContent()).resolves.toBe(
      'Ten days from the analysis.',
    );

    const ballot = page.locator('.ballot');
    await ballot.getByRole('radio', { name: 'Disapprove' }).check();
    await ballot.getByLabel(/Reason/).fill('The deadline is missing.');
    await ballot.getByRole('button', { name: 'Vote' }).click();
    await ballot.locator('.my-vote').waitFor();
    await expect(ballot.locator('.my-vote').textContent()).resolves.toBe(
      'Your vote: DisapproveYour reason: The deadline is missing.',
    );
    // Until the ballot closes the vote can be changed.
    await expect(ballot.getByRole('button', { name: 'Change my vote' }).count()).resolves.toBe(1);
  });

  it('offers a member no stage moves and the secretary the moves the API allows, which work', async () => {
    const asMember = await signedIn(member);
    await asMember.page.goto(`${draftPath(proposalId)}?lang=en`);
    await asMember.page.getByText('You cannot move this draft now.').waitFor();
    await expect(asMember.page.getByRole('button', { name: /^Move to/ }).count()).resolves.toBe(0);

    const { page } = await signedIn(secretary);
    await page.goto(`${draftPath(proposalId)}?lang=en`);
    await page.locator('.stage-moves').waitFor();
    await expect(page.getByRole('button', { name: /^Move to/ }).allTextContents()).resolves.toEqual([
      'Move to Working draft',
      'Move to Cancelled',
    ]);
    await page.getByRole('button', { name: 'Move to Working draft' }).click();
    await page.locator('.stage-name', { hasText: 'Working draft' }).waitFor();
  });

  it('has no serious accessibility violations on either page in either language', async () => {
    for (const lang of ['en', 'zh'] as const) {
      const { page } = await signedIn(member, lang);
      await page.goto(`/work?lang=${lang}`);
      await page.locator('.work-ballot, .work-draft').first().waitFor();
      await expectAccessible(page);
      await page.goto(`${draftPath(enquiryId)}?lang=${lang}`);
      await page.locator('.clause-text').first().waitFor();
      await expectAccessible(page);
    }
  });

  it('lets the secretary close a ballot once its time has passed, then shows the result explained', async () => {
    const closesInMs = 1_500;
    const { draftId, ballotId } = await stageDraft(web.origin, people, 'ISO 26262', 'ISO 26262:2027', closesInMs);
    await sceneApi(
      web.origin,
      member,
      'mutation($id: ID!) { castVote(input: { ballotId: $id, value: APPROVE }) { vote { value } } }',
      {
        id: ballotId,
      },
    );
    const { page } = await signedIn(secretary);
    // The close button is offered only once the closing time has passed (`Ballot.viewerCanClose`).
    await new Promise((resolve) => setTimeout(resolve, closesInMs + 200));
    await page.goto(`${draftPath(draftId)}?lang=en`);
    await page.getByRole('button', { name: 'Close the ballot' }).click();
    const ballot = page.locator('.ballot[data-ballot-status="CLOSED"]');
    await ballot.waitFor();
    await expect(ballot.locator('.ballot-result').textContent()).resolves.toBe('Result: Approved');
    await expect(ballot.locator('.ballot-explanation').textContent()).resolves.toBe(
      '1 of 1 votes cast by voting members approve: at least 2/3; 0 of 1 votes cast against: at most 1/4. Approved.',
    );
    await page
      .getByRole('button', { name: 'English' })
      .or(page.getByRole('button', { name: '中文' }))
      .click();
    await expect(ballot.locator('.ballot-explanation').textContent()).resolves.toContain('通过');
  });

  it('says someone changed the draft meanwhile when a move meets a newer version, and reloads', async () => {
    const { draftId } = await stageDraft(web.origin, people, 'ISO/SAE 21434', 'ISO/SAE 21434:2027');
    const { page } = await signedIn(secretary);
    await page.goto(`${draftPath(draftId)}?lang=en`);
    await page.getByRole('button', { name: 'Move to Working draft' }).waitFor();
    // Another officer moves it first, through the API.
    await sceneApi(
      web.origin,
      secretary,
      `mutation($id: ID!) { moveDraftStage(input: { draftId: $id, fromStage: PROPOSAL, toStage: WORKING_DRAFT,
        lockVersion: 1 }) { draft { stage } } }`,
      { id: draftId },
    );
    await page.getByRole('button', { name: 'Move to Working draft' }).click();
    const alert = page.getByRole('alert');
    await expect(alert.locator('p').textContent()).resolves.toBe(
      'Someone changed this meanwhile: reload the page to see their change.',
    );
    await alert.getByRole('button', { name: 'Reload' }).click();
    await page.locator('.stage-name', { hasText: 'Working draft' }).waitFor();
  });
});
