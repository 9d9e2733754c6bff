import { describe, expect, it } from 'vitest';
import {
  layoutTimeline,
  rangeOf,
  spansOf,
  type TimelineInput,
  type TimelineVersion,
} from '../../web/src/pages/standard/timeline-layout.ts';

const DAY = 86_400_000;
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;

const gbt2015: TimelineVersion = {
  designation: 'GB/T 31486-2015',
  published: '2015-05-15',
  replacedBy: [{ designation: 'GB/T 31486-2024', published: '2024-09-29', effective: '2025-04-01' }],
};
const gbt2024: TimelineVersion = {
  designation: 'GB/T 31486-2024',
  published: '2024-09-29',
  effective: '2025-04-01',
  replacedBy: [],
};
const input = (over: Partial<TimelineInput> = {}): TimelineInput => ({
  versions: [gbt2024, gbt2015],
  scope: 'NEW_TYPES',
  on: '2025-06-01',
  today: '2026-12-06',
  width: 1000,
  ...over,
});

describe('the days a recorded date may be', () => {
  it('is one day for a full date and the whole month or year for a partial one', () => {
    expect(rangeOf('2018-12-05')).toEqual({ first: day('2018-12-05'), last: day('2018-12-05') });
    expect(rangeOf('2018-12')).toEqual({ first: day('2018-12-01'), last: day('2018-12-31') });
    expect(rangeOf('2024-02')).toEqual({ first: day('2024-02-01'), last: day('2024-02-29') });
    expect(rangeOf('2023')).toEqual({ first: day('2023-01-01'), last: day('2023-12-31') });
    expect(rangeOf(null)).toBeNull();
  });
});

describe('the spans of a version', () => {
  it('for new types, ends the old edition when the replacement takes effect (no transition recorded)', () => {
    expect(spansOf(gbt2015, gbt2015.replacedBy, 'NEW_TYPES')).toEqual([
      { kind: 'inForce', first: day('2015-05-15'), last: day('2025-04-01') },
    ]);
  });

  it('for existing types, runs on in transition when the replacement has no existing-types cut-off', () => {
    expect(spansOf(gbt2015, gbt2015.replacedBy, 'EXISTING_TYPES')).toEqual([
      { kind: 'inForce', first: day('2015-05-15'), last: day('2025-04-01') },
      { kind: 'transition', first: day('2025-04-01'), last: null },
    ]);
  });

  it('shows the time between publication and taking effect as pending', () => {
    expect(spansOf(gbt2024, [], 'NEW_TYPES')).toEqual([
      { kind: 'pending', first: day('2024-09-29'), last: day('2025-04-01') },
      { kind: 'inForce', first: day('2025-04-01'), last: null },
    ]);
  });

  it('draws a transition up to the cut-off for each scope, and stops at a withdrawal', () => {
    const old: TimelineVersion = {
      designation: 'GB 1-2020',
      effective: '2021-01-01',
      withdrawn: '2030-01-01',
      replacedBy: [
        {
          designation: 'GB 1-2025',
          effective: '2026-01-01',
          mandatoryNewTypes: '2027-01-01',
          mandatoryExistingTypes: '2029-01-01',
        },
      ],
    };
    expect(spansOf(old, old.replacedBy, 'NEW_TYPES')).toEqual([
      { kind: 'inForce', first: day('2021-01-01'), last: day('2026-01-01') },
      { kind: 'transition', first: day('2026-01-01'), last: day('2027-01-01') },
    ]);
    expect(spansOf(old, old.replacedBy, 'EXISTING_TYPES').at(-1)).toEqual({
      kind: 'transition',
      first: day('2026-01-01'),
      last: day('2029-01-01'),
    });
    const withdrawnEarly = { ...old, withdrawn: '2028-01-01' };
    expect(spansOf(withdrawnEarly, old.replacedBy, 'EXISTING_TYPES').at(-1)).toMatchObject({
      last: day('2028-01-01'),
    });
  });

  it('never guesses a day inside a partial date: the month or year is undecided', () => {
    const r157_00: TimelineVersion = {
      designation: 'UN R157 00 series',
      effective: '2021-01-22',
      replacedBy: [{ designation: 'UN R157 01 series', published: '2023' }],
    };
    expect(spansOf(r157_00, r157_00.replacedBy, 'NEW_TYPES')).toEqual([
      { kind: 'inForce', first: day('2021-01-22'), last: day('2023-01-01') },
      { kind: 'undecided', first: day('2023-01-01'), last: day('2024-01-01') },
    ]);
    expect(spansOf({ designation: 'ISO 26262:2018', published: '2018-12', replacedBy: [] }, [], 'NEW_TYPES')).toEqual([
      { kind: 'undecided', first: day('2018-12-01'), last: day('2019-01-01') },
      { kind: 'inForce', first: day('2019-01-01'), last: null },
    ]);
  });

  it('draws nothing for a version with no date to take effect on', () => {
    expect(spansOf({ designation: 'X 1', replacedBy: [] }, [], 'NEW_TYPES')).toEqual([]);
  });
});

describe('the picture', () => {
  it('has one row per base version, oldest first, on an axis of whole years including the chosen date', () => {
    const layout = layoutTimeline(input());
    expect(layout.rows.map((r) => r.designation)).toEqual(['GB/T 31486-2015', 'GB/T 31486-2024']);
    expect(layout.from).toBe('2015-01-01');
    expect(layout.to).toBe('2027-12-31');
    expect(layout.ticks.map((t) => t.year)).toEqual([
      2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027,
    ]);
    expect(layout.rows[0]?.y).toBeLessThan(layout.rows[1]?.y ?? 0);
    expect(layout.onX).toBeLessThan(layout.todayX);
  });

  it('puts a bar where its dates are: the 2024 edition starts where the 2015 one ends for new types', () => {
    const [old, recent] = layoutTimeline(input()).rows;
    const oldEnd = (old?.segments[0]?.x ?? 0) + (old?.segments[0]?.width ?? 0);
    const inForce = recent?.segments.find((s) => s.kind === 'inForce');
    expect(Math.abs(oldEnd - (inForce?.x ?? 0))).toBeLessThan(1);
    expect(inForce?.open).toBe(true);
  });

  it('marks modifications on their base, and the cut-offs a version sets', () => {
    const layout = layoutTimeline(
      input({
        versions: [
          { designation: 'UN R155 00 series', effective: '2021-01-22', replacedBy: [] },
          {
            designation: 'UN R155 00 series Suppl. 1',
            base: 'UN R155 00 series',
            effective: '2022-10-08',
            replacedBy: [],
          },
          {
            designation: 'GB 2-2025',
            effective: '2026-01-01',
            mandatoryNewTypes: '2027-01-01',
            mandatoryExistingTypes: '2029-01-01',
            replacedBy: [],
          },
        ],
      }),
    );
    expect(layout.rows).toHaveLength(2);
    expect(layout.rows[0]?.marks).toEqual([
      expect.objectContaining({
        kind: 'modification',
        date: '2022-10-08',
        label: 'UN R155 00 series Suppl. 1',
        short: 'Suppl. 1',
      }),
    ]);
    expect(layout.rows[1]?.marks.map((m) => [m.kind, m.date])).toEqual([
      ['cutoffNew', '2027-01-01'],
      ['cutoffExisting', '2029-01-01'],
    ]);
  });

  it('names the other standard that replaced a version after the end of its bar', () => {
    const gbt: TimelineVersion = {
      designation: 'GB/T 31485-2015',
      published: '2015-05-15',
      replacedBy: [{ designation: 'GB 38031-2020', published: '2020-05-12', effective: '2021-01-01' }],
    };
    const [row] = layoutTimeline(input({ versions: [gbt] })).rows;
    const bar = row?.segments.at(-1);
    expect(row?.replacedElsewhere).toEqual({ x: (bar?.x ?? 0) + (bar?.width ?? 0), designations: ['GB 38031-2020'] });
    const [own] = layoutTimeline(input()).rows;
    expect(own?.replacedElsewhere).toBeUndefined();
  });

  it('prints a GB amendment by what follows its base', () => {
    const versions: TimelineVersion[] = [
      { designation: 'GB 38031-2020', effective: '2021-01-01', replacedBy: [] },
      { designation: 'GB 38031-2020/XG1-2023', base: 'GB 38031-2020', effective: '2023-09-01', replacedBy: [] },
    ];
    expect(layoutTimeline(input({ versions })).rows[0]?.marks[0]?.short).toBe('XG1-2023');
  });

  it('leaves out a modification label that would overlap the previous one', () => {
    const base = { designation: 'R 00', effective: '2021-01-01', replacedBy: [] };
    const suppl = (n: number, effective: string): TimelineVersion => ({
      designation: `R 00 Suppl. ${n}`,
      base: 'R 00',
      effective,
      replacedBy: [],
    });
    const versions = [base, suppl(1, '2022-01-01'), suppl(2, '2022-02-01'), suppl(3, '2024-01-01')];
    const [row] = layoutTimeline(input({ versions, width: 400 })).rows;
    expect(row?.marks.map((m) => m.short)).toEqual(['Suppl. 1', undefined, 'Suppl. 3']);
  });

  it('fits a phone, labelling every other year, and fills a wide screen', () => {
    const phone = layoutTimeline(input({ width: 366 }));
    expect(phone.width).toBe(366);
    expect(phone.ticks.map((t) => t.year)).toEqual([2015, 2017, 2019, 2021, 2023, 2025, 2027]);
    expect(layoutTimeline(input({ width: 1900 })).width).toBe(1900);
  });

  it('is wider than a phone (and scrolls) when decades would make the years too narrow', () => {
    const sae: TimelineVersion = { designation: 'SAE J2464 MAR1999', published: '1999-03', replacedBy: [] };
    expect(layoutTimeline(input({ versions: [sae], width: 366 })).width).toBeGreaterThan(366);
  });

  it('follows the replacement chain: the 02 series ends the 00 series too', () => {
    const s02 = { designation: 'R 02', effective: '2024-01-01', mandatoryExistingTypes: '2026-01-01' };
    const versions: TimelineVersion[] = [
      { designation: 'R 00', effective: '2018-01-01', replacedBy: [{ designation: 'R 01', effective: '2020-01-01' }] },
      { designation: 'R 01', effective: '2020-01-01', replacedBy: [s02] },
      { ...s02, replacedBy: [] },
    ];
    const [r00] = layoutTimeline(input({ versions, scope: 'EXISTING_TYPES' })).rows;
    const transition = r00?.segments.find((s) => s.kind === 'transition');
    expect(transition?.open).toBe(false);
  });
});
