import { describe, expect, it } from 'vitest';
import { importRegistry } from '../src/domain/interchange/importRegistry.ts';
import { runReminders } from '../src/domain/notifications/runReminders.ts';
import {
  committeeRegistry,
  draftInCommittee,
  later,
  moveTo,
  ok,
  setUpCommittee,
  type Committee,
} from './support/committee.ts';
import { createTestDb } from './support/db.ts';
import { FOLLOW_STANDARD, kindsOf, notificationRows, standardGid } from './support/notifications.ts';
import { postAs } from './support/people.ts';

// Reminders run on a clock the test sets: each is written once per person, on the day it falls
// due or, after a server was down, on the first run after.

/** GB 38031-2025 becomes mandatory for new types on 2026-07-01, when the 2020 edition stops applying to them. */
function withDeadline(c: Committee) {
  const file = committeeRegistry();
  (file.standards[0]!.versions as Record<string, unknown>[]).push({
    designation: 'GB 38031-2025',
    type: 'EDITION',
    published: '2025-03-28',
    effective: '2026-01-01',
    mandatoryNewTypes: '2026-07-01',
    replaces: ['GB 38031-2020'],
  });
  importRegistry({ db: c.db, input: file });
}

const on = (day: string) => new Date(`${day}T06:00:00.000Z`);
const remindersOf = (c: Committee, personId: number) =>
  notificationRows(c)
    .filter((n) => n.person_id === personId && n.reminder !== null)
    .map((n) => n.reminder!.replace(/^deadline:\d+:/u, ''));

describe('deadline reminders', () => {
  it('90, 30 and 7 days ahead and on the day, each once, whatever the number of runs', async () => {
    const c = setUpCommittee(createTestDb().db);
    withDeadline(c);
    ok((await postAs(c.app, c.outsider.token, FOLLOW_STANDARD, { id: standardGid(c, 'GB 38031') })) as never);
    const run = (day: string) => runReminders({ db: c.db, now: on(day) }).deadlines;
    expect(run('2026-03-01')).toBe(0); // 122 days ahead
    expect(run('2026-04-02')).toBe(2); // 90 days: the new edition becomes mandatory, the old one stops applying
    expect(run('2026-04-02')).toBe(0);
    expect(run('2026-05-15')).toBe(0);
    expect(run('2026-06-01')).toBe(2); // 30
    expect(run('2026-06-23')).toBe(0); // 8 days ahead: still the 30-day stage
    expect(run('2026-06-24')).toBe(2); // 7
    expect(run('2026-07-01')).toBe(2); // the day
    expect(run('2026-07-02')).toBe(0);
    expect(remindersOf(c, c.outsider.personId)).toEqual([
      'MANDATORY_NEW_TYPES:NEW_TYPES:2026-07-01:90',
      'STOPS_APPLYING:NEW_TYPES:2026-07-01:90',
      'MANDATORY_NEW_TYPES:NEW_TYPES:2026-07-01:30',
      'STOPS_APPLYING:NEW_TYPES:2026-07-01:30',
      'MANDATORY_NEW_TYPES:NEW_TYPES:2026-07-01:7',
      'STOPS_APPLYING:NEW_TYPES:2026-07-01:7',
      'MANDATORY_NEW_TYPES:NEW_TYPES:2026-07-01:0',
      'STOPS_APPLYING:NEW_TYPES:2026-07-01:0',
    ]);
    expect((await kindsOf(c, c.outsider)).slice(-2)).toEqual(['DEADLINE_PASSED', 'DEADLINE_PASSED']);
    // Nobody else follows the standard.
    expect(
      notificationRows(c)
        .filter((n) => n.reminder !== null)
        .every((n) => n.person_id === c.outsider.personId),
    ).toBe(true);
  });

  it('a server down over the day tells it when it comes back, once; long past, never', async () => {
    const c = setUpCommittee(createTestDb().db);
    withDeadline(c);
    ok((await postAs(c.app, c.outsider.token, FOLLOW_STANDARD, { id: standardGid(c, 'GB 38031') })) as never);
    expect(runReminders({ db: c.db, now: on('2026-06-24') }).deadlines).toBe(2);
    // Down from 2026-06-25 to 2026-07-04: the day passed meanwhile.
    expect(runReminders({ db: c.db, now: on('2026-07-04') }).deadlines).toBe(2);
    expect(runReminders({ db: c.db, now: on('2026-07-05') }).deadlines).toBe(0);
    expect(remindersOf(c, c.outsider.personId).filter((r) => r.endsWith(':0'))).toHaveLength(2);

    const late = setUpCommittee(createTestDb().db);
    withDeadline(late);
    ok((await postAs(late.app, late.outsider.token, FOLLOW_STANDARD, { id: standardGid(late, 'GB 38031') })) as never);
    expect(runReminders({ db: late.db, now: on('2026-09-01') }).deadlines).toBe(0);
  });

  it('a saved horizon filter is reminded of the changes it keeps', async () => {
    const c = setUpCommittee(createTestDb().db);
    withDeadline(c);
    const save = 'mutation($f: HorizonFilter!) { followHorizonFilter(input: { filter: $f }) { watch { id } } }';
    ok((await postAs(c.app, c.members[0].token, save, { f: { text: 'battery' } })) as never);
    ok((await postAs(c.app, c.members[1].token, save, { f: { text: 'cybersecurity' } })) as never);
    expect(runReminders({ db: c.db, now: on('2026-06-24') }).deadlines).toBe(2);
    expect(remindersOf(c, c.members[0].personId)).toHaveLength(2);
    expect(remindersOf(c, c.members[1].personId)).toEqual([]);
  });
});

describe('vote reminders', () => {
  it('voting members who have not voted: 3 days and 1 day before the ballot closes, once each', async () => {
    const c = setUpCommittee(createTestDb().db);
    const { draftId } = await draftInCommittee(c);
    await moveTo(c, draftId, ['ENQUIRY']);
    const revisionId = (
      await postAs<any>(c.app, c.secretary.token, 'query($id: ID!) { draft(id: $id) { currentRevision { id } } }', {
        id: draftId,
      })
    ).data.draft.currentRevision.id;
    const open = 'mutation($input: OpenBallotInput!) { openBallot(input: $input) { ballot { id } } }';
    const ballotId = (
      await postAs<any>(c.app, c.secretary.token, open, { input: { revisionId, closesAt: later(c, 5).toISOString() } })
    ).data.openBallot.ballot.id;
    const vote = 'mutation($input: CastVoteInput!) { castVote(input: $input) { __typename } }';
    ok((await postAs(c.app, c.members[0].token, vote, { input: { ballotId, value: 'APPROVE' } })) as never);
    const start = c.clock.now.getTime();
    const at = (hours: number) => new Date(start + hours * 3_600_000);
    expect(runReminders({ db: c.db, now: at(1) }).votes).toBe(0); // 5 days before
    expect(runReminders({ db: c.db, now: at(49) }).votes).toBe(2); // within 3 days: the two who have not voted
    expect(runReminders({ db: c.db, now: at(60) }).votes).toBe(0);
    ok((await postAs(c.app, c.members[1].token, vote, { input: { ballotId, value: 'ABSTAIN' } })) as never);
    expect(runReminders({ db: c.db, now: at(100) }).votes).toBe(1); // within a day: only the one still not voted
    expect(runReminders({ db: c.db, now: at(119) }).votes).toBe(0);
    expect(runReminders({ db: c.db, now: at(121) }).votes).toBe(0); // closed for votes
    const reminded = notificationRows(c)
      .filter((n) => n.kind === 'VOTE_REMINDER')
      .map((n) => [n.person_id, JSON.parse(n.data).daysLeft]);
    expect(reminded).toEqual([
      [c.members[1].personId, 3],
      [c.members[2].personId, 3],
      [c.members[2].personId, 1],
    ]);
  });
});
