import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionCookieFor } from '../support/sessions.ts';
import { createPersonWithToken } from '../support/people.ts';
import { expectAccessible } from './axe.ts';
import { startWebHarness, type WebHarness } from './harness.ts';

// ISO/TC22/SC32 of the sample with a secretary and a voting member, who each have a token (to set the
// scene through the API) and a browser session. One draft is at enquiry with an open ballot and text;
// another waits at proposal for the secretary to move it.

type Person = ReturnType<typeof createPersonWithToken> & { session: string };
let web: WebHarness;
let secretary: Person;
let member: Person;
let enquiryId: string;
let proposalId: string;

async function api<T>(person: Person, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${web.origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${person.token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors || !body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const CREATE = `mutation($committeeId: ID!, $standard: String!, $version: String!) {
  createDraft(input: { committeeId: $committeeId, standardDesignation: $standard, versionDesignation: $version,
    versionType: EDITION }) { draft { id } } }`;
const MOVE = `mutation($id: ID!, $from: DraftStage!, $to: DraftStage!, $lock: Int!) {
  moveDraftStage(input: { draftId: $id, fromStage: $from, toStage: $to, lockVersion: $lock }) { draft { lockVersion } } }`;

async function move(id: string, from: string, to: string, lock: number): Promise<number> {
  const data = await api<{ moveDraftStage: { draft: { lockVersion: number } } }>(secretary, MOVE, {
    id,
    from,
    to,
    lock,
  });
  return data.moveDraftStage.draft.lockVersion;
}

beforeAll(async () => {
  web = await startWebHarness({
    prepare(db) {
      const committeeId = db.$client
        .prepare("select id from committees where code = 'ISO/TC22/SC32'")
        .pluck()
        .get() as number;
      const join = (name: string, role: string): Person => {
        const person = createPersonWithToken(db, { name });
        db.$client
          .prepare('insert into memberships (person_id, committee_id, role, created_at) values (?, ?, ?, ?)')
          .run(person.personId, committeeId, role, new Date().toISOString());
        return { ...person, session: sessionCookieFor(db, person.personId, new Date()) };
      };
      secretary = join('Sun Secretary', 'SECRETARY');
      member = join('Li Wei', 'MEMBER');
    },
  });
  const { committee } = await api<{ committee: { id: string } }>(
    secretary,
    '{ committee(code: "ISO/TC22/SC32") { id } }',
  );
  const create = (standard: string, version: string) =>
    api<{ createDraft: { draft: { id: string } } }>(member, CREATE, { committeeId: committee.id, standard, version });
  enquiryId = (await create('ISO 26262', 'ISO 26262:2026')).createDraft.draft.id;
  proposalId = (await create('ISO/SAE 21434', 'ISO/SAE 21434:2026')).createDraft.draft.id;
  let lock = await move(enquiryId, 'PROPOSAL', 'WORKING_DRAFT', 1);
  const revision = await api<{ addDraftRevision: { revision: { id: string } } }>(
    secretary,
    `mutation($id: ID!) { addDraftRevision(input: { draftId: $id, clauses: [
      { number: "5", heading: "Requirements", clauses: [
        { number: "5.1", heading: "Safety goals", text: "Each hazardous event shall have a safety goal." } ] } ] }) {
      revision { id } } }`,
    { id: enquiryId },
  );
  lock = await move(enquiryId, 'WORKING_DRAFT', 'COMMITTEE_DRAFT', lock);
  await move(enquiryId, 'COMMITTEE_DRAFT', 'ENQUIRY', lock);
  await api(
    secretary,
    'mutation($id: ID!, $closes: DateTime!) { openBallot(input: { revisionId: $id, closesAt: $closes }) { ballot { id } } }',
    {
      id: revision.addDraftRevision.revision.id,
      closes: new Date(Date.now() + 10 * 86_400_000).toISOString(),
    },
  );
}, 60_000);
afterAll(async () => {
  await web?.close();
});

async function signedIn(
  person: Person | null,
  lang: 'en' | 'zh' = 'en',
): Promise<{ page: Page; context: BrowserContext }> {
  const opened = await web.newPage({ lang });
  if (person) await opened.context.addCookies([{ name: 'vsr_session', value: person.session, url: web.origin }]);
  return opened;
}

const draftPath = (id: string) => `/drafts/${encodeURIComponent(id)}`;

describe('my work', () => {
  it('asks an anonymous reader to sign in, with a link back to /work', async () => {
    const { page } = await signedIn(null);
    await page.goto('/work?lang=en');
    await expect(page.getByText('once you sign in').textContent()).resolves.toContain('My work shows');
    const href = await page.getByRole('link', { name: 'Sign in' }).getAttribute('href');
    expect(new URL(href ?? '', web.origin).searchParams.get('next')).toBe('/work');
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
    await expect(drafts.getByRole('link').allTextContents()).resolves.toEqual(['ISO/SAE 21434:2026', 'ISO 26262:2026']);
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

    await clause.getByRole('button', { name: 'Comment on 5.1' }).click();
    await clause.getByLabel('Type of comment').selectOption('TECHNICAL');
    await clause.getByLabel('Comment', { exact: true }).fill('A safety goal needs a deadline.');
    await clause.getByLabel('Proposed change').fill('Add "within 10 days".');
    await clause.getByRole('button', { name: 'Add comment' }).click();
    const thread = clause.locator('aside .thread');
    await thread.waitFor();
    await expect(thread.locator('.thread-comment').textContent()).resolves.toBe('A safety goal needs a deadline.');
    await expect(thread.textContent()).resolves.toContain('Add "within 10 days".');

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
});
