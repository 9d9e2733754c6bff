import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { commentThreads, drafts, people } from './committee-tables.ts';
import { committees, versions } from './tables.ts';

// Records of oversight in committee work: consents to replace another committee's version, an
// administrator's acting officer role, and technical comments carried to a later revision.

/**
 * A committee's consent (through one of its officers, or an administrator's) that a draft of another
 * committee replaces one of its versions. One per draft and version.
 */
export const replacementConsents = sqliteTable(
  'replacement_consents',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    draftId: integer('draft_id')
      .notNull()
      .references(() => drafts.id),
    versionId: integer('version_id')
      .notNull()
      .references(() => versions.id),
    /** The committee responsible for the version's standard when it consented; null for one with none. */
    committeeId: integer('committee_id').references(() => committees.id),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
    /** Given as an administrator rather than as an officer of the owning committee. */
    asAdministrator: integer('as_administrator', { mode: 'boolean' }).notNull(),
    at: text('at').notNull(),
  },
  (t) => [uniqueIndex('replacement_consents_unique').on(t.draftId, t.versionId)],
);

/**
 * An administrator acting as an officer of a committee, taken with a reason and ended explicitly;
 * the rows are kept (history), and at most one is current per person and committee.
 */
export const actingOfficers = sqliteTable(
  'acting_officers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
    committeeId: integer('committee_id')
      .notNull()
      .references(() => committees.id),
    reason: text('reason').notNull(),
    startedAt: text('started_at').notNull(),
    endedAt: text('ended_at'),
    endedById: integer('ended_by_id').references(() => people.id),
  },
  (t) => [
    uniqueIndex('acting_officers_current_unique').on(t.personId, t.committeeId).where(sql`${t.endedAt} is null`),
    index('acting_officers_committee_idx').on(t.committeeId),
  ],
);

/** An open technical comment of an earlier revision, carried by an officer to a later one as a new thread. */
export const commentCarries = sqliteTable('comment_carries', {
  fromThreadId: integer('from_thread_id')
    .primaryKey()
    .references(() => commentThreads.id),
  toThreadId: integer('to_thread_id')
    .notNull()
    .unique()
    .references(() => commentThreads.id),
  carriedById: integer('carried_by_id')
    .notNull()
    .references(() => people.id),
  at: text('at').notNull(),
});
