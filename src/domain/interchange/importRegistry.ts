import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/types.ts';
import { clauses, committees, standards, versionReferences, versionReplacements, versions } from '../../db/tables.ts';
import { withVersionCorrectionPermit } from '../../db/rules.ts';
import { syncSearchIndex } from '../../db/search-index.ts';
import { designationKey } from '../designation.ts';
import { eventWriter } from '../events.ts';
import { isModificationType, type ReferenceKind } from '../enums.ts';
import { encodeVehicleCategories } from '../vehicle-categories.ts';
import type { ClauseRecord, RegistryFile, VersionRecord } from './format.ts';
import {
  formatIssue,
  loadRegistryState,
  validateRegistryFile,
  type InterchangeIssue,
  type Queryable,
  type RegistryState,
} from './validate.ts';

/** A rejected file: nothing was written. `issues` name each record and field. */
export class InterchangeValidationError extends Error {
  constructor(readonly issues: InterchangeIssue[]) {
    const shown = issues.slice(0, 20).map(formatIssue);
    const more = issues.length > shown.length ? [`… and ${issues.length - shown.length} more`] : [];
    super(
      `the file was rejected (${issues.length} ` +
        `error${issues.length === 1 ? '' : 's'}):\n${[...shown, ...more].join('\n')}`,
    );
    this.name = 'InterchangeValidationError';
  }
}

export interface ImportCounts {
  committees: number;
  standards: number;
  versions: number;
  clauses: number;
}

export interface ImportResult {
  created: ImportCounts;
  /**
   * Records whose metadata or relations (replaces, references, adopts) the file corrected;
   * `clauses` is always 0, stored clause text never changes.
   */
  updated: ImportCounts;
  /** Committees, standards and versions of the file already stored exactly so. */
  unchanged: number;
  warnings: string[];
}

export interface ImportOptions {
  db: Db;
  /** The parsed JSON of a `standards-registry/v1` file; validated here, so any value is accepted. */
  input: unknown;
  /** Called as the write goes, in units of work; `done` reaches `total` at the end. */
  onProgress?: (done: number, total: number) => void;
  /** Who imports (recorded in the history); null for the CLI and the start-up seed. */
  actorId?: number | null;
  now?: () => Date;
}

const PROGRESS_EVERY = 1000;
const p = (name: string) => sql.placeholder(name);
const zeroCounts = (): ImportCounts => ({ committees: 0, standards: 0, versions: 0, clauses: 0 });

/**
 * Imports an interchange file (docs/interchange.md): adds what is new, corrects the metadata of what exists
 * (the file is authoritative for every record it contains), never deletes a record and never
 * changes stored clause text. Reading, validating and writing share one IMMEDIATE transaction, so
 * the file is checked against exactly the state it is written over, and a rejected file (thrown
 * InterchangeValidationError) or any failure leaves the database untouched. Idempotent: rows are
 * written only where they differ.
 */
export function importRegistry({
  db,
  input,
  onProgress,
  actorId,
  now = () => new Date(),
}: ImportOptions): ImportResult {
  return db.transaction(
    (tx) => {
      const state = loadRegistryState(tx);
      const { file, issues, warnings } = validateRegistryFile(input, state);
      if (file === null) throw new InterchangeValidationError(issues);
      const emit = eventWriter(tx, { at: now().toISOString(), actorId: actorId ?? null });
      const written = withVersionCorrectionPermit(tx, () => writeRegistry(tx, state, file, emit, onProgress));
      // The search index follows in the same transaction, in bulk (see db/search-index.ts).
      syncSearchIndex(tx);
      return { ...written, warnings };
    },
    { behavior: 'immediate' },
  );
}

type Written = Omit<ImportResult, 'warnings'>;

/** Records one change in the history (see domain/events.ts). */
type Emit = (action: string, entityType: string, entityId: number, data: unknown) => void;

function writeRegistry(
  tx: Queryable,
  state: RegistryState,
  file: RegistryFile,
  emit: Emit,
  onProgress?: ImportOptions['onProgress'],
): Written {
  const created = zeroCounts();
  const updated = zeroCounts();
  let unchanged = 0;
  const versionCount = file.standards.reduce((n, s) => n + s.versions.length, 0);
  const total = file.committees.length + file.standards.length + 2 * versionCount;
  let done = 0;
  const tick = () => {
    done += 1;
    if (onProgress && (done % PROGRESS_EVERY === 0 || done === total)) onProgress(done, total);
  };
  const newId = (result: { lastInsertRowid: number | bigint }) => Number(result.lastInsertRowid);

  // ---- committees: insert the new ones, then settle every parent (a parent may come later) ----
  const committeeId = new Map([...state.committees].map(([key, c]) => [key, c.id]));
  const insertCommittee = tx
    .insert(committees)
    .values({ code: p('code'), nameEn: p('nameEn'), nameZh: p('nameZh'), parentId: p('parentId') })
    .prepare();
  const updateCommittee = tx
    .update(committees)
    .set({ code: p('code'), nameEn: p('nameEn'), nameZh: p('nameZh'), parentId: p('parentId') })
    .where(eq(committees.id, p('id')))
    .prepare();
  const committeeCurrent = new Map<
    string,
    { code: string; nameEn: string; nameZh: string | null; parentId: number | null }
  >();
  for (const c of file.committees) {
    const key = designationKey(c.code);
    const stored = state.committees.get(key);
    if (stored) {
      committeeCurrent.set(key, stored);
      continue;
    }
    const row = {
      code: c.code,
      nameEn: c.name.en,
      nameZh: c.name.zh ?? null,
      parentId: c.parent === null ? null : (committeeId.get(designationKey(c.parent)) ?? null),
    };
    committeeId.set(key, newId(insertCommittee.run(row)));
    committeeCurrent.set(key, row);
    created.committees += 1;
  }
  for (const c of file.committees) {
    const key = designationKey(c.code);
    const current = committeeCurrent.get(key)!;
    const row = {
      code: c.code,
      nameEn: c.name.en,
      nameZh: c.name.zh ?? null,
      parentId: c.parent === null ? null : committeeId.get(designationKey(c.parent))!,
    };
    const differs = (Object.keys(row) as (keyof typeof row)[]).some((k) => row[k] !== current[k]);
    if (differs) updateCommittee.run({ ...row, id: committeeId.get(key)! });
    if (!state.committees.has(key)) emit('committee.imported', 'Committee', committeeId.get(key)!, row);
    else if (differs) {
      emit('committee.corrected', 'Committee', committeeId.get(key)!, { before: current, after: row });
      updated.committees += 1;
    } else unchanged += 1;
    tick();
  }

  // ---- standards ----
  const standardId = new Map([...state.standards].map(([key, s]) => [key, s.id]));
  const standardColumns = {
    designation: p('designation'),
    designationKey: p('designationKey'),
    kind: p('kind'),
    titleEn: p('titleEn'),
    titleZh: p('titleZh'),
    publisher: p('publisher'),
    committeeId: p('committeeId'),
  };
  const insertStandard = tx.insert(standards).values(standardColumns).prepare();
  const updateStandard = tx
    .update(standards)
    .set(standardColumns)
    .where(eq(standards.id, p('id')))
    .prepare();
  for (const s of file.standards) {
    const key = designationKey(s.designation);
    const row = {
      designation: s.designation,
      designationKey: key,
      kind: s.kind,
      titleEn: s.title.en,
      titleZh: s.title.zh ?? null,
      publisher: s.publisher,
      committeeId: s.committee === null ? null : committeeId.get(designationKey(s.committee))!,
    };
    const stored = state.standards.get(key);
    if (!stored) {
      const id = newId(insertStandard.run(row));
      standardId.set(key, id);
      emit('standard.imported', 'Standard', id, row);
      created.standards += 1;
    } else if ((Object.keys(row) as (keyof typeof row)[]).some((k) => row[k] !== stored[k])) {
      updateStandard.run({ ...row, id: stored.id });
      emit('standard.corrected', 'Standard', stored.id, { before: stored, after: row });
      updated.standards += 1;
    } else {
      unchanged += 1;
    }
    tick();
  }

  // ---- versions: rows in file order, so that ids (and so export order) follow the file ----
  const versionId = new Map([...state.versions].map(([key, v]) => [key, v.id]));
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
  const insertVersion = tx
    .insert(versions)
    .values({ ...versionColumns, standardId: p('standardId'), designationKey: p('designationKey') })
    .prepare();
  const updateVersion = tx
    .update(versions)
    .set(versionColumns)
    .where(eq(versions.id, p('id')))
    .prepare();
  type VersionColumns = { [K in keyof typeof versionColumns]: string | number | null };
  const listed: { record: VersionRecord; key: string; current: VersionColumns; stored: boolean }[] = [];

  // An absent category list keeps what is stored (as absent clauses do): the file did not record them.
  const desiredRow = (
    v: VersionRecord,
    standardTitle: { en: string; zh?: string | null | undefined },
    storedCategories: string | null = null,
  ): VersionColumns => {
    const sameTitle =
      !v.title || (v.title.en === standardTitle.en && (v.title.zh ?? null) === (standardTitle.zh ?? null));
    return {
      designation: v.designation,
      type: v.type,
      baseId: v.base ? (versionId.get(designationKey(v.base)) ?? null) : null,
      titleEn: sameTitle ? null : v.title!.en,
      titleZh: sameTitle ? null : (v.title!.zh ?? null),
      published: v.published,
      effective: v.effective,
      mandatoryNewTypes: v.mandatoryNewTypes ?? null,
      mandatoryExistingTypes: v.mandatoryExistingTypes ?? null,
      withdrawn: v.withdrawn ?? null,
      vehicleCategories: v.vehicleCategories ? encodeVehicleCategories(v.vehicleCategories) : storedCategories,
    };
  };
  for (const s of file.standards) {
    for (const v of s.versions) {
      const key = designationKey(v.designation);
      const stored = state.versions.get(key);
      if (stored) {
        listed.push({ record: v, key, current: stored, stored: true });
      } else {
        // A modification listed before its base is held as a base text until its base exists:
        // the row's CHECK ties the type to the presence of base_id.
        let row = desiredRow(v, s.title);
        if (isModificationType(v.type) && row.baseId === null) row = { ...row, type: 'EDITION', baseId: null };
        versionId.set(
          key,
          newId(
            insertVersion.run({
              ...row,
              standardId: standardId.get(designationKey(s.designation))!,
              designationKey: key,
            }),
          ),
        );
        listed.push({ record: v, key, current: row, stored: false });
        created.versions += 1;
      }
      tick();
    }
  }

  // ---- corrections and relations, now that every version has an id ----
  const insertReplacement = tx
    .insert(versionReplacements)
    .values({ replacingId: p('replacingId'), replacedId: p('replacedId') })
    .prepare();
  const deleteReplacement = tx
    .delete(versionReplacements)
    .where(
      and(eq(versionReplacements.replacingId, p('replacingId')), eq(versionReplacements.replacedId, p('replacedId'))),
    )
    .prepare();
  const deleteReferences = tx
    .delete(versionReferences)
    .where(eq(versionReferences.versionId, p('versionId')))
    .prepare();
  const insertReference = tx
    .insert(versionReferences)
    .values({
      versionId: p('versionId'),
      kind: p('kind'),
      targetDesignation: p('targetDesignation'),
      targetKey: p('targetKey'),
      degree: p('degree'),
    })
    .prepare();
  const insertClause = tx
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
    .prepare();
  const insertClauses = (id: number, list: readonly ClauseRecord[], parentId: number | null) => {
    list.forEach((c, position) => {
      const row = {
        versionId: id,
        parentId,
        position,
        number: c.number,
        heading: c.heading,
        text: c.text ?? null,
        informative: c.informative ? 1 : 0,
      };
      const clauseId = newId(insertClause.run(row));
      created.clauses += 1;
      if (c.clauses) insertClauses(id, c.clauses, clauseId);
    });
  };
  const standardOf = new Map(file.standards.flatMap((s) => s.versions.map((v) => [v, s.title] as const)));

  for (const { record: v, key, current, stored } of listed) {
    const id = versionId.get(key)!;
    let changed = false;
    const row = desiredRow(v, standardOf.get(v)!, current.vehicleCategories as string | null);
    if ((Object.keys(row) as (keyof VersionColumns)[]).some((k) => row[k] !== current[k])) {
      updateVersion.run({ ...row, id });
      changed = true;
    }

    // The file's `replaces` list becomes the stored set of what this version replaces.
    const wanted = new Set(v.replaces.map((d) => versionId.get(designationKey(d))!));
    const had = state.replaces.get(id) ?? new Set<number>();
    for (const replacedId of had) {
      if (!wanted.has(replacedId)) {
        deleteReplacement.run({ replacingId: id, replacedId });
        changed = true;
      }
    }
    for (const replacedId of wanted) {
      if (!had.has(replacedId)) {
        insertReplacement.run({ replacingId: id, replacedId });
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
              degree: v.adopts.degree as string | null,
            },
          ]
        : []),
    ].map((r) => ({ ...r, targetKey: designationKey(r.targetDesignation) }));
    const signature = (r: { kind: string; targetKey: string; targetDesignation: string; degree: string | null }) =>
      `${r.kind}\u0000${r.targetKey}\u0000${r.targetDesignation}\u0000${r.degree ?? ''}`;
    const storedRefs = state.references.get(id) ?? [];
    const storedSet = new Set(storedRefs.map(signature));
    if (storedRefs.length !== refs.length || refs.some((r) => !storedSet.has(signature(r)))) {
      if (storedRefs.length > 0) deleteReferences.run({ versionId: id });
      for (const r of refs) insertReference.run({ ...r, versionId: id });
      changed = true;
    }

    // Stored clause text is never touched (validation refused any difference); a version without
    // clauses may receive them, which is a change of a stored version like any other.
    let clausesAdded = 0;
    if (v.clauses && v.clauses.length > 0 && !state.versionsWithClauses.has(id)) {
      const before = created.clauses;
      insertClauses(id, v.clauses, null);
      clausesAdded = created.clauses - before;
      changed = true;
    }

    if (!stored)
      emit('version.imported', 'StandardVersion', id, { ...row, replaces: v.replaces, references: refs.length });
    else if (changed) {
      emit('version.corrected', 'StandardVersion', id, {
        before: current,
        after: row,
        replaces: v.replaces,
        ...(clausesAdded > 0 ? { clausesAdded } : {}),
      });
      updated.versions += 1;
    } else unchanged += 1;
    tick();
  }
  return { created, updated, unchanged };
}
