import type { BrowserContext, Page } from 'playwright-core';
import type { Db } from '../../src/db/client.ts';
import { createPersonWithToken } from '../support/people.ts';
import { sessionCookieFor } from '../support/sessions.ts';
import { startWebHarness, type WebHarness } from './harness.ts';

// ISO/TC22/SC32 of the sample with a secretary and a voting member, who each have a token (to set the
// scene through the API) and a browser session. One draft is at enquiry with text and an open ballot;
// another waits at proposal for the secretary to move it. Used by the workspace tests and screenshots.

export type ScenePerson = ReturnType<typeof createPersonWithToken> & { session: string };
export interface ScenePeople {
  secretary: ScenePerson;
  member: ScenePerson;
}

/** Records the two people, their memberships and sessions (before the server opens the database). */
export function prepareSceneCommittee(db: Db): ScenePeople {
  const committeeId = db.$client
    .prepare("select id from committees where code = 'ISO/TC22/SC32'")
    .pluck()
    .get() as number;
  const join = (name: string, role: string): ScenePerson => {
    const person = createPersonWithToken(db, { name });
    db.$client
      .prepare('insert into memberships (person_id, committee_id, role, created_at) values (?, ?, ?, ?)')
      .run(person.personId, committeeId, role, new Date().toISOString());
    return { ...person, session: sessionCookieFor(db, person.personId, new Date()) };
  };
  return { secretary: join('Sun Secretary', 'SECRETARY'), member: join('Li Wei', 'MEMBER') };
}

/** A person of the scene (or another one) with a session cookie of their own, made before the server opens. */
export function scenePerson(db: Db, options: { admin?: boolean; name: string }): ScenePerson {
  const person = createPersonWithToken(db, options);
  return { ...person, session: sessionCookieFor(db, person.personId, new Date()) };
}

/**
 * The whole stack (test/web/harness.ts) with the scene's committee people recorded; `prepare` records
 * more (other people, their sessions) before the server opens the database.
 */
export async function startSceneHarness(
  prepare?: (db: Db, people: ScenePeople) => void,
): Promise<{ web: WebHarness; people: ScenePeople }> {
  let people: ScenePeople | undefined;
  const web = await startWebHarness({
    prepare(db) {
      people = prepareSceneCommittee(db);
      prepare?.(db, people);
    },
  });
  if (!people) throw new Error('the harness did not prepare the database');
  return { web, people };
}

/** A new browser context in `lang`, signed in as the person by their session cookie (anonymous for null). */
export async function openAs(
  web: WebHarness,
  person: Pick<ScenePerson, 'session'> | null,
  { lang = 'en', width = 1280 }: { lang?: 'en' | 'zh'; width?: number } = {},
): Promise<{ page: Page; context: BrowserContext }> {
  const opened = await web.newPage({ lang, width });
  if (person) await opened.context.addCookies([{ name: 'vsr_session', value: person.session, url: web.origin }]);
  return opened;
}

const CREATE = `mutation($committeeId: ID!, $standard: String!, $version: String!) {
  createDraft(input: { committeeId: $committeeId, standardDesignation: $standard, versionDesignation: $version,
    versionType: EDITION }) { draft { id } } }`;
const MOVE = `mutation($id: ID!, $from: DraftStage!, $to: DraftStage!, $lock: Int!) {
  moveDraftStage(input: { draftId: $id, fromStage: $from, toStage: $to, lockVersion: $lock }) {
    draft { lockVersion } } }`;
const REVISE = `mutation($id: ID!) { addDraftRevision(input: { draftId: $id, clauses: [
  { number: "5", heading: "Requirements", clauses: [
    { number: "5.1", heading: "Safety goals", text: "Each hazardous event shall have a safety goal." } ] } ] }) {
  revision { id } } }`;
const OPEN_BALLOT = `mutation($id: ID!, $closes: DateTime!) {
  openBallot(input: { revisionId: $id, closesAt: $closes }) { ballot { id } } }`;

/** A GraphQL request to the running server with the person's token; throws on any error. */
export async function sceneApi<T>(
  origin: string,
  person: ScenePerson,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${person.token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors || !body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/**
 * A draft proposed by the member for `standard` and taken by the secretary to enquiry with one revision;
 * with `closesInMs`, a ballot on it closing that long from now.
 */
export async function stageDraft(
  origin: string,
  { secretary, member }: ScenePeople,
  standard: string,
  version: string,
  closesInMs?: number,
): Promise<{ draftId: string; ballotId?: string }> {
  const api = <T>(person: ScenePerson, query: string, variables: Record<string, unknown> = {}) =>
    sceneApi<T>(origin, person, query, variables);
  const move = async (id: string, from: string, to: string, lock: number) =>
    (await api<{ moveDraftStage: { draft: { lockVersion: number } } }>(secretary, MOVE, { id, from, to, lock }))
      .moveDraftStage.draft.lockVersion;
  const { committee } = await api<{ committee: { id: string } }>(
    secretary,
    '{ committee(code: "ISO/TC22/SC32") { id } }',
  );
  const draftId = (
    await api<{ createDraft: { draft: { id: string } } }>(member, CREATE, {
      committeeId: committee.id,
      standard,
      version,
    })
  ).createDraft.draft.id;
  if (closesInMs === undefined) return { draftId };
  let lock = await move(draftId, 'PROPOSAL', 'WORKING_DRAFT', 1);
  const revision = await api<{ addDraftRevision: { revision: { id: string } } }>(secretary, REVISE, { id: draftId });
  lock = await move(draftId, 'WORKING_DRAFT', 'COMMITTEE_DRAFT', lock);
  await move(draftId, 'COMMITTEE_DRAFT', 'ENQUIRY', lock);
  const closes = new Date(Date.now() + closesInMs).toISOString();
  const opened = await api<{ openBallot: { ballot: { id: string } } }>(secretary, OPEN_BALLOT, {
    id: revision.addDraftRevision.revision.id,
    closes,
  });
  return { draftId, ballotId: opened.openBallot.ballot.id };
}

/** The scene's two drafts: ISO 26262:2026 at enquiry with a ballot open ten days, ISO/SAE 21434:2026 proposed. */
export async function stageSceneDrafts(
  origin: string,
  people: ScenePeople,
): Promise<{ enquiryId: string; proposalId: string }> {
  const enquiry = await stageDraft(origin, people, 'ISO 26262', 'ISO 26262:2026', 10 * 86_400_000);
  const proposal = await stageDraft(origin, people, 'ISO/SAE 21434', 'ISO/SAE 21434:2026');
  return { enquiryId: enquiry.draftId, proposalId: proposal.draftId };
}

const CREATE_REPLACING = `mutation($committeeId: ID!, $standard: String!, $version: String!, $replaces: [String!]) {
  createDraft(input: { committeeId: $committeeId, standardDesignation: $standard, versionDesignation: $version,
    versionType: EDITION, replaces: $replaces }) { draft { id } } }`;
const VOTE = 'mutation($id: ID!) { castVote(input: { ballotId: $id, value: APPROVE }) { vote { value } } }';
const CLOSE = 'mutation($id: ID!) { closeBallot(input: { ballotId: $id }) { ballot { result } } }';
const LOCK = 'query($id: ID!) { draft(id: $id) { lockVersion currentRevision { id } } }';

/**
 * A draft for `standard` replacing `replaces`, taken through enquiry to APPROVAL with a passed approval
 * ballot: each ballot closes `ballotMs` after it opens (the sample committee sets no minimum duration),
 * the member approves, and the secretary closes it once that time has passed.
 */
export async function stageApprovedDraft(
  origin: string,
  { secretary, member }: ScenePeople,
  standard: string,
  version: string,
  replaces: string[],
  ballotMs = 1_000,
): Promise<{ draftId: string }> {
  const api = <T>(person: ScenePerson, query: string, variables: Record<string, unknown> = {}) =>
    sceneApi<T>(origin, person, query, variables);
  const { committee } = await api<{ committee: { id: string } }>(
    secretary,
    '{ committee(code: "ISO/TC22/SC32") { id } }',
  );
  const { createDraft } = await api<{ createDraft: { draft: { id: string } } }>(member, CREATE_REPLACING, {
    committeeId: committee.id,
    standard,
    version,
    replaces,
  });
  const draftId = createDraft.draft.id;
  const state = async () =>
    (
      await api<{ draft: { lockVersion: number; currentRevision: { id: string } | null } }>(secretary, LOCK, {
        id: draftId,
      })
    ).draft;
  const move = async (from: string, to: string) =>
    api(secretary, MOVE, { id: draftId, from, to, lock: (await state()).lockVersion });
  const ballot = async () => {
    const revision = (await state()).currentRevision?.id;
    const closes = new Date(Date.now() + ballotMs).toISOString();
    const { openBallot } = await api<{ openBallot: { ballot: { id: string } } }>(secretary, OPEN_BALLOT, {
      id: revision,
      closes,
    });
    await api(member, VOTE, { id: openBallot.ballot.id });
    await new Promise((resolve) => setTimeout(resolve, ballotMs + 100));
    await api(secretary, CLOSE, { id: openBallot.ballot.id });
  };
  await move('PROPOSAL', 'WORKING_DRAFT');
  await api(secretary, REVISE, { id: draftId });
  await move('WORKING_DRAFT', 'COMMITTEE_DRAFT');
  await move('COMMITTEE_DRAFT', 'ENQUIRY');
  await ballot();
  await move('ENQUIRY', 'APPROVAL');
  await ballot();
  return { draftId };
}
