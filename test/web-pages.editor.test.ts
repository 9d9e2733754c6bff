import { describe, expect, it } from 'vitest';
import {
  addAfter,
  addChild,
  canAddChild,
  canMove,
  MAX_LEVELS,
  type EditClause,
  fromSaved,
  insertClause,
  moveClause,
  removeClause,
  toInput,
  updateClause,
} from '../web/src/pages/editor/clauseTree.ts';
import { MAX_DEPTH } from '../src/domain/drafts/clauseTree.ts';
import { conflictEntries } from '../web/src/pages/editor/conflictModel.ts';
import { annexLetter, renumber, suggestNumber } from '../web/src/pages/editor/numbering.ts';
import { parseStored } from '../web/src/pages/editor/storedEdits.ts';

const keys = () => {
  let n = 0;
  return () => `k${++n}`;
};

/** 1 Scope; 2 Terms (2.1, 2.2); 3 Requirements; A Annex (A.1). Keys k1… in printed order. */
function sample(): EditClause[] {
  return fromSaved(
    [
      { number: '1', heading: 'Scope', text: 'This document applies.', informative: false },
      {
        number: '2',
        heading: 'Terms',
        informative: false,
        children: [
          { number: '2.1', heading: 'Item', informative: false },
          { number: '2.2', heading: 'Hazard', informative: false },
        ],
      },
      { number: '3', heading: 'Requirements', informative: false },
      {
        number: 'A',
        heading: 'Examples',
        informative: true,
        children: [{ number: 'A.1', heading: 'One', informative: true }],
      },
    ],
    keys(),
  );
}

/** The tree as `number heading` lines, indented by depth. */
const outline = (tree: EditClause[], depth = 0): string[] =>
  tree.flatMap((c) => [`${'  '.repeat(depth)}${c.number} ${c.heading}`, ...outline(c.children, depth + 1)]);

const fresh = (key: string, number: string, heading = 'New'): EditClause => ({
  key,
  number,
  heading,
  text: '',
  informative: false,
  children: [],
});

describe('the clause tree', () => {
  it('reads a saved revision and writes it back as the mutation input, empty text as null', () => {
    const input = toInput(sample());
    expect(input[0]).toEqual({
      number: '1',
      heading: 'Scope',
      text: 'This document applies.',
      informative: false,
      clauses: [],
    });
    expect(input[1]?.clauses.map((c) => c.number)).toEqual(['2.1', '2.2']);
    expect(input[1]?.text).toBeNull();
  });

  it('edits, adds after and inside, and removes a clause with its sub-clauses; removal can be undone', () => {
    let tree = updateClause(sample(), 'k4', { heading: 'Hazardous event' });
    tree = addAfter(tree, 'k1', fresh('n1', '1.5', 'Purpose'));
    tree = addChild(tree, 'k5', fresh('n2', '3.1', 'Goals'));
    expect(outline(tree)).toEqual([
      '1 Scope',
      '1.5 Purpose',
      '2 Terms',
      '  2.1 Item',
      '  2.2 Hazardous event',
      '3 Requirements',
      '  3.1 Goals',
      'A Examples',
      '  A.1 One',
    ]);
    const { tree: without, removed } = removeClause(tree, 'k2');
    expect(outline(without)).not.toContain('2 Terms');
    expect(outline(without)).not.toContain('  2.1 Item');
    expect(outline(insertClause(without, removed!.place, removed!.clause))).toEqual(outline(tree));
    expect(sample()[1]?.children[1]?.heading).toBe('Hazard');
  });

  it('moves among siblings and in and out of levels, sub-clauses along, refusing impossible moves', () => {
    const tree = sample();
    expect(canMove(tree, 'k1', 'up')).toBe(false);
    expect(canMove(tree, 'k1', 'indent')).toBe(false);
    expect(canMove(tree, 'k1', 'outdent')).toBe(false);
    expect(canMove(tree, 'k4', 'down')).toBe(false);
    expect(moveClause(tree, 'k1', 'up')).toBe(tree);
    expect(outline(moveClause(tree, 'k2', 'up')).slice(0, 4)).toEqual([
      '2 Terms',
      '  2.1 Item',
      '  2.2 Hazard',
      '1 Scope',
    ]);
    expect(outline(moveClause(tree, 'k2', 'down')).slice(0, 5)).toEqual([
      '1 Scope',
      '3 Requirements',
      '2 Terms',
      '  2.1 Item',
      '  2.2 Hazard',
    ]);
    const indented = moveClause(tree, 'k5', 'indent');
    expect(outline(indented).slice(1, 5)).toEqual(['2 Terms', '  2.1 Item', '  2.2 Hazard', '  3 Requirements']);
    const outdented = moveClause(tree, 'k3', 'outdent');
    expect(outline(outdented).slice(1, 5)).toEqual(['2 Terms', '  2.2 Hazard', '2.1 Item', '3 Requirements']);
  });
});

describe('the depth limit', () => {
  /** Clause 1 with sub-clauses nested `levels` deep in all (keys d1…), and clause 2 after it (key two). */
  function chain(levels: number): EditClause[] {
    let inner: EditClause[] = [];
    for (let level = levels; level >= 1; level -= 1) {
      inner = [{ ...fresh(`d${level}`, Array.from({ length: level }, () => '1').join('.')), children: inner }];
    }
    return [...inner, fresh('two', '2')];
  }

  it("is the registry's", () => {
    expect(MAX_LEVELS).toBe(MAX_DEPTH);
  });

  it('refuses a sub-clause below the deepest level and an indent that would push sub-clauses below it', () => {
    const tree = chain(MAX_LEVELS);
    expect(canAddChild(tree, `d${MAX_LEVELS - 1}`)).toBe(true);
    expect(canAddChild(tree, `d${MAX_LEVELS}`)).toBe(false);
    expect(addChild(tree, `d${MAX_LEVELS}`, fresh('n', 'x'))).toBe(tree);
    // Clause 2 (one level) indents under 1; a two-level clause 2 would reach level 3 there: fine, but
    // a sibling at the deepest level may not indent, nor one whose sub-clauses would go too deep.
    expect(canMove(tree, 'two', 'indent')).toBe(true);
    const deepSiblings = addAfter(tree, `d${MAX_LEVELS}`, fresh('last', 'y'));
    expect(canMove(deepSiblings, 'last', 'indent')).toBe(false);
    expect(moveClause(deepSiblings, 'last', 'indent')).toBe(deepSiblings);
    const tall = addChild(addAfter(tree, `d${MAX_LEVELS - 1}`, fresh('p', 'p')), 'p', fresh('q', 'q'));
    expect(canMove(tall, 'p', 'indent')).toBe(false);
    expect(canMove(addAfter(tree, `d${MAX_LEVELS - 2}`, fresh('r', 'r')), 'r', 'indent')).toBe(true);
  });
});

describe('renumbering', () => {
  it('numbers clauses in printed order and letters annexes, keeping keys and words', () => {
    let tree = moveClause(sample(), 'k5', 'up');
    tree = moveClause(tree, 'k4', 'outdent');
    const renumbered = renumber(tree);
    expect(outline(renumbered)).toEqual([
      '1 Scope',
      '2 Requirements',
      '3 Terms',
      '  3.1 Item',
      '4 Hazard',
      'A Examples',
      '  A.1 One',
    ]);
    expect(renumbered.map((c) => c.key)).toEqual(tree.map((c) => c.key));
  });

  it('starts from the lowest top-level number (1 when none is a number); annexes from A', () => {
    const tree = fromSaved(
      [
        { number: 'B', heading: 'Annex', informative: true },
        { number: '0', heading: 'Introduction', informative: false },
        {
          number: 'x',
          heading: 'Scope',
          informative: false,
          children: [{ number: 'q', heading: 'a', informative: false }],
        },
      ],
      keys(),
    );
    expect(outline(renumber(tree))).toEqual(['A Annex', '0 Introduction', '1 Scope', '  1.1 a']);
    const moved = fromSaved(
      ['6', '5', '7'].map((number) => ({ number, heading: `H${number}`, informative: false })),
      keys(),
    );
    expect(outline(renumber(moved))).toEqual(['5 H6', '6 H5', '7 H7']);
    const foreword = fromSaved([{ number: 'Foreword', heading: 'Foreword', informative: true }], keys());
    expect(outline(renumber(foreword))).toEqual(['1 Foreword']);
    expect([annexLetter(0), annexLetter(25), annexLetter(26), annexLetter(27)]).toEqual(['A', 'Z', 'AA', 'AB']);
  });

  it('offers a free number to a new clause', () => {
    const tree = sample();
    expect(suggestNumber(tree, 'k1', 'after')).toBe('4');
    expect(suggestNumber(tree, 'k3', 'after')).toBe('2.3');
    expect(suggestNumber(tree, 'k4', 'after')).toBe('2.3');
    expect(suggestNumber(tree, 'k2', 'child')).toBe('2.3');
    expect(suggestNumber(tree, 'k5', 'child')).toBe('3.1');
    expect(suggestNumber(tree, 'k6', 'after')).toBe('B');
    expect(suggestNumber([], null, 'after')).toBe('1');
  });
});

describe('unsaved edits and conflicts', () => {
  it('reads back only what the editor stored', () => {
    const stored = { basedOn: 2, note: 'n', changedAt: '2026-01-01T00:00:00Z', clauses: sample() };
    expect(parseStored(JSON.stringify(stored))).toEqual(stored);
    expect(parseStored(null)).toBeNull();
    expect(parseStored('{not json')).toBeNull();
    expect(parseStored(JSON.stringify({ ...stored, basedOn: '2' }))).toBeNull();
    expect(parseStored(JSON.stringify({ ...stored, clauses: [{ number: '1' }] }))).toBeNull();
  });

  it('sets the newest saved text beside mine clause by clause, with the changed words', () => {
    const saved = [
      { number: '1', heading: 'Scope', text: 'This document applies to cars.', informative: false },
      { number: '2', heading: 'Terms', informative: false },
    ];
    let mine = fromSaved(saved, keys());
    mine = updateClause(mine, 'k1', { text: 'This document applies to buses.' });
    mine = removeClause(mine, 'k2').tree;
    mine = addAfter(mine, 'k1', fresh('n', '3', 'Tests'));
    const entries = conflictEntries(saved, mine);
    expect(entries.map((e) => [e.number, e.kind])).toEqual([
      ['1', 'changed'],
      ['2', 'removed'],
      ['3', 'added'],
    ]);
    expect(entries[0]?.textDiff).toEqual([
      { kind: 'EQUAL', text: 'This document applies to ' },
      { kind: 'DELETED', text: 'cars' },
      { kind: 'INSERTED', text: 'buses' },
      { kind: 'EQUAL', text: '.' },
    ]);
    expect(conflictEntries(saved, fromSaved(saved, keys())).every((e) => e.kind === 'unchanged')).toBe(true);
  });
  it('pairs clauses by content when the other person inserted a clause and renumbered the rest', () => {
    const before = [
      { number: '1', heading: 'Scope', text: 'Cars.', informative: false },
      { number: '2', heading: 'Terms', text: 'Item: a system.', informative: false },
      { number: '3', heading: 'Requirements', text: 'Shall be safe.', informative: false },
    ];
    // Meanwhile saved: a new clause 2, the others renumbered.
    const newest = [
      before[0]!,
      { number: '2', heading: 'Normative references', text: 'ISO 26262-1.', informative: false },
      { ...before[1]!, number: '3' },
      { ...before[2]!, number: '4' },
    ];
    let mine = fromSaved(before, keys());
    mine = updateClause(mine, 'k3', { text: 'Shall be safe in use.' });
    const entries = conflictEntries(newest, mine);
    const pairs = entries.map((e) => [e.kind, e.before?.heading ?? null, e.after?.heading ?? null]);
    expect(pairs).toEqual([
      ['unchanged', 'Scope', 'Scope'],
      ['moved', 'Terms', 'Terms'],
      ['removed', 'Normative references', null],
      ['moved', 'Requirements', 'Requirements'],
    ]);
    const requirements = entries[3]!;
    expect(requirements.textDiff?.filter((s) => s.kind !== 'EQUAL')).toEqual([{ kind: 'INSERTED', text: ' in use' }]);
    expect(entries[1]?.textDiff?.every((s) => s.kind === 'EQUAL')).toBe(true);
  });

  it('shows every clause of both texts, even two with the same number', () => {
    const newest = [
      { number: '1', heading: 'Scope', text: null, informative: false },
      { number: '2', heading: 'Terms', text: null, informative: false },
    ];
    let mine = fromSaved(newest, keys());
    mine = addAfter(mine, 'k2', fresh('n1', '2', 'Tests'));
    mine = addAfter(mine, 'n1', fresh('n2', '2', 'Reports'));
    const entries = conflictEntries(newest, mine);
    expect(entries.map((e) => [e.kind, e.number, e.after?.heading ?? e.before?.heading])).toEqual([
      ['unchanged', '1', 'Scope'],
      ['unchanged', '2', 'Terms'],
      ['added', '2', 'Tests'],
      ['added', '2', 'Reports'],
    ]);
    const both = [...newest, { number: '2', heading: 'Terms again', text: null, informative: false }];
    const shown = conflictEntries(both, fromSaved(newest, keys()));
    expect(shown.filter((e) => e.kind === 'removed').map((e) => e.before?.heading)).toEqual(['Terms again']);
    expect(shown).toHaveLength(3);
  });
});
