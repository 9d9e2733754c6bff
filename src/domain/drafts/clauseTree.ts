import { z } from 'zod';
import { DomainError } from '../errors.ts';
import { optionalText, text } from '../verb.ts';

/** A clause as a client sends it: number, heading, optional body text, and its sub-clauses. */
export interface ClauseNode {
  number: string;
  heading: string;
  text?: string | null | undefined;
  informative?: boolean | null | undefined;
  clauses?: ClauseNode[] | null | undefined;
}

export const MAX_CLAUSES = 5000;
export const MAX_DEPTH = 12;

export const clauseNode: z.ZodType<ClauseNode> = z.object({
  number: text(40),
  heading: text(500),
  text: optionalText(200_000).nullish(),
  informative: z.boolean().nullish(),
  get clauses() {
    return z.array(clauseNode).max(MAX_CLAUSES).nullish();
  },
});

/** A clause in document order, with the index of its parent in the same list (null at the top). */
export interface FlatClause {
  number: string;
  heading: string;
  text: string | null;
  informative: boolean;
  parentIndex: number | null;
  position: number;
}

/** Where a problem is, from the top list: clause indices and `clauses` keys, e.g. `[0, 'clauses', 2]`. */
export type ClauseLoc = readonly (string | number)[];

export type ClauseProblem =
  /** `at` is the first clause of a list nested deeper than MAX_DEPTH. */
  | { kind: 'tooDeep'; at: ClauseLoc }
  | { kind: 'duplicate'; at: ClauseLoc; number: string; first: ClauseLoc }
  | { kind: 'tooMany'; at: ClauseLoc };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The one validation of a clause tree, for drafts and imports alike: lists nested deeper than
 * MAX_DEPTH, numbers repeated within the tree, more than `maxClauses` clauses; in document order.
 * It reads any value (an import checks nesting before parsing) and walks without recursion, never
 * below MAX_DEPTH, so a tree thousands deep costs nothing.
 */
export function clauseTreeProblems(tree: unknown, options: { maxClauses?: number } = {}): ClauseProblem[] {
  const problems: ClauseProblem[] = [];
  const seen = new Map<string, ClauseLoc>();
  let count = 0;
  type Level = { list: readonly unknown[]; next: number; loc: ClauseLoc; depth: number };
  const enter = (list: unknown, loc: ClauseLoc, depth: number): Level | null => {
    if (!Array.isArray(list) || list.length === 0) return null;
    if (depth > MAX_DEPTH) {
      problems.push({ kind: 'tooDeep', at: [...loc, 0] });
      return null;
    }
    return { list, next: 0, loc, depth };
  };
  const stack: Level[] = [];
  const top = enter(tree, [], 1);
  if (top) stack.push(top);
  while (stack.length > 0) {
    const level = stack[stack.length - 1]!;
    if (level.next >= level.list.length) {
      stack.pop();
      continue;
    }
    const k = level.next++;
    const clause = level.list[k];
    const at = [...level.loc, k];
    if (!isRecord(clause)) continue;
    if (typeof clause.number === 'string') {
      const first = seen.get(clause.number);
      if (first) problems.push({ kind: 'duplicate', at, number: clause.number, first });
      else seen.set(clause.number, at);
    }
    count += 1;
    if (options.maxClauses !== undefined && count === options.maxClauses + 1) problems.push({ kind: 'tooMany', at });
    const below = enter(clause.clauses, [...at, 'clauses'], level.depth + 1);
    if (below) stack.push(below);
  }
  return problems;
}

/** A tree in document order (a parent always before its sub-clauses); check it first (`clauseTreeProblems`). */
export function flattenTree(tree: readonly ClauseNode[]): FlatClause[] {
  const flat: FlatClause[] = [];
  const walk = (list: readonly ClauseNode[], parentIndex: number | null) => {
    list.forEach((clause, position) => {
      flat.push({
        number: clause.number,
        heading: clause.heading,
        text: clause.text ?? null,
        informative: clause.informative ?? false,
        parentIndex,
        position,
      });
      walk(clause.clauses ?? [], flat.length - 1);
    });
  };
  walk(tree, null);
  return flat;
}

/**
 * Flattens a draft's tree, refusing duplicate numbers and trees too large or too deep with
 * INVALID_INPUT naming the first offending clause (`clauses.0.clauses.1.number`).
 */
export function flattenClauses(tree: readonly ClauseNode[], field = 'clauses'): FlatClause[] {
  const problem = clauseTreeProblems(tree, { maxClauses: MAX_CLAUSES })[0];
  const path = (loc: ClauseLoc) => [field, ...loc].join('.');
  if (problem?.kind === 'tooDeep') {
    const list = path(problem.at.slice(0, -1));
    throw new DomainError('INVALID_INPUT', `${list}: clauses nest at most ${MAX_DEPTH} levels deep`, { field: list });
  }
  if (problem?.kind === 'duplicate') {
    const at = `${path(problem.at)}.number`;
    throw new DomainError(
      'INVALID_INPUT',
      `${at}: clause ${problem.number} appears twice (also ${path(problem.first)})`,
      {
        field: at,
      },
    );
  }
  if (problem?.kind === 'tooMany')
    throw new DomainError('INVALID_INPUT', `${field}: at most ${MAX_CLAUSES} clauses`, { field });
  return flattenTree(tree);
}

/** The columns of a clause row its tree decides (stored clauses and a revision's alike). */
export interface ClauseColumns {
  parentId: number | null;
  position: number;
  number: string;
  heading: string;
  text: string | null;
  informative: boolean;
}

/**
 * The one way clause trees are written: in document order, each row given its parent's new id;
 * `insert` writes one row and returns its id. Returns the new ids in order.
 */
export function insertClauseTree(flat: readonly FlatClause[], insert: (row: ClauseColumns) => number): number[] {
  const ids: number[] = [];
  for (const c of flat) {
    ids.push(
      insert({
        parentId: c.parentIndex === null ? null : ids[c.parentIndex]!,
        position: c.position,
        number: c.number,
        heading: c.heading,
        text: c.text,
        informative: c.informative,
      }),
    );
  }
  return ids;
}
