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

/**
 * Flattens a tree in document order (a parent always before its sub-clauses), refusing duplicate
 * numbers and trees too large or too deep, with INVALID_INPUT naming the clause.
 */
export function flattenClauses(tree: readonly ClauseNode[], field = 'clauses'): FlatClause[] {
  const flat: FlatClause[] = [];
  const seen = new Map<string, string>();
  const walk = (list: readonly ClauseNode[], parentIndex: number | null, path: string, depth: number) => {
    // An empty list below a clause at the deepest level is no deeper clause.
    if (list.length > 0 && depth > MAX_DEPTH)
      throw new DomainError('INVALID_INPUT', `${path}: clauses nest at most ${MAX_DEPTH} levels deep`, { field: path });
    list.forEach((clause, position) => {
      const at = `${path}.${position}`;
      const first = seen.get(clause.number);
      if (first !== undefined) {
        throw new DomainError('INVALID_INPUT', `${at}.number: clause ${clause.number} appears twice (also ${first})`, {
          field: `${at}.number`,
        });
      }
      seen.set(clause.number, at);
      if (flat.length >= MAX_CLAUSES)
        throw new DomainError('INVALID_INPUT', `${field}: at most ${MAX_CLAUSES} clauses`, { field });
      flat.push({
        number: clause.number,
        heading: clause.heading,
        text: clause.text ?? null,
        informative: clause.informative ?? false,
        parentIndex,
        position,
      });
      walk(clause.clauses ?? [], flat.length - 1, `${at}.clauses`, depth + 1);
    });
  };
  walk(tree, null, field, 1);
  return flat;
}
