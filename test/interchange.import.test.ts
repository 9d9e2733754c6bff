import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { SqliteHandle } from '../src/db/client.ts';
import { exportRegistry } from '../src/domain/interchange/exportRegistry.ts';
import { importRegistry, InterchangeValidationError } from '../src/domain/interchange/importRegistry.ts';
import { generateRegistryFile } from '../scripts/measure-import.ts';
import { createTestDb, type TestDatabase } from './support/db.ts';

const SAMPLE = fileURLToPath(new URL('../data/vehicle-standards.sample.json', import.meta.url));
// Loose on purpose: tests build files the format rejects.
type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any
const sample = (): Json => JSON.parse(readFileSync(SAMPLE, 'utf8'));

const registry = (standards: Json[], committees: Json[] = []): Json => ({
  format: 'standards-registry/v1',
  committees,
  standards,
});
const standard = (designation: string, versions: Json[], extra: Json = {}): Json => ({
  designation,
  kind: 'GB',
  title: { en: `Title of ${designation}` },
  publisher: 'SAMR/SAC',
  committee: null,
  versions,
  ...extra,
});
const edition = (designation: string, extra: Json = {}): Json => ({
  designation,
  type: 'EDITION',
  published: '2020-01-01',
  effective: null,
  replaces: [],
  ...extra,
});
const committee = (code: string, parent: string | null = null): Json => ({
  code,
  name: { en: `Committee ${code}` },
  parent,
});

/** Every row of every table, in storage order, plus the autoincrement counters. */
function dump(sqlite: SqliteHandle) {
  const tables = [
    'committees',
    'standards',
    'versions',
    'version_replacements',
    'version_references',
    'clauses',
    'sqlite_sequence',
  ];
  return Object.fromEntries(tables.map((t) => [t, sqlite.prepare(`select * from ${t} order by rowid`).all()]));
}

function rejection(t: TestDatabase, input: Json): string[] {
  const before = dump(t.sqlite);
  let caught: unknown;
  try {
    importRegistry({ db: t.db, input });
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(InterchangeValidationError);
  expect(dump(t.sqlite)).toEqual(before);
  return (caught as InterchangeValidationError).issues.map((i) => `${i.path}: ${i.message}`);
}

const zero = { committees: 0, standards: 0, versions: 0, clauses: 0 };

describe('importRegistry', () => {
  it('imports the bundled sample', () => {
    const t = createTestDb();
    const result = importRegistry({ db: t.db, input: sample() });
    expect(result).toEqual({
      created: { committees: 5, standards: 10, versions: 18, clauses: 0 },
      updated: zero,
      unchanged: 0,
      warnings: [],
    });
    const replaced = t.sqlite.prepare('select count(*) as n from version_replacements').get() as { n: number };
    expect(replaced.n).toBe(5);
  });

  it('is idempotent: the same file twice changes nothing', () => {
    const t = createTestDb();
    const input = sample();
    input.standards[0].versions[0].clauses = [{ number: '1', heading: 'Scope', text: 'This regulation applies…' }];
    input.standards[4].versions[1].references = [{ designation: 'GB/T 19596', normative: true }];
    input.standards[4].versions[1].adopts = { designation: 'IEC 62660-1:2018', degree: 'MOD' };
    importRegistry({ db: t.db, input });
    const before = dump(t.sqlite);
    const again = importRegistry({ db: t.db, input });
    expect(again).toEqual({ created: zero, updated: zero, unchanged: 33, warnings: [] });
    expect(dump(t.sqlite)).toEqual(before);
  });

  it('is all-or-nothing: one bad record at the end rejects the whole file', () => {
    const t = createTestDb();
    importRegistry({ db: t.db, input: sample() });
    const input = sample();
    input.standards[0].title.en = 'A corrected title';
    input.standards.push(standard('GB 99001', [edition('GB 99001-2024')]));
    input.standards[9].versions[2].withdrawn = '2021-02-30';
    const messages = rejection(t, input);
    expect(messages).toEqual([
      'standards[9] "SAE J2464" versions[2] "SAE J2464_202108" withdrawn: impossible date "2021-02-30"',
    ]);
  });

  it('leaves the database untouched when the write itself fails half way', () => {
    const t = createTestDb();
    importRegistry({ db: t.db, input: sample() });
    const before = dump(t.sqlite);
    const input = generateRegistryFile(30);
    const fail = () => {
      throw new Error('disk on fire');
    };
    expect(() => importRegistry({ db: t.db, input, onProgress: fail })).toThrow('disk on fire');
    expect(dump(t.sqlite)).toEqual(before);
  });

  it('names the record and field of an impossible date', () => {
    const t = createTestDb();
    const input = sample();
    input.standards[4].versions[1].effective = '2026-02-30';
    expect(rejection(t, input)).toEqual([
      'standards[4] "GB/T 31486" versions[1] "GB/T 31486-2024" effective: impossible date "2026-02-30"',
    ]);
  });

  // Each case: a file (given a database holding `stored`), and the record + field + message expected.
  const rejections: [string, Json, string, Json?][] = [
    [
      'a wrong format tag',
      { ...registry([]), format: 'standards-registry/v2' },
      'format: unsupported format "standards-registry/v2"',
    ],
    [
      'an unknown key',
      registry([standard('GB 1', [edition('GB 1-2020', { effectiveDate: '2020-01-01' })])]),
      'standards[0] "GB 1" versions[0] "GB 1-2020" effectiveDate: unknown key',
    ],
    [
      'an unknown kind',
      registry([standard('GB 1', [], { kind: 'GBX' })]),
      'standards[0] "GB 1" kind: unknown kind "GBX"',
    ],
    [
      'an unknown version type',
      registry([standard('GB 1', [edition('GB 1-2020', { type: 'EDITON' })])]),
      'standards[0] "GB 1" versions[0] "GB 1-2020" type: unknown version type "EDITON"',
    ],
    [
      'an unknown adoption degree',
      registry([
        standard('GB/T 1', [edition('GB/T 1-2020', { adopts: { designation: 'ISO 1:2019', degree: 'EQV' } })]),
      ]),
      'standards[0] "GB/T 1" versions[0] "GB/T 1-2020" adopts.degree: unknown degree "EQV"',
    ],
    [
      'an adoption without degree',
      registry([standard('GB/T 1', [edition('GB/T 1-2020', { adopts: { designation: 'ISO 1:2019' } })])]),
      'standards[0] "GB/T 1" versions[0] "GB/T 1-2020" adopts.degree: missing',
    ],
    [
      'a malformed reference',
      registry([
        standard('GB 1', [edition('GB 1-2020', { references: [{ designation: 'GB/T 2', normative: 'yes' }] })]),
      ]),
      'standards[0] "GB 1" versions[0] "GB 1-2020" references[0] "GB/T 2" normative: expected boolean, got "yes"',
    ],
    [
      'a reference listed twice',
      registry([
        standard('GB 1', [
          edition('GB 1-2020', {
            references: [
              { designation: 'GB/T 2', normative: true },
              { designation: 'gb/t2', normative: false },
            ],
          }),
        ]),
      ]),
      'standards[0] "GB 1" versions[0] "GB 1-2020" references[1] "gb/t2" designation: listed twice',
    ],
    [
      'a reduced-precision date where a full one is due',
      registry([standard('GB 1', [edition('GB 1-2020', { effective: '2020-07' })])]),
      'standards[0] "GB 1" versions[0] "GB 1-2020" effective: not a date "2020-07"; expected YYYY-MM-DD',
    ],
    [
      'an impossible reduced-precision date',
      registry([standard('GB 1', [edition('GB 1-2020', { published: '2020-13' })])]),
      'standards[0] "GB 1" versions[0] "GB 1-2020" published: impossible date "2020-13"',
    ],
    [
      'a duplicate standard designation',
      registry([standard('GB 1', []), standard('gb1', [])]),
      'standards[1] "gb1" designation: duplicate standard designation (already at standards[0] "GB 1")',
    ],
    [
      'a duplicate version designation',
      registry([standard('GB 1', [edition('GB 1-2020')]), standard('GB 2', [edition('GB 1 -2020')])]),
      'standards[1] "GB 2" versions[0] "GB 1 -2020" designation: duplicate version designation (already at ' +
        'standards[0] "GB 1" versions[0] "GB 1-2020")',
    ],
    [
      'a duplicate committee code',
      registry([], [committee('SAC/TC114'), committee('sac/tc 114')]),
      'committees[1] "sac/tc 114" code: duplicate committee code (already at committees[0] "SAC/TC114")',
    ],
    [
      'a version stored under another standard',
      registry([standard('GB 2', [edition('GB 1-2020')])]),
      'standards[0] "GB 2" versions[0] "GB 1-2020" designation: already stored under another standard, "GB 1"',
      registry([standard('GB 1', [edition('GB 1-2020')])]),
    ],
    [
      'an unknown replaced version',
      registry([standard('GB 1', [edition('GB 1-2020', { replaces: ['GB 1-2010'] })])]),
      'standards[0] "GB 1" versions[0] "GB 1-2020" replaces[0] "GB 1-2010": unknown version',
    ],
    [
      'an unknown base',
      registry([standard('GB 1', [edition('GB 1-2020/XG1', { type: 'AMENDMENT', base: 'GB 1-2019' })])]),
      'standards[0] "GB 1" versions[0] "GB 1-2020/XG1" base: unknown version "GB 1-2019"',
    ],
    [
      'an unknown committee',
      registry([standard('GB 1', [], { committee: 'SAC/TC999' })]),
      'standards[0] "GB 1" committee: unknown committee "SAC/TC999"',
    ],
    [
      'an unknown parent committee',
      registry([], [committee('SAC/TC114/SC27', 'SAC/TC114')]),
      'committees[0] "SAC/TC114/SC27" parent: unknown committee "SAC/TC114"',
    ],
    [
      'a modification without base',
      registry([standard('UN R1', [edition('UN R1 00 series Suppl. 1', { type: 'SUPPLEMENT' })])]),
      'standards[0] "UN R1" versions[0] "UN R1 00 series Suppl. 1" base: missing: a SUPPLEMENT modifies a base version',
    ],
    [
      'a base version with a base',
      registry([standard('GB 1', [edition('GB 1-2010'), edition('GB 1-2020', { base: 'GB 1-2010' })])]),
      'standards[0] "GB 1" versions[1] "GB 1-2020" base: an EDITION is a base text and has no base',
    ],
    [
      'a base that is itself a modification',
      registry([
        standard('GB 1', [
          edition('GB 1-2010'),
          edition('GB 1-2010/XG1', { type: 'AMENDMENT', base: 'GB 1-2010' }),
          edition('GB 1-2010/XG1/C1', { type: 'CORRIGENDUM', base: 'GB 1-2010/XG1' }),
        ]),
      ]),
      'standards[0] "GB 1" versions[2] "GB 1-2010/XG1/C1" base: "GB 1-2010/XG1" is itself a modification ' +
        '(AMENDMENT); a base must be an EDITION or SERIES',
    ],
    [
      'a base of another standard',
      registry([
        standard('GB 1', [edition('GB 1-2010')]),
        standard('GB 2', [edition('GB 2-2010/XG1', { type: 'AMENDMENT', base: 'GB 1-2010' })]),
      ]),
      'standards[1] "GB 2" versions[0] "GB 2-2010/XG1" base: "GB 1-2010" is a version of another standard',
    ],
    [
      'a modification replacing its base',
      registry([
        standard('GB 1', [
          edition('GB 1-2010'),
          edition('GB 1-2010/XG1', { type: 'AMENDMENT', base: 'GB 1-2010', replaces: ['GB 1-2010'] }),
        ]),
      ]),
      'standards[0] "GB 1" versions[1] "GB 1-2010/XG1" replaces[0] "GB 1-2010": an AMENDMENT modifies its base ' +
        'and never replaces it',
    ],
    [
      'a stored base turned into a modification',
      registry([
        standard('GB 1', [edition('GB 1-2010'), edition('GB 1-2015', { type: 'AMENDMENT', base: 'GB 1-2010' })]),
      ]),
      'standards[0] "GB 1" versions[1] "GB 1-2015" type: the stored "GB 1-2015/XG1" modifies this version, so it ' +
        'must stay an EDITION or SERIES',
      registry([
        standard('GB 1', [
          edition('GB 1-2010'),
          edition('GB 1-2015'),
          edition('GB 1-2015/XG1', { type: 'AMENDMENT', base: 'GB 1-2015' }),
        ]),
      ]),
    ],
    [
      'a stored edition turned into a corrigendum of its predecessor',
      registry([
        standard('GB 1', [edition('GB 1-2010'), edition('GB 1-2015', { type: 'CORRIGENDUM', base: 'GB 1-2010' })]),
      ]),
      'standards[0] "GB 1" versions[1] "GB 1-2015" type: stored as EDITION; the type of a published version ' +
        'never changes',
      registry([standard('GB 1', [edition('GB 1-2010'), edition('GB 1-2015')])]),
    ],
    [
      'a stored supplement turned into a series',
      registry([
        standard('UN R1', [
          edition('UN R1 00 series', { type: 'SERIES' }),
          edition('UN R1 00 series Suppl. 1', { type: 'SERIES' }),
        ]),
      ]),
      'standards[0] "UN R1" versions[1] "UN R1 00 series Suppl. 1" type: stored as SUPPLEMENT; the type of a ' +
        'published version never changes',
      registry([
        standard('UN R1', [
          edition('UN R1 00 series', { type: 'SERIES' }),
          edition('UN R1 00 series Suppl. 1', { type: 'SUPPLEMENT', base: 'UN R1 00 series' }),
        ]),
      ]),
    ],
    [
      'a stored designation spelt differently',
      registry([standard('GB 1', [edition('gb 1 - 2010')])]),
      'standards[0] "GB 1" versions[0] "gb 1 - 2010" designation: stored as "GB 1-2010"; the designation of a ' +
        'published version never changes',
      registry([standard('GB 1', [edition('GB 1-2010')])]),
    ],
    [
      'a version referencing itself',
      registry([
        standard('GB 1', [edition('GB 1-2020', { references: [{ designation: 'GB 1-2020', normative: true }] })]),
      ]),
      'standards[0] "GB 1" versions[0] "GB 1-2020" references[0] "GB 1-2020" designation: a version cannot ' +
        'reference itself',
    ],
    [
      'a mandatory date before the version takes effect',
      registry([
        standard('GB 1', [edition('GB 1-2020', { effective: '2021-01-01', mandatoryNewTypes: '2020-12-31' })]),
      ]),
      'standards[0] "GB 1" versions[0] "GB 1-2020" mandatoryNewTypes: 2020-12-31 is before the version takes ' +
        'effect (effective 2021-01-01)',
    ],
    [
      'a withdrawal before the version takes effect',
      registry([standard('GB 1', [edition('GB 1-2020', { published: '2020-05-12', withdrawn: '2020-05-11' })])]),
      'standards[0] "GB 1" versions[0] "GB 1-2020" withdrawn: 2020-05-11 is before the version takes effect ' +
        '(published 2020-05-12)',
    ],
    [
      'a mandatory date before a reduced-precision publication',
      registry([
        standard('ISO 1', [edition('ISO 1:2019', { published: '2019', mandatoryExistingTypes: '2018-12-31' })]),
      ]),
      'standards[0] "ISO 1" versions[0] "ISO 1:2019" mandatoryExistingTypes: 2018-12-31 is before the version ' +
        'takes effect (published 2019)',
    ],
    [
      'a version replacing itself',
      registry([standard('GB 1', [edition('GB 1-2020', { replaces: ['gb 1-2020'] })])]),
      'standards[0] "GB 1" versions[0] "GB 1-2020" replaces[0] "gb 1-2020": a version cannot replace itself',
    ],
    [
      'a cycle of replacements in the file',
      registry([
        standard('GB 1', [
          edition('GB 1-2010', { replaces: ['GB 1-2020'] }),
          edition('GB 1-2020', { replaces: ['GB 1-2010'] }),
        ]),
      ]),
      'standards[0] "GB 1" versions[0] "GB 1-2010" replaces: cycle of replacements: "GB 1-2010" replaces "GB ' +
        '1-2020" replaces "GB 1-2010"',
    ],
    [
      'a cycle of replacements through the database',
      registry([standard('GB 1', [edition('GB 1-2010', { replaces: ['GB/T 2-2020'] })])]),
      'standards[0] "GB 1" versions[0] "GB 1-2010" replaces: cycle of replacements: "GB 1-2010" replaces "GB/T ' +
        '2-2020" replaces "GB 1-2010"',
      registry([
        standard('GB 1', [edition('GB 1-2010')]),
        standard('GB/T 2', [edition('GB/T 2-2020', { replaces: ['GB 1-2010'] })]),
      ]),
    ],
    [
      'a cycle of committee parents',
      registry([], [committee('A', 'C'), committee('B', 'A'), committee('C', 'B')]),
      'committees[0] "A" parent: cycle of committee parents: "A" → "C" → "B" → "A"',
    ],
    [
      'duplicate clause numbers in a version',
      registry([
        standard('GB 1', [
          edition('GB 1-2020', {
            clauses: [
              {
                number: '5',
                heading: 'Requirements',
                clauses: [
                  { number: '5.1', heading: 'General' },
                  { number: '5.1', heading: 'Again' },
                ],
              },
            ],
          }),
        ]),
      ]),
      'standards[0] "GB 1" versions[0] "GB 1-2020" clauses[0] "5" clauses[1] "5.1" number: duplicate clause ' +
        'number in this version (already at standards[0] "GB 1" versions[0] "GB 1-2020" clauses[0] "5" clauses[0] ' +
        '"5.1")',
    ],
  ];

  it.each(rejections)('rejects %s, naming the record and field', (_, input, expected, stored) => {
    const t = createTestDb();
    if (stored) importRegistry({ db: t.db, input: stored });
    const messages = rejection(t, input);
    expect(
      messages.some((m) => m.startsWith(expected)),
      `${messages.join('\n')}\n  should include\n${expected}`,
    ).toBe(true);
  });

  it('accepts a mandatory date inside the range of a reduced-precision publication', () => {
    const t = createTestDb();
    const input = registry([
      standard('ISO 1', [edition('ISO 1:2019', { published: '2019-12', mandatoryNewTypes: '2019-12-01' })]),
    ]);
    expect(importRegistry({ db: t.db, input }).created.versions).toBe(1);
  });

  it('reports every problem of a file, not only the first', () => {
    const t = createTestDb();
    const input = registry([
      standard('GB 1', [edition('GB 1-2020', { replaces: ['GB 0-2010'] })], { committee: 'X' }),
      standard('GB 2', [edition('GB 2-2020', { type: 'SUPPLEMENT' })]),
    ]);
    expect(rejection(t, input)).toHaveLength(3);
  });

  it('warns, without rejecting, about a replacement that takes effect before what it replaces', () => {
    const t = createTestDb();
    const input = registry([
      standard('GB/T 1', [edition('GB/T 1-2015', { published: '2015-05-15' })]),
      standard('GB 2', [edition('GB 2-2014', { published: '2014', replaces: ['GB/T 1-2015'] })]),
    ]);
    const result = importRegistry({ db: t.db, input });
    expect(result.created.versions).toBe(2);
    expect(result.warnings).toEqual([
      'standards[1] "GB 2" versions[0] "GB 2-2014" replaces[0] "GB/T 1-2015": "GB 2-2014" (published 2014) takes ' +
        'effect before "GB/T 1-2015" (published 2015-05-15), which it replaces',
    ]);
  });

  it('corrects the metadata of what exists, deleting nothing', () => {
    const t = createTestDb();
    const first = sample();
    first.standards[4].versions[0].withdrawn = '2025-04-01';
    first.standards[4].versions[1].references = [{ designation: 'GB/T 19596', normative: true }];
    importRegistry({ db: t.db, input: first });

    const input = sample();
    const gbt = input.standards[4];
    gbt.title.en = 'Traction battery: electrical performance';
    gbt.versions[1].effective = '2025-05-01';
    gbt.versions[1].title = { en: 'Traction battery (2024)' };
    input.standards[9].versions[2].replaces = ['SAE J2464 MAR1999'];
    input.standards[9].versions.splice(0, 1); // absent from the file: kept, not deleted
    input.standards.splice(0, 1);
    const result = importRegistry({ db: t.db, input });
    expect(result.created).toEqual(zero);
    expect(result.updated).toEqual({ committees: 0, standards: 1, versions: 3, clauses: 0 });

    const out = exportRegistry({ db: t.db });
    expect(out.standards).toHaveLength(10);
    expect(out.standards.flatMap((s) => s.versions)).toHaveLength(18);
    const corrected = out.standards.find((s) => s.designation === 'GB/T 31486')!;
    expect(corrected.title.en).toBe('Traction battery: electrical performance');
    expect(corrected.versions[0]).not.toHaveProperty('withdrawn');
    expect(corrected.versions[1]).toMatchObject({
      effective: '2025-05-01',
      title: { en: 'Traction battery (2024)' },
      replaces: ['GB/T 31486-2015'],
    });
    expect(corrected.versions[1]).not.toHaveProperty('references');
    const sae = out.standards.find((s) => s.designation === 'SAE J2464')!;
    expect(sae.versions.map((v) => [v.designation, v.replaces])).toEqual([
      ['SAE J2464 MAR1999', []],
      ['SAE J2464 NOV2009', ['SAE J2464 MAR1999']],
      ['SAE J2464_202108', ['SAE J2464 MAR1999']],
    ]);
  });

  it('stores replacements across standards and to versions already in the database', () => {
    const t = createTestDb();
    importRegistry({ db: t.db, input: sample() });
    const input = registry([
      standard('GB/T 40032', [edition('GB/T 40032-2021')], { kind: 'GB_T' }),
      standard('GB 38031', [
        edition('GB 38031-2025', {
          published: '2025-03-28',
          effective: '2026-07-01',
          replaces: ['gb/t31486-2015', 'GB/T 40032-2021'],
        }),
      ]),
    ]);
    const result = importRegistry({ db: t.db, input });
    expect(result.created).toMatchObject({ standards: 2, versions: 2 });
    expect(result.warnings).toEqual([]);
    const replaced = t.sqlite
      .prepare(
        `select r.designation from version_replacements x join versions w on w.id = x.replacing_id
         join versions r on r.id = x.replaced_id where w.designation = 'GB 38031-2025' order by r.id`,
      )
      .all();
    expect(replaced).toEqual([{ designation: 'GB/T 31486-2015' }, { designation: 'GB/T 40032-2021' }]);
  });

  it('never changes stored clause text, but lets a version without clauses receive them', () => {
    const t = createTestDb();
    const clauses = [
      { number: '1', heading: 'Scope', text: 'Applies to M1 vehicles.' },
      { number: '2', heading: 'Terms', clauses: [{ number: '2.1', heading: 'battery', text: 'A device…' }] },
    ];
    importRegistry({ db: t.db, input: registry([standard('GB 1', [edition('GB 1-2020'), edition('GB 1-2025')])]) });

    const withClauses = registry([standard('GB 1', [edition('GB 1-2020', { clauses }), edition('GB 1-2025')])]);
    const received = importRegistry({ db: t.db, input: withClauses });
    // unchanged: the standard and GB 1-2025
    expect(received).toMatchObject({ created: { clauses: 3 }, updated: { versions: 1 }, unchanged: 2 });
    // Receiving its text is a change of the stored version, on its history like any other.
    const event = t.sqlite
      .prepare("select action, data from events where entity_type = 'StandardVersion' order by id desc limit 1")
      .get() as { action: string; data: string };
    expect(event.action).toBe('version.corrected');
    expect(JSON.parse(event.data)).toMatchObject({ clausesAdded: 3 });
    expect(importRegistry({ db: t.db, input: withClauses }).created.clauses).toBe(0);
    expect(importRegistry({ db: t.db, input: registry([standard('GB 1', [edition('GB 1-2020')])]) }).unchanged).toBe(2);

    const changed = structuredClone(clauses);
    changed[1]!.clauses![0]!.text = 'A changed definition.';
    const messages = rejection(t, registry([standard('GB 1', [edition('GB 1-2020', { clauses: changed })])]));
    expect(messages).toEqual([
      'standards[0] "GB 1" versions[0] "GB 1-2020" clauses[1] "2" clauses[0] "2.1" text: differs from the stored ' +
        'clause "2.1"; stored clause text never changes; publish a CORRIGENDUM or AMENDMENT instead',
    ]);
    const stored = t.sqlite.prepare('select number, text from clauses order by id').all();
    expect(stored).toEqual([
      { number: '1', text: 'Applies to M1 vehicles.' },
      { number: '2', text: null },
      { number: '2.1', text: 'A device…' },
    ]);
  });

  it('refuses text that is not Unicode (a lone surrogate), naming the field', () => {
    const t = createTestDb();
    const messages = rejection(
      t,
      registry([
        standard('GB 1\ud800', [
          edition('GB 1-2020', { clauses: [{ number: '1', heading: 'Scope', text: 'x \udc00 y' }] }),
        ]),
      ]),
    );
    const reason = 'contains an unpaired surrogate (\\ud800–\\udfff): not Unicode text';
    expect(messages).toEqual([
      `standards[0] "GB 1\\ud800" designation: ${reason}`,
      `standards[0] "GB 1\\ud800" title.en: ${reason}`, // the fixture's title repeats the designation
      `standards[0] "GB 1\\ud800" versions[0] "GB 1-2020" clauses[0] "1" text: ${reason}`,
    ]);
    // A well-formed pair (an emoji) is text like any other.
    importRegistry({
      db: t.db,
      input: registry([standard('GB 2', [edition('GB 2-2020')], { title: { en: 'Battery 🔋 safety' } })]),
    });
    expect(t.sqlite.prepare("select title_en from standards where designation = 'GB 2'").pluck().get()).toBe(
      'Battery 🔋 safety',
    );
  });

  it('refuses NUL characters in any text, naming the field', () => {
    const t = createTestDb();
    const messages = rejection(
      t,
      registry([
        standard('GB 1', [edition('GB 1-2020\u0000', { clauses: [{ number: '1', heading: 'Sc\u0000ope' }] })]),
      ]),
    );
    const reason = 'contains a NUL character (U+0000), which text may not hold';
    expect(messages).toEqual([
      `standards[0] "GB 1" versions[0] "GB 1-2020\\u0000" designation: ${reason}`,
      `standards[0] "GB 1" versions[0] "GB 1-2020\\u0000" clauses[0] "1" heading: ${reason}`,
    ]);
    expect(t.sqlite.prepare('select count(*) from standards').pluck().get()).toBe(0);
  });

  it('refuses clause trees nested deeper than drafts allow, naming the clause, without overflowing the stack', () => {
    const t = createTestDb();
    const nest = (depth: number): Json =>
      depth === 1 ? { number: 'x', heading: 'h' } : { number: `n${depth}`, heading: 'h', clauses: [nest(depth - 1)] };
    const path = Array.from({ length: 13 }, (_, k) => `clauses[0] "n${5000 - k}"`).join(' ');
    expect(rejection(t, registry([standard('GB 1', [edition('GB 1-2020', { clauses: [nest(5000)] })])]))).toEqual([
      `standards[0] "GB 1" versions[0] "GB 1-2020" ${path}: clauses nest at most 12 levels deep (as in drafts)`,
    ]);
    importRegistry({ db: t.db, input: registry([standard('GB 1', [edition('GB 1-2020', { clauses: [nest(12)] })])]) });
    expect(t.sqlite.prepare('select count(*) from clauses').pluck().get()).toBe(12);
  });

  it('exports replacements in an order that does not depend on storage ids', () => {
    const first = createTestDb();
    importRegistry({
      db: first.db,
      input: registry([standard('GB/T 2', [edition('GB/T 2-2015')]), standard('GB/T 1', [edition('GB/T 1-2018')])]),
    });
    importRegistry({
      db: first.db,
      input: registry([standard('GB 3', [edition('GB 3-2024', { replaces: ['GB/T 2-2015', 'GB/T 1-2018'] })])]),
    });
    const exported = exportRegistry({ db: first.db });
    const second = createTestDb();
    importRegistry({ db: second.db, input: structuredClone(exported) });
    expect(exportRegistry({ db: second.db })).toEqual(exported);
    expect(exported.standards.find((s) => s.designation === 'GB 3')!.versions[0]!.replaces).toEqual([
      'GB/T 1-2018',
      'GB/T 2-2015',
    ]);
  });

  it('refuses a cycle through replacements and modifications (a base replacing its own amendment)', () => {
    const t = createTestDb();
    const amendment = (designation: string, base: string, extra: Json = {}): Json => ({
      ...edition(designation, extra),
      type: 'AMENDMENT',
      base,
    });
    expect(
      rejection(
        t,
        registry([
          standard('GB 5', [
            edition('GB 5-2010', { replaces: ['GB 5-2010/XG1'] }),
            amendment('GB 5-2010/XG1', 'GB 5-2010'),
          ]),
        ]),
      ),
    ).toEqual([
      'standards[0] "GB 5" versions[0] "GB 5-2010" replaces: cycle of replacements and modifications: "GB ' +
        '5-2010" replaces "GB 5-2010/XG1" modifies "GB 5-2010"',
    ]);
    expect(
      rejection(
        t,
        registry([
          standard('GB 6', [
            edition('GB 6-2015', { replaces: ['GB 6-2020/XG1'] }),
            edition('GB 6-2020', { replaces: ['GB 6-2015'] }),
            amendment('GB 6-2020/XG1', 'GB 6-2020'),
          ]),
        ]),
      ),
    ).toEqual([
      'standards[0] "GB 6" versions[0] "GB 6-2015" replaces: cycle of replacements and modifications: "GB ' +
        '6-2015" replaces "GB 6-2020/XG1" modifies "GB 6-2020" replaces "GB 6-2015"',
    ]);
    // An amendment replaced by the next edition is ordinary.
    importRegistry({
      db: t.db,
      input: registry([
        standard('GB 7', [
          edition('GB 7-2010'),
          amendment('GB 7-2010/XG1', 'GB 7-2010'),
          edition('GB 7-2020', { replaces: ['GB 7-2010', 'GB 7-2010/XG1'] }),
        ]),
      ]),
    });
  });

  it('imports a generated file of 2,000 standards in one transaction', () => {
    const t = createTestDb();
    const input = generateRegistryFile(2000);
    const calls: [number, number, boolean][] = [];
    const result = importRegistry({
      db: t.db,
      input,
      onProgress: (done, total) => calls.push([done, total, t.sqlite.inTransaction]),
    });
    expect(result.created).toMatchObject({ committees: 50, standards: 2000, versions: 8000 });
    expect(result.warnings).toEqual([]);
    expect(calls.length).toBeGreaterThan(5);
    expect(calls.every(([, , inTransaction]) => inTransaction)).toBe(true);
    const [done, total] = calls[calls.length - 1]!;
    expect(done).toBe(total);
  });
});
