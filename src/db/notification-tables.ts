import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { NOTIFICATION_KINDS } from '../vocabulary/notification-kinds.ts';
import { events, people } from './committee-tables.ts';
import { committees, standards } from './tables.ts';

// Watch lists and the notification outbox. Times are ISO 8601 UTC text, as elsewhere.

const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

/** What a person follows: exactly one of a standard, a committee (and those below it), a horizon filter. */
export const watches = sqliteTable(
  'watches',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
    standardId: integer('standard_id').references(() => standards.id),
    committeeId: integer('committee_id').references(() => committees.id),
    /** JSON of a horizon filter (standards, kinds, committee, text), keys sorted: the same filter is one watch. */
    horizonFilter: text('horizon_filter'),
    /** The person's name for a saved horizon filter. */
    name: text('name'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('watches_person_standard_unique').on(t.personId, t.standardId),
    uniqueIndex('watches_person_committee_unique').on(t.personId, t.committeeId),
    uniqueIndex('watches_person_filter_unique').on(t.personId, t.horizonFilter),
    index('watches_standard_idx').on(t.standardId),
    index('watches_committee_idx').on(t.committeeId),
    check(
      'watches_one_target_check',
      sql`(${t.standardId} is not null) + (${t.committeeId} is not null) + (${t.horizonFilter} is not null) = 1`,
    ),
  ],
);

/**
 * One row per (cause, recipient): a cause is an event of the history (written in the same
 * transaction as the event) or a dated reminder (written by the reminder run); the unique indexes
 * make a second write of the same cause for the same person a no-op.
 */
export const notifications = sqliteTable(
  'notifications',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
    kind: text('kind', { enum: NOTIFICATION_KINDS }).notNull(),
    eventId: integer('event_id').references(() => events.id),
    /** The reminder's key: what it is about and for which day, e.g. `deadline:12:MANDATORY_NEW_TYPES:2027-01-01:30`. */
    reminder: text('reminder'),
    /** What it is about: `StandardVersion`, `Draft`. */
    subjectType: text('subject_type').notNull(),
    subjectId: integer('subject_id').notNull(),
    /** JSON: what the feed shows (never a vote). */
    data: text('data').notNull(),
    createdAt: text('created_at').notNull(),
    readAt: text('read_at'),
  },
  (t) => [
    uniqueIndex('notifications_event_person_unique').on(t.eventId, t.personId),
    uniqueIndex('notifications_reminder_person_unique').on(t.reminder, t.personId),
    index('notifications_person_idx').on(t.personId, t.id),
    index('notifications_unread_idx').on(t.personId).where(sql`${t.readAt} is null`),
    check('notifications_kind_check', sql`${t.kind} in (${inList(NOTIFICATION_KINDS)})`),
    check('notifications_cause_check', sql`(${t.eventId} is null) <> (${t.reminder} is null)`),
  ],
);
