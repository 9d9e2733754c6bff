import { asc, eq, isNotNull, sql } from 'drizzle-orm';
import { drafts } from '../../db/committee-tables.ts';
import { clauses, committees, standards, versionReferences, versionReplacements, versions } from '../../db/tables.ts';
import type { Reader } from '../../db/types.ts';
import { designationKey } from '../designation.ts';
import { isActiveStage } from '../drafts/lifecycle.ts';
import { clauseRecordsFromRows } from './exportRegistry.ts';
import type { ClauseRecord } from './format.ts';

export type CommitteeRow = typeof committees.$inferSelect;
export type StandardRow = typeof standards.$inferSelect;
export type VersionRow = typeof versions.$inferSelect;
export type ReferenceRow = typeof versionReferences.$inferSelect;

/** What is stored, keyed by designationKey (committees by the key of their code), read in one pass. */
export interface RegistryState {
  committees: Map<string, CommitteeRow>;
  committeeById: Map<number, CommitteeRow>;
  standards: Map<string, StandardRow>;
  standardById: Map<number, StandardRow>;
  versions: Map<string, VersionRow>;
  versionById: Map<number, VersionRow>;
  /** replacing version id → replaced version ids */
  replaces: Map<number, Set<number>>;
  /** version id → its references and adoptions, in id order */
  references: Map<number, ReferenceRow[]>;
  versionsWithClauses: Set<number>;
  /** version id → the designation an open draft (not published or cancelled) modifying it will publish */
  openDraftBases: Map<number, string>;
  storedClauses(versionId: number): ClauseRecord[];
}

function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/** Reads the stored registry an import is checked against (inside the importing transaction). */
export function loadRegistryState(q: Reader): RegistryState {
  const committeeRows = q.select().from(committees).orderBy(asc(committees.id)).all();
  const standardRows = q.select().from(standards).orderBy(asc(standards.id)).all();
  const versionRows = q.select().from(versions).orderBy(asc(versions.id)).all();
  const replaces = new Map<number, Set<number>>();
  for (const r of q.select().from(versionReplacements).all()) {
    const set = replaces.get(r.replacingId) ?? new Set<number>();
    set.add(r.replacedId);
    replaces.set(r.replacingId, set);
  }
  const referenceRows = q.select().from(versionReferences).orderBy(asc(versionReferences.id)).all();
  const withClauses = q.selectDistinct({ versionId: clauses.versionId }).from(clauses).all();
  const draftBases = q
    .select({ designation: drafts.versionDesignation, stage: drafts.stage, baseId: drafts.baseVersionId })
    .from(drafts)
    .where(isNotNull(drafts.baseVersionId))
    .all();
  let clauseQuery: { all(values: { versionId: number }): (typeof clauses.$inferSelect)[] } | undefined;
  return {
    committees: new Map(committeeRows.map((c) => [designationKey(c.code), c])),
    committeeById: new Map(committeeRows.map((c) => [c.id, c])),
    standards: new Map(standardRows.map((s) => [s.designationKey, s])),
    standardById: new Map(standardRows.map((s) => [s.id, s])),
    versions: new Map(versionRows.map((v) => [v.designationKey, v])),
    versionById: new Map(versionRows.map((v) => [v.id, v])),
    replaces,
    references: groupBy(referenceRows, (r) => r.versionId),
    versionsWithClauses: new Set(withClauses.map((c) => c.versionId)),
    openDraftBases: new Map(draftBases.filter((d) => isActiveStage(d.stage)).map((d) => [d.baseId!, d.designation])),
    storedClauses(versionId) {
      clauseQuery ??= q
        .select()
        .from(clauses)
        .where(eq(clauses.versionId, sql.placeholder('versionId')))
        .orderBy(asc(clauses.position), asc(clauses.id))
        .prepare();
      return clauseRecordsFromRows(clauseQuery.all({ versionId }));
    },
  };
}
