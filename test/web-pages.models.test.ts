import { describe, expect, it } from 'vitest';
import { compareNumbers, defaultPair, entriesOf, inPublishedOrder } from '../web/src/pages/compare/compareModel.ts';
import {
  addMonths,
  feedHref,
  groupByBlock,
  monthsOf,
  stateOf,
  windowProblem,
} from '../web/src/pages/horizon/horizonModel.ts';

// The pure parts of the compare and horizon pages (the browser tests drive the pages themselves).

const clause = (number: string) => ({ number, heading: `H${number}`, text: null, informative: false });

describe('the compare page model', () => {
  it('orders clause numbers as a reader does: 5.2 before 5.10, numbered clauses before annexes', () => {
    expect(['A.1', '5.10', '10', '5.2', '5', 'B', '5.2.1'].sort(compareNumbers)).toEqual([
      '5',
      '5.2',
      '5.2.1',
      '5.10',
      '10',
      'A.1',
      'B',
    ]);
  });

  it('lists every clause once, a removed one after the kept clause that took its number', () => {
    const entries = entriesOf(
      {
        added: [clause('3')],
        removed: [clause('2')],
        changed: [
          {
            before: clause('3'),
            after: clause('2'),
            moved: true,
            informativeChanged: false,
            headingDiff: [],
            textDiff: [],
          },
        ],
      },
      [clause('1'), clause('2'), clause('3')],
    );
    expect(entries.map((e) => `${e.kind} ${e.number}`)).toEqual(['unchanged 1', 'moved 2', 'removed 2', 'added 3']);
  });

  it('defaults to consecutive versions in publication order', () => {
    const all = inPublishedOrder([
      { designation: 'X-2024', published: '2024-05' },
      { designation: 'X-2011', published: '2011' },
      { designation: 'X-2018', published: '2018-12-01' },
    ]).map((v) => v.designation);
    expect(all).toEqual(['X-2011', 'X-2018', 'X-2024']);
    expect(defaultPair(all)).toEqual({ from: 'X-2018', to: 'X-2024' });
    expect(defaultPair(all, 'X-2011')).toEqual({ from: 'X-2011', to: 'X-2018' });
    expect(defaultPair(all, 'X-2024')).toEqual({ from: 'X-2018', to: 'X-2024' });
    expect(defaultPair(['X-2011'])).toBeNull();
  });
});

describe('the horizon page model', () => {
  it('adds months without running past a month’s end', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-08-31', 6)).toBe('2025-02-28');
    expect(addMonths('2025-06-15', 24)).toBe('2027-06-15');
  });

  it('refuses a window that is not two days, ends before it starts, or is over five years', () => {
    const problem = (from: string, to: string) => windowProblem(stateOf(new URLSearchParams({ from, to }), from));
    expect(problem('2025-02-30', '2025-12-31')).toBe('invalidDate');
    expect(problem('2025-12-31', '2025-01-01')).toBe('reversed');
    expect(problem('2025-01-01', '2030-01-03')).toBe('tooLong');
    expect(problem('2025-01-01', '2030-01-02')).toBeNull(); // 1827 days, as the API allows
  });

  it('reads the URL leniently and writes the feeds’ parameters', () => {
    const state = stateOf(
      new URLSearchParams('kinds=GB,nope&kinds=ISO&vehicleCategories=M1&changes=WITHDRAWN'),
      '2025-03-01',
    );
    expect(state).toMatchObject({ from: '2025-03-01', to: '2026-03-01', kinds: ['GB', 'ISO'], committee: null });
    expect(feedHref('ics', state, 'zh')).toBe(
      '/horizon.ics?from=2025-03-01&to=2026-03-01&kinds=GB%2CISO&vehicleCategories=M1&changes=WITHDRAWN&lang=zh',
    );
  });

  it('puts a change known to the year in a block before that year’s months', () => {
    const groups = groupByBlock(
      [{ date: '2023-04-02' }, { date: '2023' }, { date: '2023-01' }],
      monthsOf('2022-12-05', '2023-02-01'),
    );
    expect(groups.map(([block, changes]) => `${block}:${changes.length}`)).toEqual([
      '2022-12:0',
      '2023:1',
      '2023-01:1',
      '2023-02:0',
      '2023-04:1',
    ]);
  });
});
