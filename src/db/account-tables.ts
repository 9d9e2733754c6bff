import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { ACCOUNT_LINK_PURPOSES } from '../vocabulary/enums.ts';
import { people } from './committee-tables.ts';

// Signing in with a password: the password hash, browser sessions and the one-time links an
// administrator issues. Secrets (session cookies, links) are stored only as SHA-256 hashes.
// Times are ISO 8601 UTC text, as elsewhere.

/** A person's password (scrypt, with its parameters in the stored string); no row: no password set. */
export const personPasswords = sqliteTable('person_passwords', {
  personId: integer('person_id')
    .primaryKey()
    .references(() => people.id),
  hash: text('hash').notNull(),
  changedAt: text('changed_at').notNull(),
});

/** A browser session: valid until `expires_at`, while used within the idle timeout, and not revoked. */
export const sessions = sqliteTable(
  'sessions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: text('created_at').notNull(),
    expiresAt: text('expires_at').notNull(),
    /** Written at most once a minute; the idle timeout counts from it. */
    lastSeenAt: text('last_seen_at').notNull(),
    /** The browser's User-Agent at sign-in (at most 200 characters), to tell sessions apart. */
    userAgent: text('user_agent'),
    revokedAt: text('revoked_at'),
  },
  (t) => [index('sessions_person_idx').on(t.personId)],
);

/** One-time links to set a password: an invitation or a reset, issued by an administrator. */
export const accountLinks = sqliteTable(
  'account_links',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
    purpose: text('purpose', { enum: ACCOUNT_LINK_PURPOSES }).notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    createdById: integer('created_by_id')
      .notNull()
      .references(() => people.id),
    createdAt: text('created_at').notNull(),
    expiresAt: text('expires_at').notNull(),
    /** Set once: when the link was used, or replaced by a newer link for the same person. */
    usedAt: text('used_at'),
  },
  (t) => [
    index('account_links_person_idx').on(t.personId),
    check('account_links_purpose_check', sql`${t.purpose} in ('INVITATION', 'PASSWORD_RESET')`),
  ],
);
