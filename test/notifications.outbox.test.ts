import { describe, expect, it } from 'vitest';
import { importRegistry } from '../src/domain/interchange/importRegistry.ts';
import { graphql } from './gql/index.ts';
import {
  committeeRegistry,
  draftInCommittee,
  executeAs,
  moveTo,
  ok,
  readStage,
  runBallot,
  setUpCommittee,
  type Committee,
} from './support/committee.ts';
import { createTestDb } from './support/db.ts';
import {
  FOLLOW_COMMITTEE,
  FOLLOW_STANDARD,
  feedOf,
  kindsOf,
  notificationRows,
  standardGid,
} from './support/notifications.ts';
import { collectingLogger } from './support/logs.ts';
import { postAs } from './support/people.ts';
import { createApp } from '../src/app.ts';

// Notifications are written with the change that causes them, once per recipient, and only to
// those who may read what they tell.

/** The committee's registry with GB 38031's next edition, a corrigendum, and the 2020 edition withdrawn. */
function registryWith(changes: { edition?: boolean; corrigendum?: boolean; withdrawn?: string }) {
  const file = committeeRegistry();
  const versions = file.standards[0]!.versions as Record<string, unknown>[];
  if (changes.withdrawn) versions[0] = { ...versions[0], withdrawn: changes.withdrawn };
  if (changes.edition)
    versions.push({
      designation: 'GB 38031-2025',
      type: 'EDITION',
      published: '2025-03-28',
      effective: '2026-07-01',
      replaces: ['GB 38031-2020'],
    });
  if (changes.corrigendum)
    versions.push({
      designation: 'GB 38031-2020/XG1-2022',
      type: 'CORRIGENDUM',
      base: 'GB 38031-2020',
      published: '2022-01-01',
      effective: '2022-01-01',
      replaces: [],
    });
  return file;
}

const DisposeComment = graphql(
  `mutation OutboxDispose($input: DisposeCommentInput!) { disposeComment(input: $input) { __typename } }`,
);
const CreateThread = graphql(
  `mutation OutboxThread($input: CreateCommentThreadInput!) { createCommentThread(input: $input) { thread { id
    lockVersion } } }`,
);
const Reply = graphql(
  `mutation OutboxReply($input: ReplyToCommentInput!) { replyToComment(input: $input) { __typename } }`,
);

async function follow(c: Committee) {
  ok((await postAs(c.app, c.outsider.token, FOLLOW_STANDARD, { id: standardGid(c, 'GB 38031') })) as never);
}

describe('outbox: standards', () => {
  it('followers are told of a new edition, a corrigendum and a withdrawal imported, each once', async () => {
    const c = setUpCommittee(createTestDb().db);
    await follow(c);
    importRegistry({ db: c.db, input: registryWith({ edition: true }) });
    importRegistry({ db: c.db, input: registryWith({ edition: true }) }); // the same file again: nothing new
    importRegistry({ db: c.db, input: registryWith({ edition: true, corrigendum: true }) });
    importRegistry({ db: c.db, input: registryWith({ edition: true, corrigendum: true, withdrawn: '2027-01-01' }) });
    expect(await kindsOf(c, c.outsider)).toEqual(['VERSION_PUBLISHED', 'CORRECTION_RECORDED', 'VERSION_WITHDRAWN']);
    const nodes = (await feedOf(c, c.outsider)).edges.map((e) => e.node);
    expect(nodes[2]!.data).toMatchObject({ designation: 'GB 38031-2025', type: 'EDITION' });
    expect(nodes[0]!.data).toMatchObject({ designation: 'GB 38031-2020', withdrawn: '2027-01-01' });
    // Those who follow nothing are told nothing; the other committee's standard is not followed.
    expect(notificationRows(c).every((n) => n.person_id === c.outsider.personId)).toBe(true);
  });

  it('following a committee covers the standards of the committees below it', async () => {
    const c = setUpCommittee(createTestDb().db);
    const parent = c.db.$client.prepare("select id from committees where code = 'SAC/TC114'").pluck().get() as number;
    ok(
      (await postAs(c.app, c.outsider.token, FOLLOW_COMMITTEE, {
        id: Buffer.from(`Committee:${parent}`).toString('base64'),
      })) as never,
    );
    importRegistry({ db: c.db, input: registryWith({ edition: true }) });
    expect(await kindsOf(c, c.outsider)).toEqual(['VERSION_PUBLISHED']);
  });

  it('an import that fails writes no notification', async () => {
    const c = setUpCommittee(createTestDb().db);
    await follow(c);
    const bad = registryWith({ edition: true });
    (bad.standards[0]!.versions[1] as Record<string, unknown>).effective = 'not a date';
    expect(() => importRegistry({ db: c.db, input: bad })).toThrow();
    expect(notificationRows(c)).toEqual([]);
  });
});

describe('outbox: committee work', () => {
  it('members are told of stage moves; a follower outside the committee only once the draft is public', async () => {
    const c = setUpCommittee(createTestDb().db);
    ok((await postAs(c.app, c.outsider.token, FOLLOW_COMMITTEE, { id: c.committeeGid })) as never);
    const { draftId } = await draftInCommittee(c);
    await moveTo(c, draftId, ['ENQUIRY'], { publicEnquiry: true });
    expect(await kindsOf(c, c.members[0])).toEqual([
      'DRAFT_STAGE_CHANGED',
      'DRAFT_STAGE_CHANGED',
      'PUBLIC_ENQUIRY_OPENED',
    ]);
    expect(await kindsOf(c, c.observer)).toEqual([
      'DRAFT_STAGE_CHANGED',
      'DRAFT_STAGE_CHANGED',
      'PUBLIC_ENQUIRY_OPENED',
    ]);
    expect(await kindsOf(c, c.outsider)).toEqual(['PUBLIC_ENQUIRY_OPENED']);
    // The secretary made every move: nobody is told of what they did themselves.
    expect(await kindsOf(c, c.secretary)).toEqual([]);
    // The administrator holds no role and follows nothing.
    expect(await kindsOf(c, c.admin)).toEqual([]);
  });

  it('ballots: opened and closed with the result, never who voted what', async () => {
    const c = setUpCommittee(createTestDb().db);
    ok((await postAs(c.app, c.outsider.token, FOLLOW_COMMITTEE, { id: c.committeeGid })) as never);
    const { draftId } = await draftInCommittee(c);
    await moveTo(c, draftId, ['ENQUIRY'], { publicEnquiry: true });
    await runBallot(c, draftId, ['APPROVE', 'DISAPPROVE', 'APPROVE']);
    const outsider = (await feedOf(c, c.outsider)).edges.map((e) => e.node);
    expect(outsider.map((n) => n.kind).reverse()).toEqual(['PUBLIC_ENQUIRY_OPENED', 'BALLOT_OPENED', 'BALLOT_CLOSED']);
    expect(outsider[0]!.data).toMatchObject({
      result: 'NOT_APPROVED',
      counts: { approve: 2, disapprove: 1, abstain: 0 },
    });
    const text = JSON.stringify(notificationRows(c));
    expect(text).not.toContain('Not ready.');
    expect(text).not.toContain('Mo Member');
    expect(text).not.toContain('votingMemberCounts');
  });

  it('the author of a comment is told of its disposition and of replies, nobody else', async () => {
    const c = setUpCommittee(createTestDb().db);
    const { revisionId } = await draftInCommittee(c);
    const thread = ok(
      await executeAs(c.app, c.members[0].token, CreateThread, {
        input: { revisionId, type: 'TECHNICAL', comment: 'Five minutes is too short.' },
      }),
    ).createCommentThread.thread;
    ok(await executeAs(c.app, c.observer.token, Reply, { input: { threadId: thread.id, body: 'Agreed.' } }));
    ok(
      await executeAs(c.app, c.secretary.token, DisposeComment, {
        input: {
          threadId: thread.id,
          lockVersion: thread.lockVersion,
          disposition: 'ACCEPTED',
          observation: 'Changed.',
        },
      }),
    );
    expect((await kindsOf(c, c.members[0])).filter((k) => k.startsWith('COMMENT'))).toEqual([
      'COMMENT_REPLIED',
      'COMMENT_DISPOSED',
    ]);
    expect(
      notificationRows(c)
        .filter((n) => n.kind.startsWith('COMMENT'))
        .every((n) => n.person_id === c.members[0].personId),
    ).toBe(true);
  });

  it('is written in the transaction of the change: when it cannot be written, the change is not made', async () => {
    const c = setUpCommittee(createTestDb().db);
    const { draftId } = await draftInCommittee(c);
    const before = await readStage(c, draftId);
    const events = () => c.db.$client.prepare('select count(*) from events').pluck().get();
    const eventCount = events();
    c.db.$client.exec(
      "create trigger fail_outbox before insert on notifications begin select raise(abort, 'outbox refused'); end",
    );
    const MoveStage = 'mutation($input: MoveDraftStageInput!) { moveDraftStage(input: $input) { draft { stage } } }';
    const { logger, entries } = collectingLogger();
    const app = createApp({ db: c.db, clock: () => c.clock.now, logger });
    const result = await postAs(app, c.secretary.token, MoveStage, {
      input: { draftId, fromStage: before.stage, lockVersion: before.lockVersion, toStage: 'ENQUIRY' },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(entries())).toContain('outbox refused');
    expect((await readStage(c, draftId)).stage).toBe('COMMITTEE_DRAFT');
    expect(events()).toBe(eventCount);
  });
});
