import { z } from 'zod';
import { designationKey } from '../designation.ts';
import { clauseTreeProblems, MAX_DEPTH } from '../drafts/clauseTree.ts';
import {
  committeeRecordSchema,
  formatTagSchema,
  standardRecordSchema,
  type CommitteeRecord,
  type RegistryFile,
  type StandardRecord,
} from './format.ts';
import { findCycles, genericMessages, isObject, IssueLog, type InterchangeIssue, type Loc } from './issues.ts';
import type { RegistryState } from './state.ts';
import { checkVersionGraph, checkVersions } from './validate-versions.ts';

export { formatIssue, type InterchangeIssue } from './issues.ts';
export { loadRegistryState, type RegistryState } from './state.ts';

// Validation of a whole interchange file against itself and the stored registry, before anything is
// written: a sequence of phases over one issue log, each reporting every problem it finds (not
// just the first), each naming its record and field.

export interface ValidationResult {
  /** The parsed file, only when there is no issue. */
  file: RegistryFile | null;
  issues: InterchangeIssue[];
  warnings: string[];
}

/** The records that parsed, with where they are; and every name the file defines, parsed or not. */
export interface ParsedRecords {
  format: RegistryFile['format'];
  committees: { index: number; record: CommitteeRecord }[];
  standards: { index: number; record: StandardRecord }[];
  /** Keys of the committees and versions the file names: one bad record does not cascade into "unknown" errors. */
  named: { committees: Set<string>; versions: Set<string> };
}

const envelopeSchema = z.strictObject({
  format: z.unknown(),
  committees: z.array(z.unknown()),
  standards: z.array(z.unknown()),
});

export function validateRegistryFile(input: unknown, state: RegistryState): ValidationResult {
  const log = new IssueLog(input);
  const parsed = parseRecords(input, log);
  if (parsed !== null) {
    const committeeParents = checkCommittees(parsed, state, log);
    const graph = checkVersions(parsed, state, committeeParents, log);
    checkVersionGraph(graph, state, log);
  }
  const file: RegistryFile | null =
    parsed === null || log.issues.length > 0
      ? null
      : {
          format: parsed.format,
          committees: parsed.committees.map((c) => c.record),
          standards: parsed.standards.map((s) => s.record),
        };
  return { file, issues: log.issues, warnings: log.warnings };
}

/** Phase 1: the envelope and each record on its own. Records that fail are reported and left out. */
function parseRecords(input: unknown, log: IssueLog): ParsedRecords | null {
  if (!isObject(input)) {
    log.at([], 'expected a JSON object');
    return null;
  }
  const tag = formatTagSchema.safeParse(input.format);
  if (!tag.success) {
    log.at(['format'], tag.error.issues[0]?.message ?? 'unsupported format');
    return null;
  }
  const envelope = envelopeSchema.safeParse(input, { error: genericMessages });
  if (!envelope.success) log.zod([], envelope.error);
  const parsed: ParsedRecords = {
    format: tag.data,
    committees: [],
    standards: [],
    named: { committees: new Set(), versions: new Set() },
  };
  (Array.isArray(input.committees) ? input.committees : []).forEach((raw, index) => {
    if (isObject(raw) && typeof raw.code === 'string') parsed.named.committees.add(designationKey(raw.code));
    const result = committeeRecordSchema.safeParse(raw, { error: genericMessages });
    if (result.success) parsed.committees.push({ index, record: result.data });
    else log.zod(['committees', index], result.error);
  });
  for (const [index, raw] of (Array.isArray(input.standards) ? input.standards : []).entries()) {
    const versions = isObject(raw) && Array.isArray(raw.versions) ? raw.versions : [];
    for (const v of versions) {
      if (isObject(v) && typeof v.designation === 'string') parsed.named.versions.add(designationKey(v.designation));
    }
    // Before the (recursive) schema, which would overflow the stack on a tree thousands deep.
    const tooDeep = versions
      .flatMap((v, k) => clauseTreeProblems(isObject(v) ? v.clauses : undefined).map((p) => ({ p, k })))
      .find(({ p }) => p.kind === 'tooDeep');
    if (tooDeep) {
      const loc: Loc = ['standards', index, 'versions', tooDeep.k, 'clauses', ...tooDeep.p.at];
      log.at(loc, `clauses nest at most ${MAX_DEPTH} levels deep (as in drafts)`);
      continue;
    }
    const result = standardRecordSchema.safeParse(raw, { error: genericMessages });
    if (result.success) parsed.standards.push({ index, record: result.data });
    else log.zod(['standards', index], result.error);
  }
  return parsed;
}

/**
 * Phase 2: committees have unique codes, known parents and no cycle of parents. Returns every
 * committee's parent (stored, overridden by the file), by key.
 */
function checkCommittees(parsed: ParsedRecords, state: RegistryState, log: IssueLog): Map<string, string | null> {
  const parentOf = new Map<string, string | null>();
  for (const [key, c] of state.committees) {
    parentOf.set(key, c.parentId === null ? null : designationKey(state.committeeById.get(c.parentId)?.code ?? ''));
  }
  const committeeAt = new Map<string, Loc>();
  for (const { index, record } of parsed.committees) {
    const loc = ['committees', index];
    const key = designationKey(record.code);
    const first = committeeAt.get(key);
    if (first) {
      log.at([...loc, 'code'], `duplicate committee code (already at ${log.name(first)})`);
      continue;
    }
    committeeAt.set(key, loc);
    const parentKey = record.parent === null ? null : designationKey(record.parent);
    parentOf.set(key, parentKey);
    if (parentKey !== null && !parentOf.has(parentKey) && !parsed.named.committees.has(parentKey)) {
      log.at([...loc, 'parent'], `unknown committee ${JSON.stringify(record.parent)}`);
    }
  }
  const codeOf = (key: string) =>
    parsed.committees.find((c) => designationKey(c.record.code) === key)?.record.code ??
    state.committees.get(key)?.code ??
    key;
  log.cycles(
    findCycles(committeeAt.keys(), (key) => {
      const parent = parentOf.get(key);
      return parent != null && parentOf.has(parent) ? [parent] : [];
    }),
    (key) => committeeAt.get(key),
    (key) => codeOf(key),
    (names) => ['parent', `cycle of committee parents: ${names.join(' → ')}`],
  );
  return parentOf;
}
