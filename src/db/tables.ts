import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
  type AnySQLiteColumn,
} from 'drizzle-orm/sqlite-core';
import { ADOPTION_DEGREES, REFERENCE_KINDS, STANDARD_KINDS, VERSION_TYPES } from '../vocabulary/enums.ts';

// Column names are spelled out in snake_case: drizzle 1.0 rc does not accept the `casing` option.
// Dates are ISO 8601 text (`YYYY-MM-DD`); only `published` may be reduced (`YYYY`, `YYYY-MM`).
// `designation_key` is `designationKey(designation)` (vocabulary/designation.ts: case, white space,
// dashes, full-width forms and UN aliases folded): lookups match "ＧＢ 38031—2025" to
// "GB 38031-2025", and the unique index stops two spellings of one designation.

const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));
const degrees = inList(ADOPTION_DEGREES);

export const committees = sqliteTable(
  'committees',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    code: text('code').notNull().unique(),
    nameEn: text('name_en').notNull(),
    nameZh: text('name_zh'),
    parentId: integer('parent_id').references((): AnySQLiteColumn => committees.id),
  },
  (t) => [index('committees_parent_idx').on(t.parentId)],
);

export const standards = sqliteTable(
  'standards',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    designation: text('designation').notNull(),
    designationKey: text('designation_key').notNull().unique(),
    kind: text('kind', { enum: STANDARD_KINDS }).notNull(),
    titleEn: text('title_en').notNull(),
    titleZh: text('title_zh'),
    publisher: text('publisher').notNull(),
    committeeId: integer('committee_id').references(() => committees.id),
  },
  (t) => [
    // Lists are ordered by designation (then id): these make a page an index range, not a sort of
    // every matching standard (docs/performance.md).
    index('standards_designation_idx').on(t.designation, t.id),
    index('standards_committee_designation_idx').on(t.committeeId, t.designation, t.id),
    check('standards_kind_check', sql`${t.kind} in (${inList(STANDARD_KINDS)})`),
  ],
);

export const versions = sqliteTable(
  'versions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    standardId: integer('standard_id')
      .notNull()
      .references(() => standards.id),
    designation: text('designation').notNull(),
    designationKey: text('designation_key').notNull().unique(),
    type: text('type', { enum: VERSION_TYPES }).notNull(),
    /** The base version a SUPPLEMENT, AMENDMENT or CORRIGENDUM modifies; null for EDITION and SERIES. */
    baseId: integer('base_id').references((): AnySQLiteColumn => versions.id),
    /** Only where the version's title differs from its standard's. */
    titleEn: text('title_en'),
    titleZh: text('title_zh'),
    published: text('published'),
    effective: text('effective'),
    mandatoryNewTypes: text('mandatory_new_types'),
    mandatoryExistingTypes: text('mandatory_existing_types'),
    withdrawn: text('withdrawn'),
    /**
     * The vehicle categories the version applies to, as a JSON array in canonical order
     * (domain/vehicle-categories.ts); null: not recorded (never "all").
     */
    vehicleCategories: text('vehicle_categories'),
  },
  (t) => [
    index('versions_standard_idx').on(t.standardId),
    index('versions_base_idx').on(t.baseId),
    check('versions_type_check', sql`${t.type} in (${inList(VERSION_TYPES)})`),
    check('versions_base_check', sql`(${t.type} in ('EDITION', 'SERIES')) = (${t.baseId} is null)`),
  ],
);

/** "W replaces V", stored once and read both ways (`replaces` / `replacedBy`). */
export const versionReplacements = sqliteTable(
  'version_replacements',
  {
    replacingId: integer('replacing_id')
      .notNull()
      .references(() => versions.id),
    replacedId: integer('replaced_id')
      .notNull()
      .references(() => versions.id),
  },
  (t) => [
    primaryKey({ columns: [t.replacingId, t.replacedId] }),
    index('version_replacements_replaced_idx').on(t.replacedId),
    check('version_replacements_not_self', sql`${t.replacingId} <> ${t.replacedId}`),
  ],
);

/**
 * Normative/informative references and adoptions name their target by designation, as the
 * printed standard does: a dated reference names a version, an undated one a standard, and the
 * target need not be in the registry. `target_key` resolves it when it is.
 */
export const versionReferences = sqliteTable(
  'version_references',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    versionId: integer('version_id')
      .notNull()
      .references(() => versions.id),
    kind: text('kind', { enum: REFERENCE_KINDS }).notNull(),
    targetDesignation: text('target_designation').notNull(),
    targetKey: text('target_key').notNull(),
    /** Only for ADOPTS. */
    degree: text('degree', { enum: ADOPTION_DEGREES }),
  },
  (t) => [
    uniqueIndex('version_references_unique').on(t.versionId, t.kind, t.targetKey),
    index('version_references_target_idx').on(t.targetKey),
    check('version_references_kind_check', sql`${t.kind} in (${inList(REFERENCE_KINDS)})`),
    check(
      'version_references_degree_check',
      sql`(${t.kind} = 'ADOPTS') = (${t.degree} is not null) and (${t.degree} is null or ${t.degree} in (${degrees}))`,
    ),
  ],
);

/** A version's text as a tree; `position` keeps the publisher's order among siblings. */
export const clauses = sqliteTable(
  'clauses',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    versionId: integer('version_id')
      .notNull()
      .references(() => versions.id),
    parentId: integer('parent_id').references((): AnySQLiteColumn => clauses.id),
    position: integer('position').notNull(),
    number: text('number').notNull(),
    heading: text('heading').notNull(),
    text: text('text'),
    informative: integer('informative', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [
    uniqueIndex('clauses_version_number_unique').on(t.versionId, t.number),
    index('clauses_parent_idx').on(t.parentId),
  ],
);
