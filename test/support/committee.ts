import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { createApp } from '../../src/app.ts';
import type { Db } from '../../src/db/client.ts';
import type { CommitteeRole } from '../../src/domain/enums.ts';
import { importRegistry } from '../../src/domain/interchange/importRegistry.ts';
import { graphql } from '../gql/index.ts';
import { post, type App, type Credential } from './http.ts';
import { createPersonWithToken, globalId } from './people.ts';

// A committee with one person in each role, a standard it is responsible for, and a clock the
// test moves by hand: the setting every committee-work test starts from.

export const COMMITTEE_CODE = 'SAC/TC114/SC27';
export const START = new Date('2026-03-02T09:00:00.000Z');

/** A small registry: the committee's standard GB 38031 with its 2020 edition, and another committee's. */
export function committeeRegistry() {
  return {
    format: 'standards-registry/v1',
    committees: [
      { code: 'SAC/TC114', name: { en: 'Road vehicles', zh: '汽车' }, parent: null },
      { code: COMMITTEE_CODE, name: { en: 'Electric vehicles', zh: '电动车辆' }, parent: 'SAC/TC114' },
      { code: 'SAC/TC114/SC34', name: { en: 'Intelligent and connected vehicles' }, parent: 'SAC/TC114' },
    ],
    standards: [
      {
        designation: 'GB 38031',
        kind: 'GB',
        title: { en: 'Electric vehicles traction battery safety requirements', zh: '电动汽车用动力蓄电池安全要求' },
        publisher: 'SAMR/SAC',
        committee: COMMITTEE_CODE,
        versions: [
          {
            designation: 'GB 38031-2020',
            type: 'EDITION',
            published: '2020-05-12',
            effective: '2021-01-01',
            replaces: [],
          },
        ],
      },
      {
        designation: 'GB 44495',
        kind: 'GB',
        title: { en: 'Technical requirements for vehicle cybersecurity' },
        publisher: 'SAMR/SAC',
        committee: 'SAC/TC114/SC34',
        versions: [
          {
            designation: 'GB 44495-2024',
            type: 'EDITION',
            published: '2024-08-23',
            effective: '2026-01-01',
            replaces: [],
          },
        ],
      },
    ],
  };
}

export type Person = ReturnType<typeof createPersonWithToken>;

export interface Committee {
  db: Db;
  app: App;
  committeeId: number;
  committeeGid: string;
  chair: Person;
  secretary: Person;
  /** Three voting members. */
  members: [Person, Person, Person];
  observer: Person;
  /** Signed in, but holds no role in the committee. */
  outsider: Person;
  admin: Person;
  /** The app's clock reads this; tests move it. */
  clock: { now: Date };
}

export function setUpCommittee(db: Db): Committee {
  importRegistry({ db, input: committeeRegistry() });
  const committeeId = db.$client
    .prepare('select id from committees where code = ?')
    .pluck()
    .get(COMMITTEE_CODE) as number;
  const join = (role: CommitteeRole, name: string) => {
    const person = createPersonWithToken(db, { name });
    db.$client
      .prepare('insert into memberships (person_id, committee_id, role, created_at) values (?, ?, ?, ?)')
      .run(person.personId, committeeId, role, START.toISOString());
    return person;
  };
  const clock = { now: START };
  const app = createApp({ db, clock: () => clock.now });
  return {
    db,
    app,
    committeeId,
    committeeGid: globalId('Committee', committeeId),
    chair: join('CHAIR', 'Chen Chair'),
    secretary: join('SECRETARY', 'Sun Secretary'),
    members: [join('MEMBER', 'Ma Member'), join('MEMBER', 'Mo Member'), join('MEMBER', 'Mu Member')],
    observer: join('OBSERVER', 'Ou Observer'),
    outsider: createPersonWithToken(db, { name: 'Oscar Outsider' }),
    admin: createPersonWithToken(db, { admin: true, name: 'Ada Admin' }),
    clock,
  };
}

export interface Result<T> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; field?: string } }[];
}

/** A typed document through the app's HTTP handler, as the holder of `token` (or a session cookie, or anonymously). */
export async function executeAs<TData, TVariables extends Record<string, unknown>>(
  app: App,
  token: Credential,
  document: TypedDocumentNode<TData, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] : [TVariables]
): Promise<Result<TData>> {
  return (await post<TData>(app, { query: print(document), variables }, token)) as Result<TData>;
}

/** The data of a result that must have succeeded; the errors in the message otherwise. */
export function ok<T>(result: Result<T>): T {
  if (result.errors?.length || !result.data)
    throw new Error(`expected success, got ${JSON.stringify(result.errors ?? result)}`);
  return result.data;
}

export const codeOf = (result: Result<unknown>) => result.errors?.[0]?.extensions?.code;

// ---- the steps most tests take to reach a stage ----

const CreateDraftStep = graphql(`
  mutation CreateDraftStep($input: CreateDraftInput!) { createDraft(input: $input) { draft { id stage lockVersion } } }
`);
const ReviseStep = graphql(`
  mutation ReviseStep($input: AddDraftRevisionInput!) { addDraftRevision(input: $input) { revision { id number } } }
`);
const ReadStage = graphql(`
  query ReadStage($id: ID!) { draft(id: $id) { stage lockVersion currentRevision { id } } }
`);
const MoveStep = graphql(`
  mutation MoveStep($input: MoveDraftStageInput!) { moveDraftStage(input: $input) { draft { stage lockVersion } } }
`);

/** A text with a general clause, a clause with sub-clauses, and an annex. */
export const SAMPLE_CLAUSES = [
  { number: '1', heading: 'Scope', text: 'This document specifies safety requirements for traction batteries.' },
  {
    number: '5',
    heading: 'Requirements',
    clauses: [
      { number: '5.1', heading: 'Thermal propagation', text: 'No fire or explosion within 5 min of the alarm.' },
      { number: '5.2', heading: 'External short circuit', text: 'No fire or explosion.' },
    ],
  },
  { number: 'A', heading: 'Test methods', informative: true },
];

/**
 * Proposes a revision of GB 38031 (as the secretary unless told), replacing its 2020 edition. Two
 * active drafts cannot plan the same version: give each its own designation.
 */
export async function proposeDraft(
  c: Committee,
  by: Person = c.secretary,
  versionDesignation = 'GB 38031-2026',
): Promise<string> {
  const result = await executeAs(c.app, by.token, CreateDraftStep, {
    input: {
      committeeId: c.committeeGid,
      standardDesignation: 'GB 38031',
      versionDesignation,
      versionType: 'EDITION',
      replaces: ['GB 38031-2020'],
    },
  });
  return ok(result).createDraft.draft.id;
}

export async function addRevision(
  c: Committee,
  draftId: string,
  clauses: unknown[] = SAMPLE_CLAUSES,
  by: Person = c.secretary,
) {
  return ok(await executeAs(c.app, by.token, ReviseStep, { input: { draftId, clauses: clauses as never } }))
    .addDraftRevision.revision;
}

export async function readStage(c: Committee, draftId: string, by: Person = c.secretary) {
  return ok(await executeAs(c.app, by.token, ReadStage, { id: draftId })).draft!;
}

/** Moves a draft along stages in turn, each time sending the stage and lock version just read. */
export async function moveTo(
  c: Committee,
  draftId: string,
  stages: string[],
  options: { publicEnquiry?: boolean } = {},
) {
  for (const toStage of stages) {
    const read = await readStage(c, draftId);
    ok(
      await executeAs(c.app, c.secretary.token, MoveStep, {
        input: {
          draftId,
          fromStage: read.stage,
          lockVersion: read.lockVersion,
          toStage: toStage as never,
          ...(toStage === 'ENQUIRY' ? options : {}),
        },
      }),
    );
  }
}

/** A draft at COMMITTEE_DRAFT with one revision: where comments and the way to ballots start. */
export async function draftInCommittee(c: Committee): Promise<{ draftId: string; revisionId: string }> {
  const draftId = await proposeDraft(c);
  await moveTo(c, draftId, ['WORKING_DRAFT']);
  const revision = await addRevision(c, draftId);
  await moveTo(c, draftId, ['COMMITTEE_DRAFT']);
  return { draftId, revisionId: revision.id };
}

export const gid = globalId;

const OpenBallotStep = graphql(`
  mutation OpenBallotStep($input: OpenBallotInput!) { openBallot(input: $input) { ballot { id } } }
`);
const VoteStep = graphql(`
  mutation VoteStep($input: CastVoteInput!) { castVote(input: $input) { vote { value } } }
`);
const CloseBallotStep = graphql(`
  mutation CloseBallotStep($input: CloseBallotInput!) { closeBallot(input: $input) { ballot { id result } } }
`);

const DAY = 24 * 60 * 60 * 1000;
export const later = (c: Committee, days: number) => new Date(c.clock.now.getTime() + days * DAY);

/**
 * Opens a ballot on the draft's current revision for a day, has the three members vote as given,
 * moves the clock past the closing time and closes it. Returns the ballot's id and result.
 */
export async function runBallot(
  c: Committee,
  draftId: string,
  values: ('APPROVE' | 'DISAPPROVE' | 'ABSTAIN')[] = ['APPROVE', 'APPROVE', 'APPROVE'],
) {
  const revisionId = (await readStage(c, draftId)).currentRevision!.id;
  const ballotId = ok(
    await executeAs(c.app, c.secretary.token, OpenBallotStep, {
      input: { revisionId, closesAt: later(c, 1).toISOString() },
    }),
  ).openBallot.ballot.id;
  for (const [k, value] of values.entries()) {
    ok(
      await executeAs(c.app, c.members[k]!.token, VoteStep, {
        input: { ballotId, value, ...(value === 'DISAPPROVE' ? { reason: 'Not ready.' } : {}) },
      }),
    );
  }
  c.clock.now = later(c, 2);
  return ok(await executeAs(c.app, c.secretary.token, CloseBallotStep, { input: { ballotId } })).closeBallot.ballot;
}

/** A draft at APPROVAL whose approval ballot on the current revision passed: ready to publish. */
export async function approvedDraft(c: Committee): Promise<{ draftId: string; revisionId: string }> {
  const { draftId, revisionId } = await draftInCommittee(c);
  await moveTo(c, draftId, ['ENQUIRY']);
  await runBallot(c, draftId);
  await moveTo(c, draftId, ['APPROVAL']);
  await runBallot(c, draftId);
  return { draftId, revisionId };
}
