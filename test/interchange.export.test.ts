import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exportRegistry } from '../src/domain/interchange/exportRegistry.ts';
import { registryFileSchema, type RegistryFile } from '../src/domain/interchange/format.ts';
import { importRegistry } from '../src/domain/interchange/importRegistry.ts';
import { seedIfEmpty } from '../src/domain/interchange/seed.ts';
import { generateRegistryFile } from '../scripts/measure-import.ts';
import { createTestDb } from './support/db.ts';

const SAMPLE = fileURLToPath(new URL('../data/vehicle-standards.sample.json', import.meta.url));
const sampleText = () => readFileSync(SAMPLE, 'utf8');
const serialize = (file: RegistryFile) => `${JSON.stringify(file, null, 2)}\n`;

/** A file in export form that uses every part of the format. */
const rich: RegistryFile = {
  format: 'standards-registry/v1',
  committees: [
    { code: 'SAC/TC114', name: { en: 'Road vehicles', zh: '汽车' }, parent: null },
    { code: 'SAC/TC114/SC27', name: { en: 'Electric vehicles', zh: '电动车辆' }, parent: 'SAC/TC114' },
    { code: 'ISO/TC22', name: { en: 'Road vehicles' }, parent: null },
  ],
  standards: [
    {
      designation: 'ISO 6469-1',
      kind: 'ISO',
      title: { en: 'Electrically propelled road vehicles - Safety specifications - Part 1' },
      publisher: 'ISO',
      committee: 'ISO/TC22',
      versions: [
        { designation: 'ISO 6469-1:2019', type: 'EDITION', published: '2019-04', effective: null, replaces: [] },
        {
          designation: 'ISO 6469-1:2019/Amd 1:2022',
          type: 'AMENDMENT',
          base: 'ISO 6469-1:2019',
          published: '2022',
          effective: null,
          replaces: [],
        },
      ],
    },
    {
      designation: 'GB/T 31467.3',
      kind: 'GB_T',
      title: {
        en: 'Lithium-ion traction battery pack and system - Part 3: Safety',
        zh: '电动汽车用锂离子动力蓄电池包和系统 第3部分：安全性要求与测试方法',
      },
      publisher: 'SAMR/SAC',
      committee: 'SAC/TC114/SC27',
      versions: [
        {
          designation: 'GB/T 31467.3-2015',
          type: 'EDITION',
          published: '2015-05-15',
          effective: '2015-05-15',
          withdrawn: '2021-01-01',
          replaces: [],
          adopts: { designation: 'ISO 12405-3:2014', degree: 'NEQ' },
        },
      ],
    },
    {
      designation: 'GB 38031',
      kind: 'GB',
      title: { en: 'Electric vehicles traction battery safety requirements', zh: '电动汽车用动力蓄电池安全要求' },
      publisher: 'SAMR/SAC',
      committee: 'SAC/TC114',
      versions: [
        {
          designation: 'GB 38031-2020',
          type: 'EDITION',
          published: '2020-05-12',
          effective: '2021-01-01',
          replaces: ['GB/T 31467.3-2015'],
          references: [
            { designation: 'GB/T 2900.41', normative: true },
            { designation: 'ISO 6469-1:2019', normative: false },
          ],
        },
        {
          designation: 'GB 38031-2025',
          type: 'EDITION',
          title: { en: 'Electric vehicles traction battery safety requirements (2025)' },
          published: '2025-03-28',
          effective: '2026-07-01',
          mandatoryNewTypes: '2026-07-01',
          mandatoryExistingTypes: '2027-07-01',
          replaces: ['GB 38031-2020'],
          clauses: [
            { number: '1', heading: 'Scope', text: 'This document specifies safety requirements…' },
            {
              number: '5',
              heading: 'Requirements',
              clauses: [
                { number: '5.1', heading: 'Thermal propagation', text: 'No fire, no explosion.' },
                { number: '5.2', heading: 'Note', text: 'Informative guidance.', informative: true },
              ],
            },
            { number: 'A', heading: 'Annex A', informative: true },
          ],
        },
      ],
    },
  ],
};

describe('exportRegistry', () => {
  it('exports the imported sample exactly as the bundled file', () => {
    const t = createTestDb();
    importRegistry({ db: t.db, input: JSON.parse(sampleText()) });
    const out = exportRegistry({ db: t.db });
    expect(out).toEqual(JSON.parse(sampleText()));
    expect(serialize(out)).toBe(sampleText());
  });

  it('round-trips a file using every part of the format, byte for byte', () => {
    const first = createTestDb();
    importRegistry({ db: first.db, input: structuredClone(rich) });
    const exported = exportRegistry({ db: first.db });
    expect(serialize(exported)).toBe(serialize(rich));

    const second = createTestDb();
    importRegistry({ db: second.db, input: exported });
    expect(serialize(exportRegistry({ db: second.db }))).toBe(serialize(exported));
  });

  it('round-trips a large generated registry', () => {
    const first = createTestDb();
    importRegistry({ db: first.db, input: generateRegistryFile(300) });
    const exported = serialize(exportRegistry({ db: first.db }));
    const second = createTestDb();
    importRegistry({ db: second.db, input: JSON.parse(exported) });
    expect(serialize(exportRegistry({ db: second.db }))).toBe(exported);
  });

  it('writes keys in the order of the format and omits empty optional keys', () => {
    const t = createTestDb();
    importRegistry({ db: t.db, input: structuredClone(rich) });
    const out = exportRegistry({ db: t.db });
    expect(registryFileSchema.safeParse(out).success).toBe(true);
    expect(Object.keys(out)).toEqual(['format', 'committees', 'standards']);
    expect(Object.keys(out.committees[0]!)).toEqual(['code', 'name', 'parent']);
    expect(Object.keys(out.standards[2]!)).toEqual([
      'designation',
      'kind',
      'title',
      'publisher',
      'committee',
      'versions',
    ]);
    const [v2020, v2025] = out.standards[2]!.versions;
    expect(Object.keys(v2025!)).toEqual([
      'designation',
      'type',
      'title',
      'published',
      'effective',
      'mandatoryNewTypes',
      'mandatoryExistingTypes',
      'replaces',
      'clauses',
    ]);
    expect(Object.keys(v2020!)).toEqual(['designation', 'type', 'published', 'effective', 'replaces', 'references']);
    expect(Object.keys(out.standards[0]!.versions[1]!)).toEqual([
      'designation',
      'type',
      'base',
      'published',
      'effective',
      'replaces',
    ]);
    expect(Object.keys(v2025!.clauses![1]!.clauses![1]!)).toEqual(['number', 'heading', 'text', 'informative']);
    expect(v2025!.clauses![0]).toEqual({
      number: '1',
      heading: 'Scope',
      text: 'This document specifies safety requirements…',
    });
  });

  it('keeps the file order of versions, even for a supplement listed before its base', () => {
    const t = createTestDb();
    const input: RegistryFile = {
      format: 'standards-registry/v1',
      committees: [],
      standards: [
        {
          designation: 'UN R100',
          kind: 'UN_R',
          title: { en: 'Electric power trained vehicles' },
          publisher: 'UNECE',
          committee: null,
          versions: [
            {
              designation: 'UN R100 02 series Suppl. 1',
              type: 'SUPPLEMENT',
              base: 'UN R100 02 series',
              published: null,
              effective: '2014-01-22',
              replaces: [],
            },
            {
              designation: 'UN R100 02 series',
              type: 'SERIES',
              published: null,
              effective: '2013-07-15',
              replaces: [],
            },
          ],
        },
      ],
    };
    importRegistry({ db: t.db, input: structuredClone(input) });
    expect(exportRegistry({ db: t.db })).toEqual(input);
  });

  it('stores no version title equal to its standard title', () => {
    const t = createTestDb();
    const input = structuredClone(rich);
    input.standards[0]!.versions[0]!.title = { ...input.standards[0]!.title };
    importRegistry({ db: t.db, input });
    const row = t.sqlite.prepare("select title_en from versions where designation = 'ISO 6469-1:2019'").get();
    expect(row).toEqual({ title_en: null });
    expect(exportRegistry({ db: t.db }).standards[0]!.versions[0]).not.toHaveProperty('title');
  });

  it('seeds an empty database from the bundled sample, once', () => {
    const t = createTestDb();
    expect(seedIfEmpty({ db: t.db })).toBe(true);
    expect(seedIfEmpty({ db: t.db })).toBe(false);
    expect(serialize(exportRegistry({ db: t.db }))).toBe(sampleText());
  });
});
