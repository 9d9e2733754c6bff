import { partialDateRange } from '../dates.ts';
import { designationKey } from '../designation.ts';
import { clauseTreeProblems } from '../drafts/clauseTree.ts';
import { isModificationType, type VersionType } from '../enums.ts';
import type { ClauseRecord, VersionRecord } from './format.ts';
import { findCycles, type IssueLog, type Loc } from './issues.ts';
import type { RegistryState } from './state.ts';
import type { ParsedRecords } from './validate.ts';

// The phases of validate.ts over standards and versions: each record on its own (checkVersions),
// then the relations between versions of the file and the database together (checkVersionGraph).

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

export interface VersionGraph {
  nodes: Map<string, VersionNode>;
  fileVersions: { loc: Loc; record: VersionRecord; node: VersionNode }[];
  named: ParsedRecords['named'];
}

const a = (type: VersionType) => `${/^[AEIOU]/.test(type) ? 'an' : 'a'} ${type}`;

const LIMITS = ['mandatoryNewTypes', 'mandatoryExistingTypes', 'withdrawn'] as const;

function takesEffect(v: { published: string | null; effective: string | null }) {
  if (v.effective) return { from: v.effective, to: v.effective, label: `effective ${v.effective}` };
  if (v.published) return { ...partialDateRange(v.published), label: `published ${v.published}` };
  return null;
}

function storedNodes(state: RegistryState): Map<string, VersionNode> {
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
  return nodes;
}

/** Phase 3: standards and their versions, record by record; builds the graph the next phase checks. */
export function checkVersions(
  parsed: ParsedRecords,
  state: RegistryState,
  committeeParents: ReadonlyMap<string, string | null>,
  log: IssueLog,
): VersionGraph {
  const nodes = storedNodes(state);
  const standardAt = new Map<string, Loc>();
  const versionAt = new Map<string, Loc>();
  const fileVersions: VersionGraph['fileVersions'] = [];
  for (const { index, record } of parsed.standards) {
    const loc = ['standards', index];
    const key = designationKey(record.designation);
    const first = standardAt.get(key);
    if (first) {
      log.at([...loc, 'designation'], `duplicate standard designation (already at ${log.name(first)})`);
      continue;
    }
    standardAt.set(key, loc);
    const committeeKey = record.committee === null ? null : designationKey(record.committee);
    if (committeeKey !== null && !committeeParents.has(committeeKey) && !parsed.named.committees.has(committeeKey)) {
      log.at([...loc, 'committee'], `unknown committee ${JSON.stringify(record.committee)}`);
    }
    for (const [j, version] of record.versions.entries()) {
      const vloc = [...loc, 'versions', j];
      const vkey = designationKey(version.designation);
      const firstVersion = versionAt.get(vkey);
      if (firstVersion) {
        log.at([...vloc, 'designation'], `duplicate version designation (already at ${log.name(firstVersion)})`);
        continue;
      }
      versionAt.set(vkey, vloc);
      const stored = state.versions.get(vkey);
      const storedUnder = stored && state.standardById.get(stored.standardId);
      if (storedUnder && storedUnder.designationKey !== key) {
        log.at(
          [...vloc, 'designation'],
          `already stored under another standard, ${JSON.stringify(storedUnder.designation)}`,
        );
        continue;
      }
      // What a published version is never changes: only its registry metadata is corrected.
      if (stored && stored.designation !== version.designation) {
        log.at(
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
      checkRecord(log, state, vloc, version, vkey, stored?.id);
    }
  }
  return { nodes, fileVersions, named: parsed.named };
}

function checkRecord(
  log: IssueLog,
  state: RegistryState,
  loc: Loc,
  v: VersionRecord,
  key: string,
  storedId: number | undefined,
) {
  const start = takesEffect(v);
  for (const field of LIMITS) {
    const date = v[field];
    if (date && start && date < start.from)
      log.at([...loc, field], `${date} is before the version takes effect (${start.label})`);
  }
  const referenced = new Map<string, number>();
  (v.references ?? []).forEach((ref, k) => {
    const refKey = designationKey(ref.designation);
    const first = referenced.get(refKey);
    if (refKey === key) log.at([...loc, 'references', k, 'designation'], 'a version cannot reference itself');
    else if (first !== undefined)
      log.at([...loc, 'references', k, 'designation'], `listed twice (also references[${first}])`);
    else referenced.set(refKey, k);
  });
  if (v.adopts && designationKey(v.adopts.designation) === key) {
    log.at([...loc, 'adopts', 'designation'], 'a version cannot adopt itself');
  }
  if (v.clauses && v.clauses.length > 0) {
    for (const problem of clauseTreeProblems(v.clauses)) {
      if (problem.kind !== 'duplicate') continue;
      const first = log.name([...loc, 'clauses', ...problem.first]);
      log.at(
        [...loc, 'clauses', ...problem.at, 'number'],
        `duplicate clause number in this version (already at ${first})`,
      );
    }
    if (storedId !== undefined && state.versionsWithClauses.has(storedId)) {
      compareClauses(log, loc, v.clauses, state.storedClauses(storedId));
    }
  }
}

/**
 * Stored clause text is immutable (docs/interchange.md): the file may repeat it, never change it.
 * Reports the first difference.
 */
function compareClauses(log: IssueLog, loc: Loc, given: readonly ClauseRecord[], stored: readonly ClauseRecord[]) {
  const immutable = 'stored clause text never changes; publish a CORRIGENDUM or AMENDMENT instead';
  if (given.length !== stored.length) {
    log.at([...loc, 'clauses'], `${given.length} clauses where the stored text has ${stored.length}; ${immutable}`);
    return false;
  }
  return given.every((g, k): boolean => {
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
      log.at([...cloc, differing[0]], `differs from the stored clause ${JSON.stringify(s.number)}; ${immutable}`);
      return false;
    }
    return compareClauses(log, cloc, g.clauses ?? [], s.clauses ?? []);
  });
}

/** Phase 4: relations between versions, over file and database together; then cycles and warnings. */
export function checkVersionGraph(graph: VersionGraph, state: RegistryState, log: IssueLog): void {
  checkBasesAndReplacements(graph, log);
  checkTypes(graph, state, log);
  checkCycles(graph, log);
  warnReplacementOrder(graph, log);
}

function checkBasesAndReplacements({ nodes, fileVersions, named }: VersionGraph, log: IssueLog): void {
  const known = (key: string) => nodes.has(key) || named.versions.has(key);
  for (const { loc, record, node } of fileVersions) {
    const modification = isModificationType(node.type);
    if (modification && node.baseKey === null) {
      log.at([...loc, 'base'], `missing: ${a(node.type)} modifies a base version and must name it`);
    } else if (!modification && node.baseKey !== null) {
      log.at([...loc, 'base'], `${a(node.type)} is a base text and has no base`);
    } else if (node.baseKey !== null) {
      const base = nodes.get(node.baseKey);
      if (node.baseKey === node.key) log.at([...loc, 'base'], 'a version cannot be its own base');
      else if (!known(node.baseKey)) log.at([...loc, 'base'], `unknown version ${JSON.stringify(record.base)}`);
      else if (base && isModificationType(base.type)) {
        log.at(
          [...loc, 'base'],
          `${JSON.stringify(base.designation)} is itself a modification (${base.type}); a base must be an EDITION ` +
            `or SERIES`,
        );
      } else if (base && base.standardKey !== node.standardKey) {
        log.at([...loc, 'base'], `${JSON.stringify(base.designation)} is a version of another standard`);
      }
    }
    const listed = new Map<string, number>();
    node.replaces.forEach((target, k) => {
      const first = listed.get(target);
      if (target === node.key) log.at([...loc, 'replaces', k], 'a version cannot replace itself');
      else if (first !== undefined) log.at([...loc, 'replaces', k], `listed twice (also replaces[${first}])`);
      else if (!known(target)) log.at([...loc, 'replaces', k], 'unknown version');
      else if (modification && target === node.baseKey)
        log.at([...loc, 'replaces', k], `${a(node.type)} modifies its base and never replaces it`);
      listed.set(target, k);
    });
  }
}

/** A version's type: one issue per version at most, the base conflicts first. */
function checkTypes({ nodes }: VersionGraph, state: RegistryState, log: IssueLog): void {
  // A stored modification the file does not mention keeps its base: that base may not become one.
  // Nor may the base of an open draft (a modification being written): it could not be published.
  const baseConflicts = new Set<string>();
  for (const node of nodes.values()) {
    const base = node.at === null && node.baseKey !== null ? nodes.get(node.baseKey) : undefined;
    if (base?.at && isModificationType(base.type) && !baseConflicts.has(base.key)) {
      baseConflicts.add(base.key);
      log.at(
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
      log.at(
        [...node.at, 'type'],
        `the open draft of ${JSON.stringify(draft)} modifies this version, so it must stay an EDITION or SERIES`,
      );
    }
  }
  for (const node of nodes.values()) {
    const stored = node.at ? state.versions.get(node.key) : undefined;
    if (node.at && stored && stored.type !== node.type && !baseConflicts.has(node.key)) {
      log.at(
        [...node.at, 'type'],
        `stored as ${stored.type}; the type of a published version never changes (publish a CORRIGENDUM or ` +
          `AMENDMENT instead)`,
      );
    }
  }
}

const replacedBy = (nodes: VersionGraph['nodes'], key: string) =>
  (nodes.get(key)?.replaces ?? []).filter((t) => t !== key && nodes.has(t));

function checkCycles({ nodes }: VersionGraph, log: IssueLog): void {
  log.cycles(
    findCycles(nodes.keys(), (key) => replacedBy(nodes, key)),
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
    return [...replacedBy(nodes, key), ...base];
  };
  const replacesNext = (key: string, next: string) => replacedBy(nodes, key).includes(next);
  log.cycles(
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
}

/** Odd across records, so only a warning: the data may be right and the world untidy. */
function warnReplacementOrder({ nodes }: VersionGraph, log: IssueLog): void {
  for (const w of nodes.values()) {
    for (const target of replacedBy(nodes, w.key)) {
      const v = nodes.get(target)!;
      if (!w.at && !v.at) continue;
      const [wStart, vStart] = [takesEffect(w), takesEffect(v)];
      if (wStart && vStart && wStart.to < vStart.from) {
        const loc = w.at
          ? [...w.at, 'replaces', w.replaces.indexOf(target)]
          : [...v.at!, v.effective ? 'effective' : 'published'];
        log.warn(
          loc,
          `${JSON.stringify(w.designation)} (${wStart.label}) takes effect before ` +
            `${JSON.stringify(v.designation)} (${vStart.label}), which it replaces`,
        );
      }
    }
  }
}
