import { asc, getColumns, inArray, sql, type SQL } from 'drizzle-orm';
import { prepared } from '../../catalogue/prepared.ts';
import type { Db } from '../../db/types.ts';
import { versionReplacements, versions } from '../../db/tables.ts';
import type { ReplacementEdge, VersionGraph } from './graph.ts';

// Every version that can change an answer is in the connected component of the asked versions
// over base, modification and replacement links (both directions): take-effect bounds travel
// along all of them (§2.2 point 5), and successors follow replacements. A recursive CTE closes
// the component inside SQLite, and one statement returns its versions with what each replaces
// (as a JSON array), so loading costs one statement whatever its size. The seed ids are one JSON
// parameter, so the SQL text (and its prepared statement, db/statement-cache.ts) is the same for
// any number of them.
// Plain SQL:1999 `WITH RECURSIVE` (several recursive arms, each joining by an indexed column); the
// JSON array is SQLite's json_group_array/json_each (json_agg/jsonb_array_elements elsewhere).

function component(seed: SQL): SQL {
  return sql`with recursive component(id) as (
      ${seed}
      union select v.base_id from versions v join component c on v.id = c.id where v.base_id is not null
      union select v.id from versions v join component c on v.base_id = c.id
      union select r.replacing_id from version_replacements r join component c on r.replaced_id = c.id
      union select r.replaced_id from version_replacements r join component c on r.replacing_id = c.id
    )`;
}

/** A whole version row, as Drizzle reads it. */
export type VersionRow = typeof versions.$inferSelect;

/** A graph whose versions are whole rows: an answer returns them without reading them again. */
export interface LoadedVersionGraph extends VersionGraph {
  versions: VersionRow[];
}

/** The graph of the versions `seed` selects (a statement returning an `id` column). One statement. */
export function loadVersionGraphFrom(db: Db, seed: SQL): LoadedVersionGraph {
  const rows = db.all<VersionRow & { replaces: string }>(sql`${component(seed)}
    select v.id, v.standard_id as "standardId", v.designation, v.designation_key as "designationKey", v.type,
           v.base_id as "baseId", v.title_en as "titleEn", v.title_zh as "titleZh", v.published, v.effective,
           v.mandatory_new_types as "mandatoryNewTypes",
           v.mandatory_existing_types as "mandatoryExistingTypes", v.withdrawn,
           v.vehicle_categories as "vehicleCategories",
           (select json_group_array(r.replaced_id) from version_replacements r where r.replacing_id = v.id)
             as "replaces"
    from versions v where v.id in (select id from component)
    order by v.id`);
  // The component is closed under replacement, so what a version in it replaces is in it too.
  return graphOf(rows);
}

// The two seeds every lookup and status uses, each one statement built and prepared once (the
// component as a subquery of a select Drizzle can prepare).
const graphStatement = (seed: SQL) =>
  prepared([versions, versionReplacements], (db: Db) =>
    db
      .select({
        ...getColumns(versions),
        replaces: sql<string>`(select json_group_array(r.replaced_id) from version_replacements r
          where r.replacing_id = ${versions.id})`.as('replaces'),
      })
      .from(versions)
      .where(inArray(versions.id, sql`(${component(seed)} select id from component)`))
      .orderBy(asc(versions.id))
      .prepare(),
  );
const ofStandards = graphStatement(
  sql`select id from versions where standard_id in (select value from json_each(${sql.placeholder('ids')}))`,
);
const ofVersion = graphStatement(sql`select id from versions where id = ${sql.placeholder('id')}`);

function graphOf(rows: (VersionRow & { replaces: string })[]): LoadedVersionGraph {
  const replacements: ReplacementEdge[] = [];
  const loaded = rows.map(({ replaces, ...row }): VersionRow => {
    for (const replacedId of (JSON.parse(replaces) as number[]).sort((p, q) => p - q))
      replacements.push({ replacingId: row.id, replacedId });
    return row;
  });
  return { versions: loaded, replacements };
}

/** The graph that decides the applicability of the given standards' versions. One statement. */
export function loadVersionGraph(db: Db, standardIds: number[]): LoadedVersionGraph {
  const ids = [...new Set(standardIds)];
  if (ids.length === 0) return { versions: [], replacements: [] };
  return graphOf(ofStandards(db).all({ ids: JSON.stringify(ids) }));
}

/** The graph that decides one version's status; empty if there is no such version. One statement. */
export function loadVersionGraphForVersion(db: Db, versionId: number): LoadedVersionGraph {
  return graphOf(ofVersion(db).all({ id: versionId }));
}
