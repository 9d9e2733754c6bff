import { describe, expect, it } from 'vitest';
import { generateRegistry } from '../bench/generate.ts';
import { loadVersionGraph, type LoadedVersionGraph } from '../src/domain/applicability/load.ts';
import { statesOn, type VersionFacts } from '../src/domain/applicability/rule.ts';
import { isModificationType, type ApplicabilityScope } from '../src/domain/enums.ts';
import { isMandatory, mandatoryFrom } from '../src/domain/applicability/obligation.ts';
import { describeRange, horizonChanges, type HorizonChange } from '../src/domain/horizon/changes.ts';
import { importRegistry } from '../src/domain/interchange/importRegistry.ts';
import type { RegistryFile } from '../src/domain/interchange/format.ts';
import { createTestDb } from './support/db.ts';
import { sampleFile } from './support/fixtures.ts';

const fact = (id: number, designation: string, dates: Partial<VersionFacts> = {}): VersionFacts => ({
  id,
  standardId: 1,
  designation,
  type: 'EDITION',
  baseId: null,
  published: null,
  effective: null,
  mandatoryNewTypes: null,
  mandatoryExistingTypes: null,
  withdrawn: null,
  ...dates,
});

const summary = (changes: HorizonChange[]) =>
  changes.map(
    (c) => `${describeRange(c.when).date} ${c.kind} ${c.versionId} ${c.scope ?? '-'} [${c.endsIds.join(',')}]`,
  );

describe('the changes of a window', () => {
  it(
    'a replacement with a transition: takes effect, then ends the old edition for new types, then for existing ' +
      'types',
    () => {
      const graph = {
        versions: [
          fact(1, 'GB 1-2015', { effective: '2016-01-01' }),
          fact(2, 'GB 1-2025', {
            published: '2025-03-28',
            effective: '2026-07-01',
            mandatoryNewTypes: '2027-01-01',
            mandatoryExistingTypes: '2028-01-01',
          }),
        ],
        replacements: [{ replacingId: 2, replacedId: 1 }],
      };
      expect(summary(horizonChanges(graph, { from: '2026-01-01', to: '2028-12-31' }))).toEqual([
        '2026-07-01 TAKES_EFFECT 2 - []',
        '2027-01-01 MANDATORY_NEW_TYPES 2 NEW_TYPES [1]',
        '2027-01-01 STOPS_APPLYING 1 NEW_TYPES []',
        '2028-01-01 MANDATORY_EXISTING_TYPES 2 EXISTING_TYPES [1]',
        '2028-01-01 STOPS_APPLYING 1 EXISTING_TYPES []',
      ]);
    },
  );

  it(
    'without a date for new types, taking effect is the cut-off; without one for existing types, they keep the old ' +
      'edition',
    () => {
      const graph = {
        versions: [
          fact(1, 'GB/T 2-2010', { effective: '2011-01-01' }),
          fact(2, 'GB/T 2-2024', { effective: '2025-01-01' }),
        ],
        replacements: [{ replacingId: 2, replacedId: 1 }],
      };
      expect(summary(horizonChanges(graph, { from: '2024-06-01', to: '2026-01-01' }))).toEqual([
        '2025-01-01 TAKES_EFFECT 2 - [1]',
        '2025-01-01 STOPS_APPLYING 1 NEW_TYPES []',
      ]);
    },
  );

  it(
    'a date known to the month is listed with that precision, never a guessed day; a window that misses it lists ' +
      'nothing',
    () => {
      const graph = { versions: [fact(1, 'ISO 3:2026', { published: '2026-07' })], replacements: [] };
      const [change] = horizonChanges(graph, { from: '2026-07-15', to: '2026-12-31' });
      expect(describeRange(change!.when)).toEqual({ date: '2026-07', precision: 'MONTH' });
      expect(horizonChanges(graph, { from: '2026-08-01', to: '2026-12-31' })).toEqual([]);
    },
  );

  it('a date bounded only by the chain is a range; one bounded on one side only is not on the horizon', () => {
    const graph = {
      versions: [
        fact(1, 'UN R4 00 series', { effective: '2020-03-10' }),
        fact(2, 'UN R4 01 series'),
        fact(3, 'UN R4 02 series', { effective: '2024-09-01', mandatoryNewTypes: '2025-09-01' }),
        fact(4, 'UN R4 03 series'),
      ],
      replacements: [
        { replacingId: 2, replacedId: 1 },
        { replacingId: 3, replacedId: 2 },
        { replacingId: 4, replacedId: 3 },
      ],
    };
    const changes = horizonChanges(graph, { from: '2019-01-01', to: '2030-01-01' });
    const undated = changes.find((c) => c.versionId === 2 && c.kind === 'TAKES_EFFECT')!;
    expect(undated.when).toEqual({ lo: '2020-03-10', hi: '2024-09-01' });
    expect(describeRange(undated.when)).toEqual({ date: '2020', precision: 'RANGE' });
    expect(changes.some((c) => c.versionId === 4 && c.kind === 'TAKES_EFFECT')).toBe(false);
  });

  it('a withdrawal is a change of every scope; filtering by a version keeps the cut-offs that end it', () => {
    const graph = {
      versions: [
        fact(1, 'GB 5-2001', { effective: '2002-01-01', withdrawn: '2026-05-01' }),
        fact(2, 'GB 6-2020', { effective: '2026-03-01' }),
      ],
      replacements: [{ replacingId: 2, replacedId: 1 }],
    };
    expect(summary(horizonChanges(graph, { from: '2026-01-01', to: '2026-12-31' }, [1]))).toEqual([
      '2026-03-01 TAKES_EFFECT 2 - [1]',
      '2026-03-01 STOPS_APPLYING 1 NEW_TYPES []',
      '2026-05-01 WITHDRAWN 1 - []',
    ]);
  });
});

/**
 * The horizon's promise: a base version that applies on `from`, with its changes certainly
 * happened by D applied in order, applies on D exactly when the rule says so. Checked for every
 * base version and day where the rule decides it on both days and none of its changes straddles D.
 */
function checkAgainstApplicability(graph: LoadedVersionGraph, from: string, to: string, days: string[]): number {
  const changes = horizonChanges(graph, { from, to });
  const changesOf = new Map<number, HorizonChange[]>();
  for (const change of changes) changesOf.set(change.versionId, [...(changesOf.get(change.versionId) ?? []), change]);
  const bases = graph.versions.filter((v) => !isModificationType(v.type)).map((v) => v.id);
  let checked = 0;
  const disagreements: unknown[] = [];
  for (const scope of ['NEW_TYPES', 'EXISTING_TYPES'] as ApplicabilityScope[]) {
    const atFrom = statesOn(graph, from, scope);
    for (const day of days) {
      const atDay = statesOn(graph, day, scope);
      for (const id of bases) {
        const own = changesOf.get(id) ?? [];
        if (
          atDay(id).applies === 'MAYBE' ||
          atFrom(id).applies === 'MAYBE' ||
          own.some((c) => c.when.lo <= day && c.when.hi > day)
        )
          continue;
        let applies = atFrom(id).applies === 'YES';
        for (const change of own) {
          if (change.when.hi > day) break;
          if (change.kind === 'TAKES_EFFECT') applies = true;
          if (change.kind === 'WITHDRAWN' || (change.kind === 'STOPS_APPLYING' && change.scope === scope))
            applies = false;
        }
        if (applies !== (atDay(id).applies === 'YES'))
          disagreements.push({ id, scope, day, fromHorizon: applies, rule: atDay(id).status });
        checked += 1;
      }
    }
  }
  expect(disagreements).toEqual([]);
  return checked;
}

function graphOf(file: RegistryFile): LoadedVersionGraph {
  const { db } = createTestDb();
  importRegistry({ db, input: file });
  const ids = db.$client.prepare('select id from standards').pluck().all() as number[];
  return loadVersionGraph(db, ids);
}

const monthly = (fromYear: number, toYear: number) =>
  Array.from(
    { length: (toYear - fromYear + 1) * 12 },
    (_, k) => `${fromYear + Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}-01`,
  );

describe('the horizon agrees with applicability', () => {
  it('on the bundled sample, month by month over twenty years', () => {
    const graph = graphOf(sampleFile());
    expect(checkAgainstApplicability(graph, '2010-01-01', '2030-12-31', monthly(2010, 2030))).toBeGreaterThan(1_000);
  });

  it.each([1, 2, 3])('on a generated registry of 300 standards (seed %i), year by year', (seed) => {
    const graph = graphOf(generateRegistry(300, seed));
    const days = monthly(1995, 2030).filter((day) => day.endsWith('-01-01') || day.endsWith('-07-01'));
    expect(checkAgainstApplicability(graph, '1995-01-01', '2030-12-31', days)).toBeGreaterThan(10_000);
  });
});

describe('obligations: applies vs must comply', () => {
  const replacement = {
    versions: [
      fact(1, 'GB 1-2015', { effective: '2016-01-01' }),
      fact(2, 'GB 1-2025', {
        effective: '2026-07-01',
        mandatoryNewTypes: '2027-01-01',
        mandatoryExistingTypes: '2028-01-01',
      }),
      fact(3, 'UN R9 00 series'),
      fact(4, 'ISO 7:2026', { published: '2026-07' }),
    ],
    replacements: [{ replacingId: 2, replacedId: 1 }],
  };

  it('a first edition: mandatory for new types from the day it takes effect, never for existing types', () => {
    expect(isMandatory(replacement, 1, '2015-12-31', 'NEW_TYPES')).toBe(false);
    expect(isMandatory(replacement, 1, '2016-01-01', 'NEW_TYPES')).toBe(true);
    expect(isMandatory(replacement, 1, '2030-01-01', 'EXISTING_TYPES')).toBe(false);
  });

  it('a replacement with a transition: applies from July 2026, must be complied with from its own dates', () => {
    expect(isMandatory(replacement, 2, '2026-08-01', 'NEW_TYPES')).toBe(false);
    expect(isMandatory(replacement, 2, '2027-01-01', 'NEW_TYPES')).toBe(true);
    expect(isMandatory(replacement, 2, '2027-06-01', 'EXISTING_TYPES')).toBe(false);
    expect(isMandatory(replacement, 2, '2028-01-01', 'EXISTING_TYPES')).toBe(true);
  });

  it('undecidable: a UN series without dates, and a date known to the month asked about inside that month', () => {
    expect(isMandatory(replacement, 3, '2026-01-01', 'NEW_TYPES')).toBeNull();
    expect(mandatoryFrom(replacement, 3, 'EXISTING_TYPES')).toBeNull();
    expect(isMandatory(replacement, 4, '2026-07-15', 'NEW_TYPES')).toBeNull();
    expect(isMandatory(replacement, 4, '2026-08-01', 'NEW_TYPES')).toBe(true);
  });
});
