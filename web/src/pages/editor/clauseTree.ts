// The editor's clause tree and its operations: pure functions that return a new tree and leave the
// old one as it was (the page keeps it in React state and in localStorage). A clause is found by its
// `key`, which stays with it through moves and renumbering, unlike its number.

export interface EditClause {
  key: string;
  number: string;
  heading: string;
  text: string;
  informative: boolean;
  children: EditClause[];
}

/** A clause as the API returns it (`RevisionClause`, any depth). */
export interface SavedClause {
  number: string;
  heading: string;
  text?: string | null;
  informative: boolean;
  children?: SavedClause[] | null;
}

/** A clause as `addDraftRevision` takes it (`ClauseInput`). */
export interface ClauseInput {
  number: string;
  heading: string;
  text: string | null;
  informative: boolean;
  clauses: ClauseInput[];
}

/** Where a clause sits: its parent's key (null at the top) and its index among its siblings. */
export interface Place {
  parentKey: string | null;
  index: number;
}

export function fromSaved(clauses: readonly SavedClause[], makeKey: () => string): EditClause[] {
  return clauses.map((clause) => ({
    key: makeKey(),
    number: clause.number,
    heading: clause.heading,
    text: clause.text ?? '',
    informative: clause.informative,
    children: fromSaved(clause.children ?? [], makeKey),
  }));
}

/** The tree as the mutation's input: an empty text is sent as null (a heading-only clause). */
export function toInput(tree: readonly EditClause[]): ClauseInput[] {
  return tree.map((clause) => ({
    number: clause.number.trim(),
    heading: clause.heading,
    text: clause.text.trim() === '' ? null : clause.text,
    informative: clause.informative,
    clauses: toInput(clause.children),
  }));
}

/** Every clause in printed order with its depth (0 at the top). */
export function flatten(tree: readonly EditClause[], depth = 0): { clause: EditClause; depth: number }[] {
  return tree.flatMap((clause) => [{ clause, depth }, ...flatten(clause.children, depth + 1)]);
}

export function placeOf(tree: readonly EditClause[], key: string, parentKey: string | null = null): Place | null {
  for (const [index, clause] of tree.entries()) {
    if (clause.key === key) return { parentKey, index };
    const inside = placeOf(clause.children, key, clause.key);
    if (inside) return inside;
  }
  return null;
}

export function findClause(tree: readonly EditClause[], key: string): EditClause | null {
  return flatten(tree).find((entry) => entry.clause.key === key)?.clause ?? null;
}

/** The list that holds `parentKey`'s children replaced by `edit(list)`; the top list for null. */
function editList(
  tree: EditClause[],
  parentKey: string | null,
  edit: (list: EditClause[]) => EditClause[],
): EditClause[] {
  if (parentKey === null) return edit(tree);
  return tree.map((clause) =>
    clause.key === parentKey
      ? { ...clause, children: edit(clause.children) }
      : { ...clause, children: editList(clause.children, parentKey, edit) },
  );
}

const insertAt = <T>(list: readonly T[], index: number, item: T): T[] => [
  ...list.slice(0, index),
  item,
  ...list.slice(index),
];

export function updateClause(
  tree: EditClause[],
  key: string,
  patch: Partial<Pick<EditClause, 'number' | 'heading' | 'text' | 'informative'>>,
): EditClause[] {
  return tree.map((clause) =>
    clause.key === key ? { ...clause, ...patch } : { ...clause, children: updateClause(clause.children, key, patch) },
  );
}

/** Puts `clause` at `place`; a place past the end of its list appends. */
export function insertClause(tree: EditClause[], place: Place, clause: EditClause): EditClause[] {
  return editList(tree, place.parentKey, (list) => insertAt(list, place.index, clause));
}

export function addAfter(tree: EditClause[], key: string, clause: EditClause): EditClause[] {
  const place = placeOf(tree, key);
  if (!place) return tree;
  return insertClause(tree, { parentKey: place.parentKey, index: place.index + 1 }, clause);
}

/** Adds `clause` as the last sub-clause of `key`. */
export function addChild(tree: EditClause[], key: string, clause: EditClause): EditClause[] {
  const parent = findClause(tree, key);
  if (!parent || !canAddChild(tree, key)) return tree;
  return insertClause(tree, { parentKey: key, index: parent.children.length }, clause);
}

/** Removes a clause with its sub-clauses; `insertClause(tree, place, clause)` puts it back. */
export function removeClause(
  tree: EditClause[],
  key: string,
): { tree: EditClause[]; removed: { clause: EditClause; place: Place } | null } {
  const place = placeOf(tree, key);
  const clause = findClause(tree, key);
  if (!place || !clause) return { tree, removed: null };
  const next = editList(tree, place.parentKey, (list) => list.filter((item) => item.key !== key));
  return { tree: next, removed: { clause, place } };
}

export type Move = 'up' | 'down' | 'indent' | 'outdent';

/** The levels a revision may nest (the registry refuses deeper trees); top-level clauses are level 1. */
export const MAX_LEVELS = 12;

/** How many levels a clause and its sub-clauses span (1 without sub-clauses). */
export const heightOf = (clause: EditClause): number => 1 + Math.max(0, ...clause.children.map(heightOf));

const levelOf = (tree: readonly EditClause[], key: string): number =>
  (flatten(tree).find(({ clause }) => clause.key === key)?.depth ?? 0) + 1;

/** Whether a clause at `level` may indent: its deepest sub-clause one level down stays within the limit. */
export const fitsIndented = (clause: EditClause, level: number) => level + heightOf(clause) <= MAX_LEVELS;

/** Whether a clause may take a sub-clause: it is above the deepest level. */
export function canAddChild(tree: readonly EditClause[], key: string): boolean {
  return levelOf(tree, key) < MAX_LEVELS;
}

/** Whether a move can be made: not up from the first place, not indented without a clause before it, … */
export function canMove(tree: readonly EditClause[], key: string, move: Move): boolean {
  const place = placeOf(tree, key);
  if (!place) return false;
  const siblings = place.parentKey === null ? tree : (findClause(tree, place.parentKey)?.children ?? []);
  if (move === 'indent') return place.index > 0 && fitsIndented(findClause(tree, key)!, levelOf(tree, key));
  if (move === 'up') return place.index > 0;
  if (move === 'down') return place.index < siblings.length - 1;
  return place.parentKey !== null;
}

/**
 * Up and down swap a clause with its neighbour; indent makes it the last sub-clause of the clause
 * before it; outdent makes it the sibling right after its parent. Sub-clauses always move along.
 */
export function moveClause(tree: EditClause[], key: string, move: Move): EditClause[] {
  if (!canMove(tree, key, move)) return tree;
  const place = placeOf(tree, key)!;
  const { tree: without, removed } = removeClause(tree, key);
  const clause = removed!.clause;
  if (move === 'up') return insertClause(without, { ...place, index: place.index - 1 }, clause);
  if (move === 'down') return insertClause(without, { ...place, index: place.index + 1 }, clause);
  if (move === 'indent') {
    const siblings = place.parentKey === null ? without : findClause(without, place.parentKey)!.children;
    const before = siblings[place.index - 1]!;
    return insertClause(without, { parentKey: before.key, index: before.children.length }, clause);
  }
  const parentPlace = placeOf(without, place.parentKey!)!;
  return insertClause(without, { parentKey: parentPlace.parentKey, index: parentPlace.index + 1 }, clause);
}
