import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import {
  BALLOT_RESULTS,
  BALLOT_RULES,
  BALLOT_STAGES,
  COMMENT_TYPES,
  COMMITTEE_ROLES,
  DISPOSITIONS,
  DRAFT_STAGES,
  ORGANISATION_KINDS,
  STANDARD_KINDS,
  THREAD_STATUSES,
  VERSION_TYPES,
  VOTE_VALUES,
  VOTING_UNITS,
} from '../vocabulary/enums.ts';
import { committees, standards, versions } from './tables.ts';

// Committee work: people, memberships, tokens, drafts, revisions, comments, ballots, events.
// Times are ISO 8601 UTC text (`2026-11-29T07:00:00.000Z`), which sorts in time order.

const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

export const people = sqliteTable(
  'people',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    /** Lower-cased; one person per address. */
    email: text('email').notNull().unique(),
    organisation: text('organisation'),
    organisationKind: text('organisation_kind', { enum: ORGANISATION_KINDS }),
    isAdmin: integer('is_admin', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    check(
      'people_org_kind_check',
      sql`${t.organisationKind} is null or ${t.organisationKind} in (${inList(ORGANISATION_KINDS)})`,
    ),
  ],
);

export const memberships = sqliteTable(
  'memberships',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
    committeeId: integer('committee_id')
      .notNull()
      .references(() => committees.id),
    role: text('role', { enum: COMMITTEE_ROLES }).notNull(),
    createdAt: text('created_at').notNull(),
    /** The member body (organisation, e.g. a national standards body) the person sits for, if any. */
    memberBody: text('member_body'),
    /** Heads the delegation of `memberBody`: casts its vote where the committee votes by member body. */
    headOfDelegation: integer('head_of_delegation', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [
    uniqueIndex('memberships_person_committee_unique').on(t.personId, t.committeeId),
    index('memberships_committee_idx').on(t.committeeId),
    check('memberships_role_check', sql`${t.role} in (${inList(COMMITTEE_ROLES)})`),
  ],
);

/** API tokens: only the SHA-256 of the secret is stored; the secret is shown once at creation. */
export const apiTokens = sqliteTable(
  'api_tokens',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: text('created_at').notNull(),
    lastUsedAt: text('last_used_at'),
    revokedAt: text('revoked_at'),
  },
  (t) => [index('api_tokens_person_idx').on(t.personId)],
);

export const drafts = sqliteTable(
  'drafts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    committeeId: integer('committee_id')
      .notNull()
      .references(() => committees.id),
    leaderId: integer('leader_id')
      .notNull()
      .references(() => people.id),
    /** Revising an existing standard; null when the draft proposes a new one. */
    standardId: integer('standard_id').references(() => standards.id),
    /** For a new standard: its designation root, kind, titles and publisher. */
    newStandardDesignation: text('new_standard_designation'),
    newStandardKind: text('new_standard_kind', { enum: STANDARD_KINDS }),
    publisher: text('publisher'),
    titleEn: text('title_en').notNull(),
    titleZh: text('title_zh'),
    /** The designation and type the published version will have, e.g. `GB 38031-2025`, EDITION. */
    versionDesignation: text('version_designation').notNull(),
    versionType: text('version_type', { enum: VERSION_TYPES }).notNull(),
    /** For a modification: the version it modifies. */
    baseVersionId: integer('base_version_id').references(() => versions.id),
    stage: text('stage', { enum: DRAFT_STAGES }).notNull(),
    /** Opened for public enquiry: any signed-in user may read and comment. */
    publicEnquiry: integer('public_enquiry', { mode: 'boolean' }).notNull().default(false),
    /** Bumped on every change of the draft row: the optimistic-concurrency token. */
    lockVersion: integer('lock_version').notNull().default(1),
    publishedVersionId: integer('published_version_id').references(() => versions.id),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('drafts_committee_idx').on(t.committeeId),
    check('drafts_stage_check', sql`${t.stage} in (${inList(DRAFT_STAGES)})`),
    check('drafts_target_check', sql`(${t.standardId} is null) = (${t.newStandardDesignation} is not null)`),
  ],
);

/** Versions a draft's publication will replace. */
export const draftReplaces = sqliteTable(
  'draft_replaces',
  {
    draftId: integer('draft_id')
      .notNull()
      .references(() => drafts.id),
    versionId: integer('version_id')
      .notNull()
      .references(() => versions.id),
  },
  (t) => [uniqueIndex('draft_replaces_unique').on(t.draftId, t.versionId)],
);

/** Numbered, immutable snapshots of a draft's clause tree. */
export const draftRevisions = sqliteTable(
  'draft_revisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    draftId: integer('draft_id')
      .notNull()
      .references(() => drafts.id),
    number: integer('number').notNull(),
    note: text('note'),
    createdById: integer('created_by_id')
      .notNull()
      .references(() => people.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('draft_revisions_number_unique').on(t.draftId, t.number)],
);

export const revisionClauses = sqliteTable(
  'revision_clauses',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    revisionId: integer('revision_id')
      .notNull()
      .references(() => draftRevisions.id),
    parentId: integer('parent_id').references((): AnySQLiteColumn => revisionClauses.id),
    position: integer('position').notNull(),
    number: text('number').notNull(),
    heading: text('heading').notNull(),
    text: text('text'),
    informative: integer('informative', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [
    uniqueIndex('revision_clauses_number_unique').on(t.revisionId, t.number),
    index('revision_clauses_parent_idx').on(t.parentId),
  ],
);

/** A comment in the ISO/IEC/CEN template, anchored to a revision and a clause (null: "General"). */
export const commentThreads = sqliteTable(
  'comment_threads',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    revisionId: integer('revision_id')
      .notNull()
      .references(() => draftRevisions.id),
    authorId: integer('author_id')
      .notNull()
      .references(() => people.id),
    /** The commenter's member body / organisation (template column MB/NC). */
    organisation: text('organisation').notNull(),
    clauseNumber: text('clause_number'),
    lineNumber: text('line_number'),
    paragraph: text('paragraph'),
    type: text('type', { enum: COMMENT_TYPES }).notNull(),
    comment: text('comment').notNull(),
    proposedChange: text('proposed_change'),
    status: text('status', { enum: THREAD_STATUSES }).notNull().default('OPEN'),
    disposition: text('disposition', { enum: DISPOSITIONS }),
    observation: text('observation'),
    disposedById: integer('disposed_by_id').references(() => people.id),
    disposedAt: text('disposed_at'),
    /** Optimistic-concurrency token for edits by the author. */
    lockVersion: integer('lock_version').notNull().default(1),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('comment_threads_revision_idx').on(t.revisionId),
    check('comment_threads_type_check', sql`${t.type} in (${inList(COMMENT_TYPES)})`),
    check('comment_threads_status_check', sql`${t.status} in (${inList(THREAD_STATUSES)})`),
    check('comment_threads_disposition_check', sql`(${t.status} = 'RESOLVED') = (${t.disposition} is not null)`),
  ],
);

export const commentReplies = sqliteTable(
  'comment_replies',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    threadId: integer('thread_id')
      .notNull()
      .references(() => commentThreads.id),
    authorId: integer('author_id')
      .notNull()
      .references(() => people.id),
    body: text('body').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('comment_replies_thread_idx').on(t.threadId)],
);

export const ballots = sqliteTable(
  'ballots',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    draftId: integer('draft_id')
      .notNull()
      .references(() => drafts.id),
    revisionId: integer('revision_id')
      .notNull()
      .references(() => draftRevisions.id),
    stage: text('stage', { enum: BALLOT_STAGES }).notNull(),
    openedById: integer('opened_by_id')
      .notNull()
      .references(() => people.id),
    opensAt: text('opens_at').notNull(),
    closesAt: text('closes_at').notNull(),
    /** Set once, by closing; the counts and result are computed then, never typed in. */
    closedAt: text('closed_at'),
    result: text('result', { enum: BALLOT_RESULTS }),
    approveCount: integer('approve_count'),
    disapproveCount: integer('disapprove_count'),
    abstainCount: integer('abstain_count'),
    /** The committee's rule and voting unit when the ballot opened (null: a ballot from before, ISO per person). */
    rule: text('rule', { enum: BALLOT_RULES }),
    votesBy: text('votes_by', { enum: VOTING_UNITS }),
    /** Why the result is what it is, written by the rule when the ballot closes. */
    explanationEn: text('explanation_en'),
    explanationZh: text('explanation_zh'),
  },
  (t) => [
    index('ballots_draft_idx').on(t.draftId),
    check('ballots_stage_check', sql`${t.stage} in (${inList(BALLOT_STAGES)})`),
    check('ballots_closed_check', sql`(${t.closedAt} is null) = (${t.result} is null)`),
  ],
);

/** Every vote cast is kept; a member's current vote is their latest row for the ballot. */
export const votes = sqliteTable(
  'votes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    ballotId: integer('ballot_id')
      .notNull()
      .references(() => ballots.id),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
    value: text('value', { enum: VOTE_VALUES }).notNull(),
    reason: text('reason'),
    castAt: text('cast_at').notNull(),
    /** The member body the vote was cast for, where the ballot votes by member body. */
    memberBody: text('member_body'),
  },
  (t) => [
    index('votes_ballot_person_idx').on(t.ballotId, t.personId),
    check('votes_value_check', sql`${t.value} in (${inList(VOTE_VALUES)})`),
    check('votes_reason_check', sql`${t.value} <> 'DISAPPROVE' or length(trim(coalesce(${t.reason}, ''))) > 0`),
  ],
);

/**
 * How a committee's ballots are decided (no row: the ISO rule, per person, no minimum duration).
 * A ballot copies the rule and unit when it opens, so a change never alters a running ballot.
 */
export const committeeBallotRules = sqliteTable(
  'committee_ballot_rules',
  {
    committeeId: integer('committee_id')
      .primaryKey()
      .references(() => committees.id),
    rule: text('rule', { enum: BALLOT_RULES }).notNull(),
    votesBy: text('votes_by', { enum: VOTING_UNITS }).notNull(),
    /** The shortest ballot at each stage, in days from opening to closing. */
    enquiryMinimumDays: integer('enquiry_minimum_days').notNull().default(0),
    approvalMinimumDays: integer('approval_minimum_days').notNull().default(0),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    check('committee_ballot_rules_rule_check', sql`${t.rule} in (${inList(BALLOT_RULES)})`),
    check('committee_ballot_rules_votes_by_check', sql`${t.votesBy} in (${inList(VOTING_UNITS)})`),
    check(
      'committee_ballot_rules_days_check',
      sql`${t.enquiryMinimumDays} between 0 and 366 and ${t.approvalMinimumDays} between 0 and 366`,
    ),
  ],
);

/** The history: one row per change, written in the same transaction as the change. */
export const events = sqliteTable(
  'events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    actorId: integer('actor_id').references(() => people.id),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: integer('entity_id').notNull(),
    /** JSON: the data that changed. */
    data: text('data').notNull(),
  },
  (t) => [index('events_entity_idx').on(t.entityType, t.entityId, t.id)],
);
