import type { EditClause } from './clauseTree.ts';

// Unsaved edits of a draft's text, kept in localStorage so a reload or a closed tab loses nothing:
// the tree, the note, the revision the text was written from, and when they were last changed.
// Kept per person (a lab PC is shared) and all forgotten when someone signs out on this browser.

export interface StoredEdits {
  basedOn: number;
  clauses: EditClause[];
  note: string;
  changedAt: string;
}

const PREFIX = 'vsr.editor.';
export const storageKey = (personId: string, draftId: string) => `${PREFIX}${personId}.${draftId}`;

const isClause = (value: unknown): value is EditClause => {
  if (typeof value !== 'object' || value === null) return false;
  const c = value as Record<string, unknown>;
  return (
    typeof c.key === 'string' &&
    typeof c.number === 'string' &&
    typeof c.heading === 'string' &&
    typeof c.text === 'string' &&
    typeof c.informative === 'boolean' &&
    Array.isArray(c.children) &&
    c.children.every(isClause)
  );
};

/** The stored edits read back, or null when there are none or what is stored is not edits. */
export function parseStored(raw: string | null): StoredEdits | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Record<string, unknown>;
    if (
      typeof value.basedOn !== 'number' ||
      typeof value.note !== 'string' ||
      typeof value.changedAt !== 'string' ||
      !Array.isArray(value.clauses) ||
      !value.clauses.every(isClause)
    )
      return null;
    return value as unknown as StoredEdits;
  } catch {
    return null;
  }
}

/** Storage may be refused (private mode, quota): the editor then still works, without the safety net. */
export function readEdits(personId: string, draftId: string): StoredEdits | null {
  try {
    return parseStored(window.localStorage.getItem(storageKey(personId, draftId)));
  } catch {
    return null;
  }
}

export function writeEdits(personId: string, draftId: string, edits: StoredEdits): boolean {
  try {
    window.localStorage.setItem(storageKey(personId, draftId), JSON.stringify(edits));
    return true;
  } catch {
    return false;
  }
}

export function clearEdits(personId: string, draftId: string): void {
  try {
    window.localStorage.removeItem(storageKey(personId, draftId));
  } catch {
    // Nothing stored can be read back either.
  }
}

/** Every person's unsaved edits on this browser gone: on signing out, nothing unpublished stays behind. */
export function clearAllEdits(): void {
  try {
    const keys = Object.keys(window.localStorage).filter((key) => key.startsWith(PREFIX));
    for (const key of keys) window.localStorage.removeItem(key);
  } catch {
    // Nothing stored can be read back either.
  }
}
