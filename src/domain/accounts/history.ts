import { and, desc, eq, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/types.ts';
import { events } from '../../db/committee-tables.ts';

// Memberships and tokens as history: the events their verbs record, read per committee and per
// person. Membership and acting-officer events are recorded on the committee and name the person
// in their data (`personId`); token events are recorded on the person.

type Reader = Pick<Db, 'select'>;
export type EventRow = typeof events.$inferSelect;
export interface Page {
  limit: number;
  offset: number;
}

const onCommittee = (committeeId: number) => and(eq(events.entityType, 'Committee'), eq(events.entityId, committeeId));

/** Everything recorded on a committee (memberships added, changed, removed; acting officers), newest first. */
export function committeeHistory(db: Reader, committeeId: number, page: Page): EventRow[] {
  return db
    .select()
    .from(events)
    .where(onCommittee(committeeId))
    .orderBy(desc(events.id))
    .limit(page.limit)
    .offset(page.offset)
    .all();
}

/** A person's record, tokens, memberships and acting officer roles, newest first. */
export function personHistory(db: Reader, personId: number, page: Page): EventRow[] {
  return db
    .select()
    .from(events)
    .where(
      or(
        and(eq(events.entityType, 'Person'), eq(events.entityId, personId)),
        and(eq(events.entityType, 'Committee'), sql`json_extract(${events.data}, '$.personId') = ${personId}`),
      ),
    )
    .orderBy(desc(events.id))
    .limit(page.limit)
    .offset(page.offset)
    .all();
}
