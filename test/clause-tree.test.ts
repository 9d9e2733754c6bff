import { describe, expect, it } from 'vitest';
import {
  type ClauseNode,
  clauseTreeProblems,
  flattenTree,
  insertClauseTree,
  MAX_DEPTH,
} from '../src/domain/drafts/clauseTree.ts';

// The one validation and the one insert of clause trees, shared by drafts, publication and imports.

/** A chain of `depth` clauses, each the only sub-clause of the one before (built without recursion). */
function nest(depth: number): ClauseNode {
  let node: ClauseNode = { number: 'x', heading: 'h' };
  for (let d = 2; d <= depth; d += 1) node = { number: `n${d}`, heading: 'h', clauses: [node] };
  return node;
}

describe('clause trees', () => {
  it('finds repeated numbers anywhere in the tree, in document order, naming the first', () => {
    const tree = [
      { number: '1', heading: 'A', clauses: [{ number: '1.1', heading: 'B' }] },
      {
        number: '2',
        heading: 'C',
        clauses: [
          { number: '1.1', heading: 'D' },
          { number: '1', heading: 'E' },
        ],
      },
    ];
    expect(clauseTreeProblems(tree)).toEqual([
      { kind: 'duplicate', at: [1, 'clauses', 0], number: '1.1', first: [0, 'clauses', 0] },
      { kind: 'duplicate', at: [1, 'clauses', 1], number: '1', first: [0] },
    ]);
  });

  it(`accepts ${MAX_DEPTH} levels, refuses one more, and walks a tree thousands deep without overflowing`, () => {
    expect(clauseTreeProblems([nest(MAX_DEPTH)])).toEqual([]);
    const at = Array.from({ length: MAX_DEPTH }, () => [0, 'clauses']).flat();
    expect(clauseTreeProblems([nest(MAX_DEPTH + 1)])).toEqual([{ kind: 'tooDeep', at: [...at, 0] }]);
    expect(clauseTreeProblems([nest(20_000)])).toHaveLength(1);
  });

  it('counts clauses against a limit and reads any value (an import checks before parsing)', () => {
    const wide = Array.from({ length: 4 }, (_, k) => ({ number: String(k), heading: 'h' }));
    expect(clauseTreeProblems(wide, { maxClauses: 3 })).toEqual([{ kind: 'tooMany', at: [3] }]);
    expect(clauseTreeProblems('not a tree')).toEqual([]);
    expect(clauseTreeProblems([null, 7, { clauses: 'x' }])).toEqual([]);
  });

  it('inserts a tree in document order, each clause under its parent’s new id', () => {
    const tree = [
      { number: '1', heading: 'A', clauses: [{ number: '1.1', heading: 'B', informative: true }] },
      { number: '2', heading: 'C', text: 'Body.' },
    ];
    const rows: unknown[] = [];
    const ids = insertClauseTree(flattenTree(tree), (row) => rows.push(row) + 100);
    expect(ids).toEqual([101, 102, 103]);
    expect(rows).toEqual([
      { parentId: null, position: 0, number: '1', heading: 'A', text: null, informative: false },
      { parentId: 101, position: 0, number: '1.1', heading: 'B', text: null, informative: true },
      { parentId: null, position: 1, number: '2', heading: 'C', text: 'Body.', informative: false },
    ]);
  });
});
