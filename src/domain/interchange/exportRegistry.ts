import { decodeVehicleCategories } from '../vehicle-categories.ts';
import { asc } from 'drizzle-orm';
import { exportedStandardsQuery } from '../../db/export-selection.ts';
import { clauses, committees, standards, versionReferences, versionReplacements, versions } from '../../db/tables.ts';
import { filterOf, type HorizonFilter } from '../horizon/horizonOf.ts';
import type { Reader } from '../../db/types.ts';
import {
  REGISTRY_FORMAT,
  type ClauseRecord,
  type CommitteeRecord,
  type LocalizedText,
  type RegistryFile,
  type StandardRecord,
  type VersionRecord,
} from './format.ts';

type ClauseRow = typeof clauses.$inferSelect;

function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

function localized(en: string, zh: string | null): LocalizedText {
  return zh === null ? { en } : { en, zh };
}

/** Stored clause rows (of one version or many) as trees, siblings in publisher's order. */
export function clauseRecordsFromRows(rows: readonly ClauseRow[]): ClauseRecord[] {
  const children = groupBy(rows, (row) => row.parentId);
  const build = (parentId: number | null): ClauseRecord[] =>
    (children.get(parentId) ?? [])
      .sort((a, b) => a.position - b.position || a.id - b.id)
      .map((row) => {
        const record: ClauseRecord = { number: row.number, heading: row.heading };
        if (row.text !== null) record.text = row.text;
        if (row.informative) record.informative = true;
        const sub = build(row.id);
        if (sub.length > 0) record.clauses = sub;
        return record;
      });
  return build(null);
}

/** The committees `ids` name and all their ancestors. */
function withAncestors(rows: readonly (typeof committees.$inferSelect)[], ids: Iterable<number | null>): Set<number> {
  const parentOf = new Map(rows.map((c) => [c.id, c.parentId]));
  const kept = new Set<number>();
  for (let id of ids) {
    while (id !== null && id !== undefined && !kept.has(id)) {
      kept.add(id);
      id = parentOf.get(id) ?? null;
    }
  }
  return kept;
}

/**
 * The whole registry as a `standards-registry/v1` file. Deterministic: records in id (insertion)
 * order, keys in the order of docs/interchange.md, optional keys omitted when empty, so that
 * export → import → export reproduces the same bytes. With a filter (as the `standards` query's,
 * plus designations): the standards it keeps, those whose versions they replace or modify
 * (transitively), and the committees of these with their parents, so the file imports on its own.
 */
export function exportRegistry({ db, filter }: { db: Reader; filter?: HorizonFilter | null }): RegistryFile {
  const selection = filterOf(filter);
  const exported =
    selection === null ? null : new Set(db.all<{ id: number }>(exportedStandardsQuery(selection)).map((row) => row.id));
  const allCommittees = db.select().from(committees).orderBy(asc(committees.id)).all();
  const standardRows = db
    .select()
    .from(standards)
    .orderBy(asc(standards.id))
    .all()
    .filter((s) => exported === null || exported.has(s.id));
  const neededCommittees =
    exported === null
      ? null
      : withAncestors(
          allCommittees,
          standardRows.map((s) => s.committeeId),
        );
  const committeeRows = allCommittees.filter((c) => neededCommittees === null || neededCommittees.has(c.id));
  const versionRows = db.select().from(versions).orderBy(asc(versions.id)).all();
  const replacementRows = db
    .select()
    .from(versionReplacements)
    .orderBy(asc(versionReplacements.replacingId), asc(versionReplacements.replacedId))
    .all();
  const referenceRows = db.select().from(versionReferences).orderBy(asc(versionReferences.id)).all();
  const clauseRows = db.select().from(clauses).orderBy(asc(clauses.versionId), asc(clauses.id)).all();

  const committeeCode = new Map(allCommittees.map((c) => [c.id, c.code]));
  const versionDesignation = new Map(versionRows.map((v) => [v.id, v.designation]));
  const referencesOf = groupBy(referenceRows, (r) => r.versionId);
  const clausesOf = groupBy(clauseRows, (c) => c.versionId);
  const versionsOf = groupBy(versionRows, (v) => v.standardId);
  const replacesOf = groupBy(replacementRows, (r) => r.replacingId);

  const committeeRecords: CommitteeRecord[] = committeeRows.map((c) => ({
    code: c.code,
    name: localized(c.nameEn, c.nameZh),
    parent: c.parentId === null ? null : (committeeCode.get(c.parentId) ?? null),
  }));

  const standardRecords: StandardRecord[] = standardRows.map((s) => ({
    designation: s.designation,
    kind: s.kind,
    title: localized(s.titleEn, s.titleZh),
    publisher: s.publisher,
    committee: s.committeeId === null ? null : (committeeCode.get(s.committeeId) ?? null),
    versions: (versionsOf.get(s.id) ?? []).map((v): VersionRecord => {
      const refs = referencesOf.get(v.id) ?? [];
      const cited = refs.filter((r) => r.kind !== 'ADOPTS');
      const adopted = refs.find((r) => r.kind === 'ADOPTS');
      const tree = clauseRecordsFromRows(clausesOf.get(v.id) ?? []);
      // A title equal to the standard's is no title of its own (the standard's may have changed since).
      const ownTitle = v.titleEn !== null && (v.titleEn !== s.titleEn || v.titleZh !== s.titleZh);
      return {
        designation: v.designation,
        type: v.type,
        ...(v.baseId !== null && { base: versionDesignation.get(v.baseId) ?? '' }),
        ...(ownTitle && { title: localized(v.titleEn!, v.titleZh) }),
        published: v.published,
        effective: v.effective,
        ...(v.mandatoryNewTypes !== null && { mandatoryNewTypes: v.mandatoryNewTypes }),
        ...(v.mandatoryExistingTypes !== null && { mandatoryExistingTypes: v.mandatoryExistingTypes }),
        ...(v.withdrawn !== null && { withdrawn: v.withdrawn }),
        // By designation, not by storage id, so an export imported elsewhere exports the same bytes.
        replaces: (replacesOf.get(v.id) ?? []).map((r) => versionDesignation.get(r.replacedId) ?? '').sort(),
        ...(cited.length > 0 && {
          references: cited.map((r) => ({
            designation: r.targetDesignation,
            normative: r.kind === 'NORMATIVE_REFERENCE',
          })),
        }),
        ...(adopted?.degree && { adopts: { designation: adopted.targetDesignation, degree: adopted.degree } }),
        ...(tree.length > 0 && { clauses: tree }),
        ...(v.vehicleCategories !== null && { vehicleCategories: decodeVehicleCategories(v.vehicleCategories)! }),
      };
    }),
  }));

  return { format: REGISTRY_FORMAT, committees: committeeRecords, standards: standardRecords };
}
