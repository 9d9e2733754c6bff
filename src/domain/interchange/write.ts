import { and, eq, sql } from 'drizzle-orm';
import { clauses, committees, standards, versionReferences, versionReplacements, versions } from '../../db/tables.ts';
import type { Writer } from '../../db/types.ts';
import { designationKey } from '../designation.ts';
import { flattenTree, insertClauseTree } from '../drafts/clauseTree.ts';
import { isModificationType, type ReferenceKind } from '../enums.ts';
import { encodeVehicleCategories } from '../vehicle-categories.ts';
import type { RegistryFile, VersionRecord } from './format.ts';
import type { RegistryState } from './state.ts';

// The write of a validated file: phases (committees, standards, new versions, then each version's
// corrections and relations) over one set of statements prepared once per import.

export interface ImportCounts {
  committees: number;
  standards: number;
  versions: number;
  clauses: number;
}

export interface Written {
  created: ImportCounts;
  /**
   * Records whose metadata or relations (replaces, references, adopts) the file corrected;
   * `clauses` is always 0, stored clause text never changes.
   */
  updated: ImportCounts;
  /** Committees, standards and versions of the file already stored exactly so. */
  unchanged: number;
}

/** Records one change in the history (see domain/events.ts). */
export type Emit = (action: string, entityType: string, entityId: number, data: unknown) => void;

const PROGRESS_EVERY = 1000;
const p = (name: string) => sql.placeholder(name);
const zeroCounts = (): ImportCounts => ({ committees: 0, standards: 0, versions: 0, clauses: 0 });
const newId = (result: { lastInsertRowid: number | bigint }) => Number(result.lastInsertRowid);

const committeeColumns = { code: p('code'), nameEn: p('nameEn'), nameZh: p('nameZh'), parentId: p('parentId') };
const standardColumns = {
  designation: p('designation'),
  designationKey: p('designationKey'),
  kind: p('kind'),
  titleEn: p('titleEn'),
  titleZh: p('titleZh'),
  publisher: p('publisher'),
  committeeId: p('committeeId'),
};
const versionColumns = {
  designation: p('designation'),
  type: p('type'),
  baseId: p('baseId'),
  titleEn: p('titleEn'),
  titleZh: p('titleZh'),
  published: p('published'),
  effective: p('effective'),
  mandatoryNewTypes: p('mandatoryNewTypes'),
  mandatoryExistingTypes: p('mandatoryExistingTypes'),
  withdrawn: p('withdrawn'),
  vehicleCategories: p('vehicleCategories'),
};
type VersionColumns = { [K in keyof typeof versionColumns]: string | number | null };

/** Every statement the import writes with. */
function prepareStatements(tx: Writer) {
  return {
    insertCommittee: tx.insert(committees).values(committeeColumns).prepare(),
    updateCommittee: tx
      .update(committees)
      .set(committeeColumns)
      .where(eq(committees.id, p('id')))
      .prepare(),
    insertStandard: tx.insert(standards).values(standardColumns).prepare(),
    updateStandard: tx
      .update(standards)
      .set(standardColumns)
      .where(eq(standards.id, p('id')))
      .prepare(),
    insertVersion: tx
      .insert(versions)
      .values({ ...versionColumns, standardId: p('standardId'), designationKey: p('designationKey') })
      .prepare(),
    updateVersion: tx
      .update(versions)
      .set(versionColumns)
      .where(eq(versions.id, p('id')))
      .prepare(),
    insertReplacement: tx
      .insert(versionReplacements)
      .values({ replacingId: p('replacingId'), replacedId: p('replacedId') })
      .prepare(),
    deleteReplacement: tx
      .delete(versionReplacements)
      .where(
        and(eq(versionReplacements.replacingId, p('replacingId')), eq(versionReplacements.replacedId, p('replacedId'))),
      )
      .prepare(),
    deleteReferences: tx
      .delete(versionReferences)
      .where(eq(versionReferences.versionId, p('versionId')))
      .prepare(),
    insertReference: tx
      .insert(versionReferences)
      .values({
        versionId: p('versionId'),
        kind: p('kind'),
        targetDesignation: p('targetDesignation'),
        targetKey: p('targetKey'),
        degree: p('degree'),
      })
      .prepare(),
    insertClause: tx
      .insert(clauses)
      .values({
        versionId: p('versionId'),
        parentId: p('parentId'),
        position: p('position'),
        number: p('number'),
        heading: p('heading'),
        text: p('text'),
        informative: p('informative'),
      })
      .prepare(),
  };
}

/** What the phases share: the statements, the ids so far (stored and new), the counts. */
interface Run extends Written {
  state: RegistryState;
  file: RegistryFile;
  emit: Emit;
  statements: ReturnType<typeof prepareStatements>;
  committeeId: Map<string, number>;
  standardId: Map<string, number>;
  versionId: Map<string, number>;
  tick(): void;
}

/** A version of the file as the relations phase finds it: its columns as stored now, and whether it was. */
interface Listed {
  record: VersionRecord;
  title: RegistryFile['standards'][number]['title'];
  key: string;
  current: VersionColumns;
  stored: boolean;
}

export function writeRegistry(
  tx: Writer,
  state: RegistryState,
  file: RegistryFile,
  emit: Emit,
  onProgress?: (done: number, total: number) => void,
): Written {
  const versionCount = file.standards.reduce((n, s) => n + s.versions.length, 0);
  const total = file.committees.length + file.standards.length + 2 * versionCount;
  let done = 0;
  const run: Run = {
    state,
    file,
    emit,
    statements: prepareStatements(tx),
    created: zeroCounts(),
    updated: zeroCounts(),
    unchanged: 0,
    committeeId: new Map([...state.committees].map(([key, c]) => [key, c.id])),
    standardId: new Map([...state.standards].map(([key, s]) => [key, s.id])),
    versionId: new Map([...state.versions].map(([key, v]) => [key, v.id])),
    tick: () => {
      done += 1;
      if (onProgress && (done % PROGRESS_EVERY === 0 || done === total)) onProgress(done, total);
    },
  };
  writeCommittees(run);
  writeStandards(run);
  for (const listed of insertNewVersions(run)) writeVersion(run, listed);
  return { created: run.created, updated: run.updated, unchanged: run.unchanged };
}

/** Committees: the new ones inserted, then every parent settled (a parent may come later in the file). */
function writeCommittees(run: Run): void {
  const { state, file, statements, committeeId } = run;
  const current = new Map<string, { code: string; nameEn: string; nameZh: string | null; parentId: number | null }>();
  for (const c of file.committees) {
    const key = designationKey(c.code);
    const stored = state.committees.get(key);
    if (stored) {
      current.set(key, stored);
      continue;
    }
    const row = {
      code: c.code,
      nameEn: c.name.en,
      nameZh: c.name.zh ?? null,
      parentId: c.parent === null ? null : (committeeId.get(designationKey(c.parent)) ?? null),
    };
    committeeId.set(key, newId(statements.insertCommittee.run(row)));
    current.set(key, row);
    run.created.committees += 1;
  }
  for (const c of file.committees) {
    const key = designationKey(c.code);
    const before = current.get(key)!;
    const row = {
      code: c.code,
      nameEn: c.name.en,
      nameZh: c.name.zh ?? null,
      parentId: c.parent === null ? null : committeeId.get(designationKey(c.parent))!,
    };
    const differs = (Object.keys(row) as (keyof typeof row)[]).some((k) => row[k] !== before[k]);
    if (differs) statements.updateCommittee.run({ ...row, id: committeeId.get(key)! });
    if (!state.committees.has(key)) run.emit('committee.imported', 'Committee', committeeId.get(key)!, row);
    else if (differs) {
      run.emit('committee.corrected', 'Committee', committeeId.get(key)!, { before, after: row });
      run.updated.committees += 1;
    } else run.unchanged += 1;
    run.tick();
  }
}

function writeStandards(run: Run): void {
  const { state, file, statements } = run;
  for (const s of file.standards) {
    const key = designationKey(s.designation);
    const row = {
      designation: s.designation,
      designationKey: key,
      kind: s.kind,
      titleEn: s.title.en,
      titleZh: s.title.zh ?? null,
      publisher: s.publisher,
      committeeId: s.committee === null ? null : run.committeeId.get(designationKey(s.committee))!,
    };
    const stored = state.standards.get(key);
    if (!stored) {
      const id = newId(statements.insertStandard.run(row));
      run.standardId.set(key, id);
      run.emit('standard.imported', 'Standard', id, row);
      run.created.standards += 1;
    } else if ((Object.keys(row) as (keyof typeof row)[]).some((k) => row[k] !== stored[k])) {
      statements.updateStandard.run({ ...row, id: stored.id });
      run.emit('standard.corrected', 'Standard', stored.id, { before: stored, after: row });
      run.updated.standards += 1;
    } else {
      run.unchanged += 1;
    }
    run.tick();
  }
}

/** The columns the file wants for a version; an absent category list keeps what is stored (the file recorded none). */
function desiredRow(
  run: Run,
  v: VersionRecord,
  standardTitle: Listed['title'],
  storedCategories: string | null = null,
): VersionColumns {
  const sameTitle =
    !v.title || (v.title.en === standardTitle.en && (v.title.zh ?? null) === (standardTitle.zh ?? null));
  return {
    designation: v.designation,
    type: v.type,
    baseId: v.base ? (run.versionId.get(designationKey(v.base)) ?? null) : null,
    titleEn: sameTitle ? null : v.title!.en,
    titleZh: sameTitle ? null : (v.title!.zh ?? null),
    published: v.published,
    effective: v.effective,
    mandatoryNewTypes: v.mandatoryNewTypes ?? null,
    mandatoryExistingTypes: v.mandatoryExistingTypes ?? null,
    withdrawn: v.withdrawn ?? null,
    vehicleCategories: v.vehicleCategories ? encodeVehicleCategories(v.vehicleCategories) : storedCategories,
  };
}

/** New version rows in file order, so that ids (and so export order) follow the file. */
function insertNewVersions(run: Run): Listed[] {
  const listed: Listed[] = [];
  for (const s of run.file.standards) {
    for (const v of s.versions) {
      const key = designationKey(v.designation);
      const stored = run.state.versions.get(key);
      if (stored) {
        listed.push({ record: v, title: s.title, key, current: stored, stored: true });
      } else {
        // A modification listed before its base is held as a base text until its base exists:
        // the row's CHECK ties the type to the presence of base_id.
        let row = desiredRow(run, v, s.title);
        if (isModificationType(v.type) && row.baseId === null) row = { ...row, type: 'EDITION', baseId: null };
        const standardId = run.standardId.get(designationKey(s.designation))!;
        run.versionId.set(key, newId(run.statements.insertVersion.run({ ...row, standardId, designationKey: key })));
        listed.push({ record: v, title: s.title, key, current: row, stored: false });
        run.created.versions += 1;
      }
      run.tick();
    }
  }
  return listed;
}

/** One version's corrections and relations, now that every version has an id. */
function writeVersion(run: Run, { record: v, title, key, current, stored }: Listed): void {
  const { state, statements } = run;
  const id = run.versionId.get(key)!;
  let changed = false;
  const row = desiredRow(run, v, title, current.vehicleCategories as string | null);
  if ((Object.keys(row) as (keyof VersionColumns)[]).some((k) => row[k] !== current[k])) {
    statements.updateVersion.run({ ...row, id });
    changed = true;
  }

  // The file's `replaces` list becomes the stored set of what this version replaces.
  const wanted = new Set(v.replaces.map((d) => run.versionId.get(designationKey(d))!));
  const had = state.replaces.get(id) ?? new Set<number>();
  for (const replacedId of had) {
    if (!wanted.has(replacedId)) {
      statements.deleteReplacement.run({ replacingId: id, replacedId });
      changed = true;
    }
  }
  for (const replacedId of wanted) {
    if (!had.has(replacedId)) {
      statements.insertReplacement.run({ replacingId: id, replacedId });
      changed = true;
    }
  }

  // References and the adoption are compared as a set and rewritten whole when it differs.
  const refs = [
    ...(v.references ?? []).map((r) => ({
      kind: (r.normative ? 'NORMATIVE_REFERENCE' : 'INFORMATIVE_REFERENCE') as ReferenceKind,
      targetDesignation: r.designation,
      degree: null as string | null,
    })),
    ...(v.adopts
      ? [
          {
            kind: 'ADOPTS' as ReferenceKind,
            targetDesignation: v.adopts.designation,
            degree: v.adopts.degree as string,
          },
        ]
      : []),
  ].map((r) => ({ ...r, targetKey: designationKey(r.targetDesignation) }));
  const signature = (r: { kind: string; targetKey: string; targetDesignation: string; degree: string | null }) =>
    `${r.kind}\u0000${r.targetKey}\u0000${r.targetDesignation}\u0000${r.degree ?? ''}`;
  const storedRefs = state.references.get(id) ?? [];
  const storedSet = new Set(storedRefs.map(signature));
  if (storedRefs.length !== refs.length || refs.some((r) => !storedSet.has(signature(r)))) {
    if (storedRefs.length > 0) statements.deleteReferences.run({ versionId: id });
    for (const r of refs) statements.insertReference.run({ ...r, versionId: id });
    changed = true;
  }

  // Stored clause text is never touched (validation refused any difference); a version without
  // clauses may receive them, which is a change of a stored version like any other.
  let clausesAdded = 0;
  if (v.clauses && v.clauses.length > 0 && !state.versionsWithClauses.has(id)) {
    clausesAdded = insertClauseTree(flattenTree(v.clauses), (c) =>
      newId(statements.insertClause.run({ ...c, versionId: id, informative: c.informative ? 1 : 0 })),
    ).length;
    run.created.clauses += clausesAdded;
    changed = true;
  }

  if (!stored)
    run.emit('version.imported', 'StandardVersion', id, { ...row, replaces: v.replaces, references: refs.length });
  else if (changed) {
    run.emit('version.corrected', 'StandardVersion', id, {
      before: current,
      after: row,
      replaces: v.replaces,
      ...(clausesAdded > 0 ? { clausesAdded } : {}),
    });
    run.updated.versions += 1;
  } else run.unchanged += 1;
  run.tick();
}
