import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { VersionFacts, VersionGraph } from './graph.ts';

// Every version that can change an answer is in the connected component of the asked versions
// over base, modification and replacement links (both directions): take-effect bounds travel
// along all of them (§2.2 point 5), and successors follow replacements. A recursive CTE closes
// the component inside SQLite, so loading costs two statements whatever its size.
// Plain SQL:1999 `WITH RECURSIVE` (several recursive arms, each joining by an indexed column), so
// it carries over to another engine.

function component(seed: SQL): SQL {
  return sql`with recursive component(id) as (
      ${seed}
      union select v.base_id from versions v join component c on v.id = c.id where v.base_id is not null
      union select v.id from versions v join component c on v.base_id = c.id
      union select r.replacing_id from version_replacements r join component c on r.replaced_id = c.id
      union select r.replaced_id from version_replacements r join component c on r.replacing_id = c.id
    )`;
}

function load(db: Db, seed: SQL): VersionGraph {
  const versions = db.all<VersionFacts>(sql`${component(seed)}
    select v.id, v.standard_id as "standardId", v.designation, v.type, v.base_id as "baseId",
           v.published, v.effective, v.mandatory_new_types as "mandatoryNewTypes",
           v.mandatory_existing_types as "mandatoryExistingTypes", v.withdrawn
    from versions v where v.id in (select id from component)
    order by v.id`);
  if (versions.length === 0) return { versions: [], replacements: [] };
  // The component is closed under replacement, so one end inside means both are.
  const replacements = db.all<{ replacingId: number; replacedId: number }>(sql`${component(seed)}
    select r.replacing_id as "replacingId", r.replaced_id as "replacedId"
    from version_replacements r where r.replacing_id in (select id from component)
    order by r.replacing_id, r.replaced_id`);
  return { versions, replacements };
}

/** The graph that decides the applicability of the given standards' versions. Two statements. */
export function loadVersionGraph(db: Db, standardIds: number[]): VersionGraph {
  const ids = [...new Set(standardIds)];
  if (ids.length === 0) return { versions: [], replacements: [] };
  return load(db, sql`select id from versions where standard_id in (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})`);
}

/** The graph that decides one version's status; empty if there is no such version. Two statements. */
export function loadVersionGraphForVersion(db: Db, versionId: number): VersionGraph {
  return load(db, sql`select id from versions where id = ${versionId}`);
}
