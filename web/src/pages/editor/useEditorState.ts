import { useCallback, useEffect, useRef, useState } from 'react';
import {
  addAfter,
  addChild,
  type EditClause,
  fromSaved,
  insertClause,
  moveClause,
  type Place,
  removeClause,
  type SavedClause,
  updateClause,
} from './clauseTree.ts';
import type { ClauseAction, ClausePatch } from './ClauseFields.tsx';
import { renumber, suggestNumber } from './numbering.ts';
import { clearEdits, readEdits, writeEdits } from './storedEdits.ts';

// Keys only tell clauses apart within one tree: a page-load stamp and a counter (randomUUID needs HTTPS).
const loaded = Date.now().toString(36);
let made = 0;
export const newKey = () => `c${loaded}-${(made++).toString(36)}`;

/** Where focus goes after the next render: a clause's control (`data-focus`), or an element by id. */
export type FocusTarget = { key: string; control: string } | { id: string };

export interface Saved {
  number: number;
  clauses: SavedClause[];
}

/**
 * The text being edited and its safety net: every change by the person is written to localStorage
 * at once (with the revision it was written from); restored on the next load, cleared on discard.
 */
export function useEditorState(personId: string, draftId: string, saved: Saved, newHeading: string) {
  const [initial] = useState(() => readEdits(personId, draftId));
  const [tree, setTree] = useState<EditClause[]>(() => initial?.clauses ?? fromSaved(saved.clauses, newKey));
  const [note, setNote] = useState(initial?.note ?? '');
  const [basedOn, setBasedOn] = useState(initial?.basedOn ?? saved.number);
  const [restoredAt, setRestoredAt] = useState<string | null>(initial?.changedAt ?? null);
  const [dirty, setDirty] = useState(initial !== null);
  const [stored, setStored] = useState(true);
  const [removed, setRemoved] = useState<{ clause: EditClause; place: Place } | null>(null);
  const focus = useRef<FocusTarget | null>(null);

  useEffect(() => {
    if (!dirty) return;
    setStored(writeEdits(personId, draftId, { basedOn, clauses: tree, note, changedAt: new Date().toISOString() }));
  }, [personId, draftId, dirty, basedOn, tree, note]);

  const edit = useCallback((next: (tree: EditClause[]) => EditClause[]) => {
    setTree(next);
    setDirty(true);
  }, []);

  const change = useCallback(
    (key: string, patch: ClausePatch) => edit((current) => updateClause(current, key, patch)),
    [edit],
  );

  const blank = (number: string): EditClause => ({
    key: newKey(),
    number,
    heading: newHeading,
    text: '',
    informative: false,
    children: [],
  });

  const act = (key: string, action: ClauseAction) => {
    if (action === 'addAfter' || action === 'addChild') {
      const clause = blank(suggestNumber(tree, key, action === 'addAfter' ? 'after' : 'child'));
      focus.current = { key: clause.key, control: 'heading' };
      edit(() => (action === 'addAfter' ? addAfter(tree, key, clause) : addChild(tree, key, clause)));
    } else if (action === 'remove') {
      const result = removeClause(tree, key);
      setRemoved(result.removed);
      focus.current = { id: 'editor-undo' };
      edit(() => result.tree);
    } else {
      focus.current = { key, control: action };
      edit(() => moveClause(tree, key, action));
    }
  };

  const addFirst = () => {
    const clause = blank(suggestNumber(tree, null, 'after'));
    focus.current = { key: clause.key, control: 'heading' };
    edit(() => [...tree, clause]);
  };

  const undo = () => {
    if (!removed) return;
    focus.current = { key: removed.clause.key, control: 'heading' };
    edit(() => insertClause(tree, removed.place, removed.clause));
    setRemoved(null);
  };

  /** Back to a saved text (the one loaded, or the newest after a conflict), the stored edits gone. */
  const reset = (to: Saved) => {
    clearEdits(personId, draftId);
    setDirty(false);
    setTree(fromSaved(to.clauses, newKey));
    setNote('');
    setBasedOn(to.number);
    setRestoredAt(null);
    setRemoved(null);
  };

  return {
    tree,
    note,
    basedOn,
    restoredAt,
    stored,
    removed,
    focus,
    change,
    act,
    addFirst,
    undo,
    reset,
    renumberAll: () => edit((current) => renumber(current)),
    setNote: (value: string) => {
      setNote(value);
      setDirty(true);
    },
    setBasedOn: (value: number) => {
      setBasedOn(value);
      setDirty(true);
    },
  };
}
