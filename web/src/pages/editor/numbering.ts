import { type EditClause, findClause, flatten } from './clauseTree.ts';

// Clause numbers: what "Renumber" writes, and the number a new clause is offered.

/** A top-level clause numbered by capital letters (`A`, `B`, … `AA`) is an annex. */
const ANNEX = /^[A-Z]{1,2}$/u;
const DIGITS = /^\d+$/u;

export const isAnnexNumber = (number: string): boolean => ANNEX.test(number.trim());

/** `A`, `B`, … `Z`, `AA`, `AB`, …: the annex letter at 0-based `index`. */
export function annexLetter(index: number): string {
  const letter = (n: number) => String.fromCharCode(65 + n);
  return index < 26 ? letter(index) : letter(Math.floor(index / 26) - 1) + letter(index % 26);
}

/**
 * Numbers the whole tree in printed order: top-level clauses 1, 2, 3 … (from the lowest top-level
 * number, e.g. 0 for an introduction or 5 for an excerpt, whichever clause was moved first), sub-clauses
 * 1.1, 1.2, 1.2.1 …; annexes
 * (top-level clauses numbered by a letter) are lettered A, B, … in their order, sub-clauses A.1, A.1.1.
 */
export function renumber(tree: readonly EditClause[]): EditClause[] {
  const numbers = tree.map((clause) => clause.number.trim()).filter((number) => DIGITS.test(number));
  let next = numbers.length > 0 ? Math.min(...numbers.map(Number)) : 1;
  let annexes = 0;
  const below = (children: readonly EditClause[], prefix: string): EditClause[] =>
    children.map((child, index) => {
      const number = `${prefix}.${index + 1}`;
      return { ...child, number, children: below(child.children, number) };
    });
  return tree.map((clause) => {
    const number = ANNEX.test(clause.number.trim()) ? annexLetter(annexes++) : String(next++);
    return { ...clause, number, children: below(clause.children, number) };
  });
}

/** The number after `number`: its last part counted on (`5.2` → `5.3`, `A` → `B`), else `number` with `.1`. */
function following(number: string): string {
  const parts = number.split('.');
  const last = parts[parts.length - 1] ?? '';
  if (DIGITS.test(last)) return [...parts.slice(0, -1), String(Number(last) + 1)].join('.');
  if (parts.length === 1 && ANNEX.test(last)) {
    const index =
      last.length === 1 ? last.charCodeAt(0) - 65 : (last.charCodeAt(0) - 64) * 26 + last.charCodeAt(1) - 65;
    return annexLetter(index + 1);
  }
  return `${number}.1`;
}

/** Counts `number` on until no clause of the tree has it. */
function unused(tree: readonly EditClause[], number: string): string {
  const taken = new Set(flatten(tree).map((entry) => entry.clause.number.trim()));
  let candidate = number;
  for (let guard = 0; taken.has(candidate) && guard < 10_000; guard += 1) candidate = following(candidate);
  return candidate;
}

/** The number offered to a clause added after `key` (its sibling) or inside it (its last sub-clause). */
export function suggestNumber(tree: readonly EditClause[], key: string | null, where: 'after' | 'child'): string {
  if (key === null) return unused(tree, '1');
  const clause = findClause(tree, key);
  if (!clause) return unused(tree, '1');
  const number = clause.number.trim();
  if (where === 'after') return unused(tree, following(number));
  return unused(tree, `${number}.${clause.children.length + 1}`);
}
