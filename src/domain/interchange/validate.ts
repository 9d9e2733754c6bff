import { asc, eq, isNotNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, Tx } from '../../db/types.ts';
import { drafts } from '../../db/committee-tables.ts';
import { clauses, committees, standards, versionReferences, versionReplacements, versions } from '../../db/tables.ts';
import { partialDateRange } from '../dates.ts';
import { designationKey } from '../designation.ts';
import { isModificationType, type VersionType } from '../enums.ts';
import { MAX_DEPTH } from '../drafts/clauseTree.ts';
import { isActiveStage } from '../drafts/lifecycle.ts';
import { clauseRecordsFromRows } from './exportRegistry.ts';
import {
  committeeRecordSchema,
  formatTagSchema,
  standardRecordSchema,
  type ClauseRecord,
  type CommitteeRecord,
  type RegistryFile,
  type StandardRecord,
  type VersionRecord,
} from './format.ts';

/** The database or a transaction on it: validation reads inside the importing transaction. */
export type Queryable = Db | Tx;

/** `path` names the record and its field: `standards[4] "GB/T 31486" versions[1] "GB/T 31486-2024" effective`. */
export interface InterchangeIssue {
  path: string;
  message: string;
}

export const formatIssue = (issue: InterchangeIssue): string => `${issue.path}: ${issue.message}`;

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

export function loadRegistryState(q: Queryable): RegistryState {
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

// ---- naming records in messages ----

type Segment = string | number;
type Loc = readonly Segment[];

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function recordName(node: unknown): string | undefined {
  if (typeof node === 'string') return node;
  if (!isObject(node)) return undefined;
  for (const key of ['designation', 'code', 'number']) if (typeof node[key] === 'string') return node[key];
  return undefined;
}

/** Renders a location in the raw input, naming each record on the way by its designation, code or number. */
export function describePath(input: unknown, loc: Loc): string {
  let out = '';
  let node = input;
  let afterRecord = false;
  for (const segment of loc) {
    if (typeof segment === 'number') {
      node = Array.isArray(node) ? node[segment] : undefined;
      const name = recordName(node);
      out += `[${segment}]${name === undefined ? '' : ` ${JSON.stringify(name)}`}`;
      afterRecord = true;
    } else {
      out += out === '' ? segment : afterRecord ? ` ${segment}` : `.${segment}`;
      node = isObject(node) ? node[segment] : undefined;
      afterRecord = false;
    }
  }
  return out === '' ? '(file)' : out;
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return JSON.stringify(value);
}

const genericMessages: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_type') {
    return issue.input === undefined ? 'missing' : `expected ${issue.expected}, got ${describeValue(issue.input)}`;
  }
  return undefined;
};

const envelopeSchema = z.strictObject({
  format: z.unknown(),
  committees: z.array(z.unknown()),
  standards: z.array(z.unknown()),
});

// ---- validation ----

export interface ValidationResult {
  /** The parsed file, only when there is no issue. */
  file: RegistryFile | null;
  issues: InterchangeIssue[];
  warnings: string[];
}

/** The file's view of a version merged over the stored one: a record in the file is authoritative. */
interface VersionNode {
  key: string;
  designation: string;
  type: VersionType;
  standardKey: string;
  baseKey: string | null;
  replaces: string[];
  published: string | null;
  effective: string | null;
  /** Where the file defines it; null for a stored version the file does not mention. */
  at: Loc | null;
}

const a = (type: VersionType) => `${/^[AEIOU]/.test(type) ? 'an' : 'a'} ${type}`;

const LIMITS = ['mandatoryNewTypes', 'mandatoryExistingTypes', 'withdrawn'] as const;

function takesEffect(v: { published: string | null; effective: string | null }) {
  if (v.effective) return { from: v.effective, to: v.effective, label: `effective ${v.effective}` };
  if (v.published) return { ...partialDateRange(v.published), label: `published ${v.published}` };
  return null;
}

/** Back edges of a depth-first walk: each returned path is a cycle, first node repeated implicitly. */
function findCycles(starts: Iterable<string>, next: (key: string) => readonly string[]): string[][] {
  const colour = new Map<string, 'open' | 'done'>();
  const cycles: string[][] = [];
  for (const start of starts) {
    if (colour.has(start)) continue;
    const path = [start];
    const pending = [[...next(start)]];
    colour.set(start, 'open');
    while (path.length > 0) {
      const to = pending[pending.length - 1]!.pop();
      if (to === undefined) {
        colour.set(path.pop()!, 'done');
        pending.pop();
      } else if (colour.get(to) === 'open') {
        cycles.push(path.slice(path.indexOf(to)));
      } else if (!colour.has(to)) {
        colour.set(to, 'open');
        path.push(to);
        pending.push([...next(to)]);
      }
    }
  }
  return cycles;
}

/** Where a raw standard record first nests clauses deeper than MAX_DEPTH, walked without recursion; null if nowhere. */
function clauseNestedTooDeep(raw: unknown, loc: Loc): Loc | null {
  const versions = isObject(raw) && Array.isArray(raw.versions) ? raw.versions : [];
  const stack: { clauses: unknown; depth: number; loc: Loc }[] = versions.map((v, k) => ({
    clauses: isObject(v) ? v.clauses : undefined,
    depth: 1,
    loc: [...loc, 'versions', k, 'clauses'],
  }));
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    if (!Array.isArray(next.clauses)) continue;
    for (const [k, clause] of next.clauses.entries()) {
      if (next.depth > MAX_DEPTH) return [...next.loc, k];
      if (isObject(clause))
        stack.push({ clauses: clause.clauses, depth: next.depth + 1, loc: [...next.loc, k, 'clauses'] });
    }
  }
  return null;
}

/**
 * Checks a whole interchange file against itself and the stored registry before anything is
 * written. Every problem is reported, not just the first, each naming its record and field.
 */
export function validateRegistryFile(input: unknown, state: RegistryState): ValidationResult {
  const issues: InterchangeIssue[] = [];
  const warnings: string[] = [];
  const at = (loc: Loc, message: string) => void issues.push({ path: describePath(input, loc), message });
  const name = (loc: Loc) => describePath(input, loc);
  const fail = (): ValidationResult => ({ file: null, issues, warnings });
  /** One issue per cycle, on a record of the file in it, naming the cycle from that record. */
  const reportCycles = (
    cycles: string[][],
    locOf: (key: string) => Loc | null | undefined,
    label: (key: string) => string,
    issue: (names: string[], keys: string[]) => [field: string, message: string],
  ) => {
    const reported = new Set<string>();
    for (const cycle of cycles) {
      const owner = cycle.find((key) => locOf(key) && !reported.has(key));
      if (owner === undefined) continue;
      for (const key of cycle) reported.add(key);
      const start = cycle.indexOf(owner);
      const keys = [...cycle.slice(start), ...cycle.slice(0, start), owner];
      const [field, message] = issue(
        keys.map((k) => JSON.stringify(label(k))),
        keys,
      );
      at([...locOf(owner)!, field], message);
    }
  };

  if (!isObject(input)) {
    at([], 'expected a JSON object');
    return fail();
  }
  const tag = formatTagSchema.safeParse(input.format);
  if (!tag.success) {
    at(['format'], tag.error.issues[0]?.message ?? 'unsupported format');
    return fail();
  }

  const addZodIssues = (prefix: Loc, error: z.ZodError) => {
    for (const issue of error.issues) {
      const loc = [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
      if (issue.code === 'unrecognized_keys') for (const key of issue.keys) at([...loc, key], 'unknown key');
      else at(loc, issue.message);
    }
  };
  const envelope = envelopeSchema.safeParse(input, { error: genericMessages });
  if (!envelope.success) addZodIssues([], envelope.error);
  const rawCommittees = Array.isArray(input.committees) ? input.committees : [];
  const rawStandards = Array.isArray(input.standards) ? input.standards : [];

  // Records that fail to parse are reported and left out of the cross-record checks; their names
  // still count as defined, so one bad record does not cascade into "unknown reference" errors.
  const committeeRecords: { index: number; record: CommitteeRecord }[] = [];
  const standardRecords: { index: number; record: StandardRecord }[] = [];
  const namedInFile = { committees: new Set<string>(), versions: new Set<string>() };
  rawCommittees.forEach((raw, index) => {
    if (isObject(raw) && typeof raw.code === 'string') namedInFile.committees.add(designationKey(raw.code));
    const parsed = committeeRecordSchema.safeParse(raw, { error: genericMessages });
    if (parsed.success) committeeRecords.push({ index, record: parsed.data });
    else addZodIssues(['committees', index], parsed.error);
  });
  for (const [index, raw] of rawStandards.entries()) {
    for (const v of isObject(raw) && Array.isArray(raw.versions) ? raw.versions : []) {
      if (isObject(v) && typeof v.designation === 'string') namedInFile.versions.add(designationKey(v.designation));
    }
    // Before the (recursive) schema, which would overflow the stack on a tree thousands deep.
    const tooDeep = clauseNestedTooDeep(raw, ['standards', index]);
    if (tooDeep) {
      at(tooDeep, `clauses nest at most ${MAX_DEPTH} levels deep (as in drafts)`);
      continue;
    }
    const parsed = standardRecordSchema.safeParse(raw, { error: genericMessages });
    if (parsed.success) standardRecords.push({ index, record: parsed.data });
    else addZodIssues(['standards', index], parsed.error);
  }

  // ---- committees: unique codes, known parents, no cycle ----
  const parentOf = new Map<string, string | null>();
  for (const [key, c] of state.committees) {
    parentOf.set(key, c.parentId === null ? null : designationKey(state.committeeById.get(c.parentId)?.code ?? ''));
  }
  const committeeAt = new Map<string, Loc>();
  for (const { index, record } of committeeRecords) {
    const loc = ['committees', index];
    const key = designationKey(record.code);
    const first = committeeAt.get(key);
    if (first) {
      at([...loc, 'code'], `duplicate committee code (already at ${name(first)})`);
      continue;
    }
    committeeAt.set(key, loc);
    const parentKey = record.parent === null ? null : designationKey(record.parent);
    parentOf.set(key, parentKey);
    if (parentKey !== null && !parentOf.has(parentKey) && !namedInFile.committees.has(parentKey)) {
      at([...loc, 'parent'], `unknown committee ${JSON.stringify(record.parent)}`);
    }
  }
  const codeOf = (key: string) =>
    committeeRecords.find((c) => designationKey(c.record.code) === key)?.record.code ??
    state.committees.get(key)?.code ??
    key;
  reportCycles(
    findCycles(committeeAt.keys(), (key) => {
      const parent = parentOf.get(key);
      return parent != null && parentOf.has(parent) ? [parent] : [];
    }),
    (key) => committeeAt.get(key),
    (key) => codeOf(key),
    (names) => ['parent', `cycle of committee parents: ${names.join(' → ')}`],
  );

  // ---- standards and their versions, record by record ----
  const nodes = new Map<string, VersionNode>();
  for (const v of state.versions.values()) {
    const standard = state.standardById.get(v.standardId);
    const base = v.baseId === null ? undefined : state.versionById.get(v.baseId);
    nodes.set(v.designationKey, {
      key: v.designationKey,
      designation: v.designation,
      type: v.type,
      standardKey: standard?.designationKey ?? '',
      baseKey: base?.designationKey ?? null,
      replaces: [...(state.replaces.get(v.id) ?? [])].flatMap((id) => state.versionById.get(id)?.designationKey ?? []),
      published: v.published,
      effective: v.effective,
      at: null,
    });
  }
  const standardAt = new Map<string, Loc>();
  const versionAt = new Map<string, Loc>();
  const fileVersions: { loc: Loc; record: VersionRecord; node: VersionNode }[] = [];
  for (const { index, record } of standardRecords) {
    const loc = ['standards', index];
    const key = designationKey(record.designation);
    const first = standardAt.get(key);
    if (first) {
      at([...loc, 'designation'], `duplicate standard designation (already at ${name(first)})`);
      continue;
    }
    standardAt.set(key, loc);
    if (
      record.committee !== null &&
      !parentOf.has(designationKey(record.committee)) &&
      !namedInFile.committees.has(designationKey(record.committee))
    ) {
      at([...loc, 'committee'], `unknown committee ${JSON.stringify(record.committee)}`);
    }
    for (const [j, version] of record.versions.entries()) {
      const vloc = [...loc, 'versions', j];
      const vkey = designationKey(version.designation);
      const firstVersion = versionAt.get(vkey);
      if (firstVersion) {
        at([...vloc, 'designation'], `duplicate version designation (already at ${name(firstVersion)})`);
        continue;
      }
      versionAt.set(vkey, vloc);
      const stored = state.versions.get(vkey);
      const storedUnder = stored && state.standardById.get(stored.standardId);
      if (storedUnder && storedUnder.designationKey !== key) {
        at(
          [...vloc, 'designation'],
          `already stored under another standard, ${JSON.stringify(storedUnder.designation)}`,
        );
        continue;
      }
      // What a published version is never changes: only its registry metadata is corrected.
      if (stored && stored.designation !== version.designation) {
        at(
          [...vloc, 'designation'],
          `stored as ${JSON.stringify(stored.designation)}; the designation of a published version never changes`,
        );
      }
      const node: VersionNode = {
        key: vkey,
        designation: version.designation,
        type: version.type,
        standardKey: key,
        baseKey: version.base ? designationKey(version.base) : null,
        replaces: version.replaces.map(designationKey),
        published: version.published,
        effective: version.effective,
        at: vloc,
      };
      nodes.set(vkey, node);
      fileVersions.push({ loc: vloc, record: version, node });
      checkRecord(vloc, version, vkey, stored?.id);
    }
  }

  function checkRecord(loc: Loc, v: VersionRecord, key: string, storedId: number | undefined) {
    const start = takesEffect(v);
    for (const field of LIMITS) {
      const date = v[field];
      if (date && start && date < start.from)
        at([...loc, field], `${date} is before the version takes effect (${start.label})`);
    }
    const referenced = new Map<string, number>();
    (v.references ?? []).forEach((ref, k) => {
      const refKey = designationKey(ref.designation);
      const first = referenced.get(refKey);
      if (refKey === key) at([...loc, 'references', k, 'designation'], 'a version cannot reference itself');
      else if (first !== undefined)
        at([...loc, 'references', k, 'designation'], `listed twice (also references[${first}])`);
      else referenced.set(refKey, k);
    });
    if (v.adopts && designationKey(v.adopts.designation) === key) {
      at([...loc, 'adopts', 'designation'], 'a version cannot adopt itself');
    }
    if (v.clauses && v.clauses.length > 0) {
      checkClauseNumbers(loc, v.clauses, new Map());
      if (storedId !== undefined && state.versionsWithClauses.has(storedId)) {
        compareClauses(loc, v.clauses, state.storedClauses(storedId));
      }
    }
  }

  function checkClauseNumbers(loc: Loc, list: readonly ClauseRecord[], seen: Map<string, Loc>) {
    list.forEach((clause, k) => {
      const cloc = [...loc, 'clauses', k];
      const first = seen.get(clause.number);
      if (first) at([...cloc, 'number'], `duplicate clause number in this version (already at ${name(first)})`);
      else seen.set(clause.number, cloc);
      if (clause.clauses) checkClauseNumbers(cloc, clause.clauses, seen);
    });
  }

  /**
   * Stored clause text is immutable (docs/interchange.md): the file may repeat it, never change it. Reports the first
   * difference.
   */
  function compareClauses(loc: Loc, given: readonly ClauseRecord[], stored: readonly ClauseRecord[]): boolean {
    const immutable = 'stored clause text never changes; publish a CORRIGENDUM or AMENDMENT instead';
    if (given.length !== stored.length) {
      at([...loc, 'clauses'], `${given.length} clauses where the stored text has ${stored.length}; ${immutable}`);
      return false;
    }
    return given.every((g, k) => {
      const s = stored[k]!;
      const cloc = [...loc, 'clauses', k];
      const fields = [
        ['number', g.number, s.number],
        ['heading', g.heading, s.heading],
        ['text', g.text ?? null, s.text ?? null],
        ['informative', g.informative ?? false, s.informative ?? false],
      ] as const;
      const differing = fields.find(([, a, b]) => a !== b);
      if (differing) {
        at([...cloc, differing[0]], `differs from the stored clause ${JSON.stringify(s.number)}; ${immutable}`);
        return false;
      }
      return compareClauses(cloc, g.clauses ?? [], s.clauses ?? []);
    });
  }

  // ---- relations between versions, over file and database together ----
  const known = (key: string) => nodes.has(key) || namedInFile.versions.has(key);
  for (const { loc, record, node } of fileVersions) {
    const modification = isModificationType(node.type);
    if (modification && node.baseKey === null) {
      at([...loc, 'base'], `missing: ${a(node.type)} modifies a base version and must name it`);
    } else if (!modification && node.baseKey !== null) {
      at([...loc, 'base'], `${a(node.type)} is a base text and has no base`);
    } else if (node.baseKey !== null) {
      const base = nodes.get(node.baseKey);
      if (node.baseKey === node.key) at([...loc, 'base'], 'a version cannot be its own base');
      else if (!known(node.baseKey)) at([...loc, 'base'], `unknown version ${JSON.stringify(record.base)}`);
      else if (base && isModificationType(base.type)) {
        at(
          [...loc, 'base'],
          `${JSON.stringify(base.designation)} is itself a modification (${base.type}); a base must be an EDITION ` +
            `or SERIES`,
        );
      } else if (base && base.standardKey !== node.standardKey) {
        at([...loc, 'base'], `${JSON.stringify(base.designation)} is a version of another standard`);
      }
    }
    const listed = new Map<string, number>();
    node.replaces.forEach((target, k) => {
      const first = listed.get(target);
      if (target === node.key) at([...loc, 'replaces', k], 'a version cannot replace itself');
      else if (first !== undefined) at([...loc, 'replaces', k], `listed twice (also replaces[${first}])`);
      else if (!known(target)) at([...loc, 'replaces', k], 'unknown version');
      else if (modification && target === node.baseKey)
        at([...loc, 'replaces', k], `${a(node.type)} modifies its base and never replaces it`);
      listed.set(target, k);
    });
  }
  // A stored modification the file does not mention keeps its base: that base may not become one.
  // Nor may the base of an open draft (a modification being written): it could not be published.
  const baseConflicts = new Set<string>();
  for (const node of nodes.values()) {
    const base = node.at === null && node.baseKey !== null ? nodes.get(node.baseKey) : undefined;
    if (base?.at && isModificationType(base.type) && !baseConflicts.has(base.key)) {
      baseConflicts.add(base.key);
      at(
        [...base.at, 'type'],
        `the stored ${JSON.stringify(node.designation)} modifies this version, so it must stay an EDITION or SERIES`,
      );
    }
  }
  for (const node of nodes.values()) {
    const storedId = state.versions.get(node.key)?.id;
    const draft = storedId === undefined ? undefined : state.openDraftBases.get(storedId);
    if (node.at && draft !== undefined && isModificationType(node.type) && !baseConflicts.has(node.key)) {
      baseConflicts.add(node.key);
      at(
        [...node.at, 'type'],
        `the open draft of ${JSON.stringify(draft)} modifies this version, so it must stay an EDITION or SERIES`,
      );
    }
  }

  for (const node of nodes.values()) {
    const stored = node.at ? state.versions.get(node.key) : undefined;
    if (node.at && stored && stored.type !== node.type && !baseConflicts.has(node.key)) {
      at(
        [...node.at, 'type'],
        `stored as ${stored.type}; the type of a published version never changes (publish a CORRIGENDUM or ` +
          `AMENDMENT instead)`,
      );
    }
  }

  const replacedBy = (key: string) => (nodes.get(key)?.replaces ?? []).filter((t) => t !== key && nodes.has(t));
  reportCycles(
    findCycles(nodes.keys(), replacedBy),
    (key) => nodes.get(key)?.at,
    (key) => nodes.get(key)!.designation,
    (names) => ['replaces', `cycle of replacements: ${names.join(' replaces ')}`],
  );

  // A modification is newer than its base as a replacing version is newer than what it replaces:
  // a cycle through both kinds of link (a base replacing its own amendment) orders nothing.
  // Cycles of replacements alone were reported above.
  const newerThan = (key: string) => {
    const node = nodes.get(key)!;
    const base = node.baseKey !== null && nodes.has(node.baseKey) ? [node.baseKey] : [];
    return [...replacedBy(key), ...base];
  };
  const replacesNext = (key: string, next: string) => replacedBy(key).includes(next);
  reportCycles(
    findCycles(nodes.keys(), newerThan).filter((cycle) =>
      cycle.some((key, k) => !replacesNext(key, cycle[(k + 1) % cycle.length]!)),
    ),
    (key) => nodes.get(key)?.at,
    (key) => nodes.get(key)!.designation,
    (names, keys) => [
      replacesNext(keys[0]!, keys[1]!) ? 'replaces' : 'base',
      `cycle of replacements and modifications: ` +
        names
          .map((name, k) =>
            k === 0 ? name : `${replacesNext(keys[k - 1]!, keys[k]!) ? 'replaces' : 'modifies'} ${name}`,
          )
          .join(' '),
    ],
  );

  // Odd across records, so only a warning: the data may be right and the world untidy.
  for (const w of nodes.values()) {
    for (const target of replacedBy(w.key)) {
      const v = nodes.get(target)!;
      if (!w.at && !v.at) continue;
      const [wStart, vStart] = [takesEffect(w), takesEffect(v)];
      if (wStart && vStart && wStart.to < vStart.from) {
        const loc = w.at
          ? [...w.at, 'replaces', w.replaces.indexOf(target)]
          : [...v.at!, v.effective ? 'effective' : 'published'];
        warnings.push(
          `${name(loc)}: ${JSON.stringify(w.designation)} (${wStart.label}) takes effect before ` +
            `${JSON.stringify(v.designation)} (${vStart.label}), which it replaces`,
        );
      }
    }
  }

  if (issues.length > 0) return fail();
  return {
    file: {
      format: tag.data,
      committees: committeeRecords.map((c) => c.record),
      standards: standardRecords.map((s) => s.record),
    },
    issues,
    warnings,
  };
}

/** Validation against the current database, without writing: a dry run of an import. */
export function validateRegistry({ db, input }: { db: Queryable; input: unknown }): ValidationResult {
  return validateRegistryFile(input, loadRegistryState(db));
}
