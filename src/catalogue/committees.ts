import { asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { designationKey } from '../vocabulary/designation.ts';
import { clauses, committees, standards } from '../db/tables.ts';
import { prepared } from './prepared.ts';
import type { ClauseNode, CommitteeRow } from './rows.ts';

// Committees and clause trees: each one statement for any number of parents (./prepared.ts).

const ids = sql`(select value from json_each(${sql.placeholder('ids')}))`;

const committeesByIdStatement = prepared([committees], (db: Db) =>
  db.select().from(committees).where(inArray(committees.id, ids)).prepare(),
);

/** The committees with these ids, in the order asked (undefined for an unknown id). */
export function committeesByIds(db: Db, committeeIds: readonly number[]): (CommitteeRow | undefined)[] {
  const rows = committeesByIdStatement(db).all({ ids: JSON.stringify(committeeIds) });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return committeeIds.map((id) => byId.get(id));
}

const committeeByCodeStatement = prepared([committees], (db: Db) =>
  db
    .select()
    .from(committees)
    .where(eq(sql`designation_key(${committees.code})`, sql.placeholder('key')))
    .limit(1)
    .prepare(),
);

/** The committee with this code, compared as designations are (case, spacing, dashes folded; db/filters.ts). */
export function committeeByCode(db: Db, code: string): CommitteeRow | undefined {
  return committeeByCodeStatement(db).get({ key: designationKey(code) });
}

const childrenStatement = prepared([committees], (db: Db) =>
  db.select().from(committees).where(inArray(committees.parentId, ids)).orderBy(asc(committees.code)).prepare(),
);

/** The committees directly under each committee, by code. */
export function childrenOfCommittees(db: Db, parentIds: readonly number[]): CommitteeRow[][] {
  const byParent = new Map<number, CommitteeRow[]>(parentIds.map((id) => [id, []]));
  for (const row of childrenStatement(db).all({ ids: JSON.stringify(parentIds) }))
    byParent.get(row.parentId!)?.push(row);
  return parentIds.map((id) => byParent.get(id)!);
}

const standardCountStatement = prepared([standards], (db: Db) =>
  db
    .select({ key: standards.committeeId, n: count() })
    .from(standards)
    .where(inArray(standards.committeeId, ids))
    .groupBy(standards.committeeId)
    .prepare(),
);

/** How many standards each committee is directly responsible for. */
export function countStandardsOfCommittees(db: Db, committeeIds: readonly number[]): number[] {
  const rows = standardCountStatement(db).all({ ids: JSON.stringify(committeeIds) });
  const byKey = new Map(rows.map((row) => [row.key, row.n]));
  return committeeIds.map((id) => byKey.get(id) ?? 0);
}

const clausesStatement = prepared([clauses], (db: Db) =>
  db
    .select()
    .from(clauses)
    .where(inArray(clauses.versionId, ids))
    .orderBy(asc(clauses.versionId), asc(clauses.position), asc(clauses.id))
    .prepare(),
);

/** The top-level clauses of each version's text, in printed order, each with its sub-clauses. */
export function clauseTreesOfVersions(db: Db, versionIds: readonly number[]): ClauseNode[][] {
  const rows = clausesStatement(db).all({ ids: JSON.stringify(versionIds) });
  const nodes = new Map<number, ClauseNode>(rows.map((row) => [row.id, { ...row, children: [] }]));
  const top = new Map<number, ClauseNode[]>(versionIds.map((id) => [id, []]));
  for (const node of nodes.values()) {
    if (node.parentId === null) top.get(node.versionId)?.push(node);
    else nodes.get(node.parentId)?.children.push(node);
  }
  return versionIds.map((id) => top.get(id)!);
}
