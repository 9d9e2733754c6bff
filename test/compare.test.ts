import { beforeEach, describe, expect, it } from 'vitest';
import type { ClauseFacts } from '../src/domain/clause-tree.ts';
import { matchClauses } from '../src/domain/compare/matchClauses.ts';
import { replacementPath } from '../src/domain/compare/compareVersions.ts';
import { MAX_CELLS, tokenize, wordDiff, type DiffSegment } from '../src/domain/compare/wordDiff.ts';
import { importRegistry } from '../src/domain/interchange/importRegistry.ts';
import { graphql } from './gql/index.ts';
import { createTestDb, type TestDatabase } from './support/db.ts';
import { loadSample } from './support/fixtures.ts';
import { appFor, execute, type App } from './support/http.ts';
import { batterySafetyFile } from './support/search-fixtures.ts';

const Compare = graphql(`
  query Compare($from: String!, $to: String!) {
    compareVersions(from: $from, to: $to) {
      from { designation }
      to { designation }
      textCompared
      added { number heading }
      removed { number heading }
      changed {
        before { number heading }
        after { number heading text }
        matchedBy
        moved
        informativeChanged
        headingDiff { kind text }
        textDiff { kind text }
      }
      unchangedCount
      replacesChain { designation }
    }
  }
`);

const spell = (segments: DiffSegment[], side: 'before' | 'after') =>
  segments
    .filter((s) => s.kind === 'EQUAL' || s.kind === (side === 'before' ? 'DELETED' : 'INSERTED'))
    .map((s) => s.text)
    .join('');

describe('word diff', () => {
  it('rebuilds both texts exactly, and shows the words that changed', () => {
    const cases: [string, string][] = [
      [
        'The cell shall not catch fire or explode during the overcharge test.',
        'The cell shall not catch fire or explode during the overcharge and external short circuit tests.',
      ],
      [
        '电池单体发生热失控后，电池系统在5 min内不起火不爆炸。',
        '电池单体发生热失控后，电池系统应不起火、不爆炸，且烟气不应对乘员造成伤害。',
      ],
      ['', 'new text'],
      ['old text', ''],
      ['same', 'same'],
      ['a b c d', 'a x y d'],
      ['  leading and trailing  ', ' leading, trailing '],
    ];
    for (const [before, after] of cases) {
      const diff = wordDiff(before, after);
      expect(spell(diff, 'before')).toBe(before);
      expect(spell(diff, 'after')).toBe(after);
      for (let k = 1; k < diff.length; k += 1) expect(diff[k]!.kind === diff[k - 1]!.kind).toBe(false);
    }
    expect(wordDiff('the overcharge test.', 'the overcharge and short circuit tests.')).toEqual([
      { kind: 'EQUAL', text: 'the overcharge ' },
      { kind: 'DELETED', text: 'test' },
      { kind: 'INSERTED', text: 'and short circuit tests' },
      { kind: 'EQUAL', text: '.' },
    ]);
    // Chinese is compared character by character.
    expect(tokenize('不起火不爆炸')).toHaveLength(6);
    expect(wordDiff('在5 min内不起火', '应不起火')).toEqual([
      { kind: 'DELETED', text: '在5 min内' },
      { kind: 'INSERTED', text: '应' },
      { kind: 'EQUAL', text: '不起火' },
    ]);
  });

  it('stays correct (if coarse) past its size bound', () => {
    const n = Math.ceil(Math.sqrt(MAX_CELLS)) + 10;
    const before = Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
    const after = Array.from({ length: n }, (_, i) => `v${i}`).join(' ');
    const diff = wordDiff(`start ${before} end`, `start ${after} end`);
    expect(spell(diff, 'before')).toBe(`start ${before} end`);
    expect(spell(diff, 'after')).toBe(`start ${after} end`);
  });
});

describe('clause matching', () => {
  const clause = (id: number, number: string, heading: string, text = '', position = id): ClauseFacts => ({
    id,
    parentId: null,
    position,
    number,
    heading,
    text,
    informative: false,
  });

  it('pairs by number and heading, then a moved heading, then a number whose heading was reworded', () => {
    const before = [
      clause(1, '1', 'Scope'),
      clause(2, '2', 'Terms'),
      clause(3, '3', 'Thermal propagation', 'old'),
      clause(4, '4', 'Marking'),
    ];
    const after = [
      clause(11, '1', 'Scope and application'),
      clause(12, '2', 'Thermal propagation', 'new'),
      clause(13, '3', 'Bottom impact'),
      clause(14, '4', 'Marking'),
    ];
    const result = matchClauses(before, after);
    expect(result.unchanged).toBe(1);
    expect(result.changed.map((c) => [c.before.number, c.after.number, c.matchedBy, c.moved])).toEqual([
      ['1', '1', 'NUMBER', false],
      ['3', '2', 'HEADING', true],
    ]);
    expect(result.added.map((c) => c.number)).toEqual(['3']);
    expect(result.removed.map((c) => c.number)).toEqual(['2']);
  });

  it('pairs sub-clauses with a generic heading within their own sections when the sections move', () => {
    const sub = (id: number, parentId: number, number: string, heading: string, text: string): ClauseFacts => ({
      ...clause(id, number, heading, text),
      parentId,
    });
    // A new section 2 pushes Definitions and Requirements down by one; each has a "General" sub-clause.
    const before = [
      clause(1, '2', 'Definitions'),
      sub(2, 1, '2.1', 'General', 'Terms are defined below.'),
      clause(3, '3', 'Requirements'),
      sub(4, 3, '3.1', 'General', 'The vehicle shall meet every requirement.'),
    ];
    const after = [
      clause(11, '2', 'Symbols'),
      sub(12, 11, '2.1', 'Units', 'SI units are used.'),
      clause(13, '3', 'Definitions'),
      sub(14, 13, '3.1', 'General', 'Terms are defined below.'),
      clause(15, '4', 'Requirements'),
      sub(16, 15, '4.1', 'general', 'The vehicle shall meet every requirement.'),
    ];
    const result = matchClauses(before, after);
    expect(
      result.changed.map((c) => [
        c.before.number,
        c.after.number,
        c.matchedBy,
        c.textDiff.every((d) => d.kind === 'EQUAL'),
      ]),
    ).toEqual([
      ['2', '3', 'HEADING', true],
      ['2.1', '3.1', 'HEADING', true],
      ['3', '4', 'HEADING', true],
      ['3.1', '4.1', 'HEADING', true],
    ]);
    expect(result.added.map((c) => c.number)).toEqual(['2', '2.1']);
    expect(result.removed).toEqual([]);
  });

  it(
    'still pairs a sub-clause by number and heading when its section was renamed, and moves a clause to another ' +
      'section by heading',
    () => {
      const sub = (id: number, parentId: number, number: string, heading: string): ClauseFacts => ({
        ...clause(id, number, heading),
        parentId,
      });
      const before = [
        clause(1, '5', 'Requirements'),
        sub(2, 1, '5.1', 'Overcharge'),
        sub(3, 1, '5.2', 'Thermal propagation'),
      ];
      const after = [
        clause(11, '5', 'Safety requirements'),
        sub(12, 11, '5.1', 'Overcharge'),
        clause(13, '6', 'Propagation'),
        sub(14, 13, '6.1', 'Thermal propagation'),
      ];
      const result = matchClauses(before, after);
      expect(result.unchanged).toBe(1); // 5.1: same number and heading, under the renamed section
      expect(result.changed.map((c) => [c.before.number, c.after.number, c.matchedBy])).toEqual([
        ['5', '5', 'NUMBER'],
        ['5.2', '6.1', 'HEADING'],
      ]);
      expect(result.added.map((c) => c.number)).toEqual(['6']);
    },
  );

  it('finds the replacement chain in either direction', () => {
    const edges = [
      { replacingId: 3, replacedId: 2 },
      { replacingId: 2, replacedId: 1 },
      { replacingId: 9, replacedId: 1 },
    ];
    expect(replacementPath(edges, 3, 1)).toEqual([3, 2, 1]);
    expect(replacementPath(edges, 1, 3)).toBeNull();
    expect(replacementPath(edges, 9, 3)).toBeNull();
  });
});

describe('compareVersions', () => {
  let database: TestDatabase;
  let app: App;
  beforeEach(() => {
    database = createTestDb();
    loadSample(database.db);
    importRegistry({ db: database.db, input: batterySafetyFile() });
    app = appFor(database.db);
  });
  const compare = async (from: string, to: string) => {
    const result = await execute(app, Compare, { from, to });
    expect(result.errors).toBeUndefined();
    return result.data!.compareVersions;
  };

  it('lists clauses added, removed and changed between two editions, with word diffs and the chain', async () => {
    const result = (await compare('gb 38031-2020', 'GB38031-2025'))!;
    expect(result.from.designation).toBe('GB 38031-2020');
    expect(result.added.map((c) => c.number)).toEqual(['5.3', '7']);
    expect(result.removed.map((c) => c.number)).toEqual(['5.2']);
    expect(result.unchangedCount).toBe(3); // 1, 5 and 6
    expect(result.changed.map((c) => [c.before.number, c.after.number, c.matchedBy, c.moved])).toEqual([
      ['5.1', '5.1', 'NUMBER', false],
      ['5.3', '5.2', 'HEADING', true],
    ]);
    const cell = result.changed[0]!;
    expect(cell.headingDiff).toEqual([{ kind: 'EQUAL', text: '电池单体安全要求' }]);
    expect(cell.textDiff.filter((s) => s.kind !== 'EQUAL')).toEqual([
      { kind: 'DELETED', text: 'test' },
      { kind: 'INSERTED', text: 'and external short circuit tests' },
    ]);
    expect(result.replacesChain.map((v) => v.designation)).toEqual(['GB 38031-2020', 'GB 38031-2025']);
    expect(result.textCompared).toBe(true);
  });

  it('reports nothing added or removed when the registry has no clause text for a side', async () => {
    // GB/T 31486 has no clause text in the registry: its clauses are unknown, not absent.
    const oneSided = (await compare('GB 38031-2020', 'GB/T 31486-2024'))!;
    expect(oneSided).toMatchObject({ textCompared: false, added: [], removed: [], changed: [], unchangedCount: 0 });
    expect((await compare('GB/T 31486-2015', 'GB/T 31486-2024'))!.textCompared).toBe(false);
  });

  it('reports the chain oldest first whichever way round the versions are asked, and across standards', async () => {
    const reversed = (await compare('GB 38031-2025', 'GB 38031-2020'))!;
    expect(reversed.replacesChain.map((v) => v.designation)).toEqual(['GB 38031-2020', 'GB 38031-2025']);
    expect(reversed.added.map((c) => c.number)).toEqual(['5.2']);
    const parallel = (await compare('UN R155 00 series', 'UN R155 00 series Suppl. 1'))!;
    expect(parallel.replacesChain).toEqual([]);
    expect(parallel).toMatchObject({ added: [], removed: [], changed: [], unchangedCount: 0 });
  });

  it('answers null for an unknown designation', async () => {
    expect(await compare('GB 38031-2020', 'GB 38031-1999')).toBeNull();
    expect(await compare('nothing', 'GB 38031-2025')).toBeNull();
  });

  it('runs a constant, small number of statements', async () => {
    database.resetCount();
    await compare('GB 38031-2020', 'GB 38031-2025');
    // versions by designation, clauses of both, the version graph (2), the chain's rows, and the
    // drizzle plugin's one batched re-read per object type (versions, clauses) for nested fields.
    expect(database.statements.length).toBeLessThanOrEqual(7);
  });
});
