import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/types.ts';
import { ballots, drafts, memberships, votes } from '../../db/committee-tables.ts';
import { notifications, watches } from '../../db/notification-tables.ts';
import { committees, standards } from '../../db/tables.ts';
import { VOTING_ROLES } from '../accounts/permissions.ts';
import { horizonOf, type HorizonEntry, type HorizonFilter } from '../horizon/horizonOf.ts';
import type { NotificationKind } from './kinds.ts';

// Date-driven reminders. A run looks at the clock and writes every reminder due by then that was
// not written before: each has a key naming what it is about and the date it counts to, unique per
// person, so running twice, from the server's scheduler and from cron, writes each once, and a run
// after a server was down writes what fell due meanwhile (only the latest stage of each deadline).

/** Days before a cut-off or mandatory date a follower is reminded; 0 is the day it passes. */
export const DEADLINE_STAGES = [90, 30, 7, 0] as const;
/** A date passed while no run happened is still told this many days later, not after. */
export const PASSED_GRACE_DAYS = 30;
/** Vote reminders, in days before a ballot closes. */
export const VOTE_STAGES = [3, 1] as const;

const DEADLINE_CHANGES = new Set(['MANDATORY_NEW_TYPES', 'MANDATORY_EXISTING_TYPES', 'STOPS_APPLYING']);
const DAY_MS = 86_400_000;
const CHUNK = 200;

type Row = typeof notifications.$inferInsert;

export interface ReminderRun {
  /** Reminders written by this run (those written before are not counted). */
  deadlines: number;
  votes: number;
}

const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/**
 * The stage of a deadline `ahead` days away that is due: the nearest one not before today; none beyond 90 days or long
 * past.
 */
export function dueStage(ahead: number): number | null {
  if (ahead < 0) return -ahead <= PASSED_GRACE_DAYS ? 0 : null;
  return [...DEADLINE_STAGES].reverse().find((stage) => ahead <= stage) ?? null;
}

/**
 * Writes the reminders due at `now`. The horizons are computed before the write lock is taken (the
 * keys make a reminder computed twice a no-op); the writes, and the vote check, take one short
 * IMMEDIATE transaction.
 */
export function runReminders({ db, now }: { db: Db; now: Date }): ReminderRun {
  const deadlines = deadlineReminders(db, now);
  return db.transaction(
    (tx) => ({ deadlines: insertAll(tx as unknown as Db, deadlines), votes: voteReminders(tx as unknown as Db, now) }),
    { behavior: 'immediate' },
  );
}

function insertAll(db: Db, rows: Row[]): number {
  let written = 0;
  for (let k = 0; k < rows.length; k += CHUNK)
    written += db
      .insert(notifications)
      .values(rows.slice(k, k + CHUNK))
      .onConflictDoNothing()
      .run().changes;
  return written;
}

/** Every followed version's cut-off and mandatory dates known to the day, and who follows each. */
function deadlineReminders(db: Db, now: Date): Row[] {
  const today = now.toISOString().slice(0, 10);
  const window = { from: addDays(today, -PASSED_GRACE_DAYS), to: addDays(today, DEADLINE_STAGES[0]) };
  const rows: Row[] = [];
  const remind = (changes: HorizonEntry[], recipients: (change: HorizonEntry) => readonly number[]) => {
    for (const change of changes) {
      if (!DEADLINE_CHANGES.has(change.kind) || change.when.lo !== change.when.hi) continue;
      const date = change.when.lo;
      const stage = dueStage(daysBetween(today, date));
      if (stage === null) continue;
      const kind: NotificationKind = stage === 0 ? 'DEADLINE_PASSED' : 'DEADLINE_AHEAD';
      const data = JSON.stringify({
        designation: change.version.designation,
        change: change.kind,
        scope: change.scope,
        date,
        daysAhead: stage,
      });
      const reminder = `deadline:${change.version.id}:${change.kind}:${change.scope ?? ''}:${date}:${stage}`;
      for (const personId of recipients(change)) {
        rows.push({
          personId,
          kind,
          reminder,
          subjectType: 'StandardVersion',
          subjectId: change.version.id,
          data,
          createdAt: now.toISOString(),
        });
      }
    }
  };
  const ctx = { db };

  // Followed standards: one horizon for all of them; each change goes to its standard's followers.
  const byStandard = group(
    db
      .select({ key: watches.standardId, personId: watches.personId })
      .from(watches)
      .where(isNotNull(watches.standardId))
      .all(),
  );
  if (byStandard.size > 0) {
    const roots = db
      .select({ designation: standards.designation })
      .from(standards)
      .where(inArray(standards.id, [...byStandard.keys()]))
      .all();
    remind(
      horizonOf({ ctx, input: { ...window, filter: { standards: roots.map((r) => r.designation) } } }),
      (c) => byStandard.get(c.version.standardId) ?? [],
    );
  }
  // Followed committees (with those below them), and saved filters: one horizon each.
  const byCommittee = group(
    db
      .select({ key: watches.committeeId, personId: watches.personId })
      .from(watches)
      .where(isNotNull(watches.committeeId))
      .all(),
  );
  if (byCommittee.size > 0) {
    for (const c of db
      .select({ id: committees.id, code: committees.code })
      .from(committees)
      .where(inArray(committees.id, [...byCommittee.keys()]))
      .all()) {
      remind(horizonOf({ ctx, input: { ...window, filter: { committee: c.code } } }), () => byCommittee.get(c.id)!);
    }
  }
  const byFilter = group(
    db
      .select({ key: watches.horizonFilter, personId: watches.personId })
      .from(watches)
      .where(isNotNull(watches.horizonFilter))
      .all(),
  );
  for (const [filter, people] of byFilter)
    remind(horizonOf({ ctx, input: { ...window, filter: JSON.parse(filter) as HorizonFilter } }), () => people);
  return rows;
}

/**
 * Voting members (by member body: heads of delegation) who have not voted in a ballot closing within
 * 3 days (then within 1 day).
 */
function voteReminders(db: Db, now: Date): number {
  const at = now.toISOString();
  const inDays = (n: number) => new Date(now.getTime() + n * DAY_MS).toISOString();
  const stage = sql<number>`case when ${ballots.closesAt} <= ${inDays(VOTE_STAGES[1])}
    then ${VOTE_STAGES[1]} else ${VOTE_STAGES[0]} end`;
  const pending = db
    .select({
      ballotId: ballots.id,
      draftId: ballots.draftId,
      closesAt: ballots.closesAt,
      stage,
      personId: memberships.personId,
    })
    .from(ballots)
    .innerJoin(drafts, eq(drafts.id, ballots.draftId))
    .innerJoin(
      memberships,
      and(eq(memberships.committeeId, drafts.committeeId), inArray(memberships.role, [...VOTING_ROLES])),
    )
    .where(
      and(
        sql`${ballots.closedAt} is null and ${ballots.opensAt} <= ${at}
          and ${ballots.closesAt} > ${at} and ${ballots.closesAt} <= ${inDays(VOTE_STAGES[0])}`,
        // By member body, only a body's head of delegation votes, and once the body has voted nobody is reminded.
        sql`(${ballots.votesBy} is not 'MEMBER_BODY'
          or (${memberships.headOfDelegation} = 1 and ${memberships.memberBody} is not null))`,
        sql`not exists (select 1 from ${votes} where ${votes.ballotId} = ${ballots.id}
          and (${votes.personId} = ${memberships.personId}
            or (${ballots.votesBy} = 'MEMBER_BODY' and ${votes.memberBody} = ${memberships.memberBody})))`,
      ),
    )
    .all();
  const rows: Row[] = pending.map((p) => ({
    personId: p.personId,
    kind: 'VOTE_REMINDER',
    reminder: `vote:${p.ballotId}:${p.stage}`,
    subjectType: 'Draft',
    subjectId: p.draftId,
    data: JSON.stringify({ ballotId: p.ballotId, closesAt: p.closesAt, daysLeft: p.stage }),
    createdAt: at,
  }));
  return insertAll(db, rows);
}

function group<K>(rows: { key: K | null; personId: number }[]): Map<K, number[]> {
  const map = new Map<K, number[]>();
  for (const row of rows) if (row.key !== null) map.set(row.key, [...(map.get(row.key) ?? []), row.personId]);
  return map;
}
