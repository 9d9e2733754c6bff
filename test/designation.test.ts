import { beforeEach, describe, expect, it } from 'vitest';
import { designationCandidates, designationKey, normaliseDesignation } from '../src/domain/designation.ts';
import { importRegistry } from '../src/domain/interchange/importRegistry.ts';
import { createTestDb, type TestDatabase } from './support/db.ts';
import { loadSample } from './support/fixtures.ts';
import { appFor, post, type App } from './support/http.ts';
import { setUpCommittee } from './support/committee.ts';

// Spellings met in standards, regulations, test reports and type-approval files, each with the
// registry designation it must find.
const SPELLINGS: [written: string, meant: string][] = [
  ['GB 38031-2025', 'GB 38031-2025'],
  ['GB 38031—2025', 'GB 38031-2025'],
  ['GB 38031–2025', 'GB 38031-2025'],
  ['GB 38031‒2025', 'GB 38031-2025'],
  ['GB 38031―2025', 'GB 38031-2025'],
  ['GB 38031－2025', 'GB 38031-2025'],
  ['GB 38031−2025', 'GB 38031-2025'],
  ['GB38031-2025', 'GB 38031-2025'],
  ['GB 38031 - 2025', 'GB 38031-2025'],
  ['gb 38031-2025', 'GB 38031-2025'],
  ['ＧＢ 38031', 'GB 38031'],
  ['ＧＢ３８０３１－２０２５', 'GB 38031-2025'],
  ['GB\u300038031', 'GB 38031'],
  ['GB\u00a038031', 'GB 38031'],
  ['GB/T 31486-2024', 'GB/T 31486-2024'],
  ['GB／T 31486—2024', 'GB/T 31486-2024'],
  ['GBT 31486-2024', 'GB/T 31486-2024'],
  ['GBT31486-2024', 'GB/T 31486-2024'],
  ['GB T 31486-2024', 'GB/T 31486-2024'],
  ['gb/t31486', 'GB/T 31486'],
  ['GB/T 18487.1—2023', 'GB/T 18487.1-2023'],
  ['GB/T18487.1-2023', 'GB/T 18487.1-2023'],
  ['GB/T 18487．1－2023', 'GB/T 18487.1-2023'],
  ['GB/Z 42437—2023', 'GB/Z 42437-2023'],
  ['UN R100', 'UN R100'],
  ['UN R 100', 'UN R100'],
  ['UNR100', 'UN R100'],
  ['UN-R100', 'UN R100'],
  ['UN/R100', 'UN R100'],
  ['ECE R100', 'UN R100'],
  ['ECE-R100', 'UN R100'],
  ['ECE R 100', 'UN R100'],
  ['ECER100', 'UN R100'],
  ['UNECE R100', 'UN R100'],
  ['UN ECE R100', 'UN R100'],
  ['UN/ECE R100', 'UN R100'],
  ['UN-ECE-R100', 'UN R100'],
  ['UNECE Regulation No. 100', 'UN R100'],
  ['UN Regulation No. 100', 'UN R100'],
  ['UN Regulation No 100', 'UN R100'],
  ['UN Regulation No.100', 'UN R100'],
  ['ECE Regulation No. 100', 'UN R100'],
  ['Regulation No. 100', 'UN R100'],
  ['Regulation № 100', 'UN R100'],
  ['UN Reg. 100', 'UN R100'],
  ['ECE R155 00 series', 'UN R155 00 series'],
  ['UN R155 00 series Suppl. 1', 'UN R155 00 series Suppl. 1'],
  ['ISO 26262:2018', 'ISO 26262:2018'],
  ['ISO 26262：2018', 'ISO 26262:2018'],
  ['iso26262:2018', 'ISO 26262:2018'],
  ['ISO 6469-3:2021', 'ISO 6469-3:2021'],
  ['ISO 6469—3：2021', 'ISO 6469-3:2021'],
  ['ISO／SAE 21434:2021', 'ISO/SAE 21434:2021'],
  ['SAE J2464_202108', 'SAE J2464_202108'],
];

// Spellings that stay different designations.
const DISTINCT: [string, string][] = [
  ['GB/T 31486', 'GB 31486'],
  ['GB/Z 42437', 'GB/T 42437'],
  ['UN R10', 'UN R100'],
  ['UN 38.3', 'UN R38.3'],
  ['UN GTR 20', 'UN R20'],
  ['ISO 6469-3', 'ISO 64693'],
];

describe('designation normaliser', () => {
  it.each(SPELLINGS)('%s means %s', (written, meant) => {
    expect(designationKey(written)).toBe(designationKey(meant));
    expect(designationKey(normaliseDesignation(written))).toBe(designationKey(meant));
  });

  it('holds at least 40 spellings', () => expect(SPELLINGS.length).toBeGreaterThanOrEqual(40));

  it.each(DISTINCT)('%s is not %s', (a, b) => expect(designationKey(a)).not.toBe(designationKey(b)));

  it('writes the registry spelling', () => {
    expect(normaliseDesignation('UNECE Regulation No. 100')).toBe('UN R100');
    expect(normaliseDesignation('GB/T18487.1—2023')).toBe('GB/T 18487.1-2023');
    expect(normaliseDesignation('ＧＢ３８０３１—２０２５')).toBe('GB 38031-2025');
    expect(normaliseDesignation('ECE-R155 00 series')).toBe('UN R155 00 series');
  });

  it('gives a bare regulation number both readings', () => {
    expect(designationCandidates('R100')).toEqual(['R100', 'UNR100']);
    expect(designationCandidates('r 100 03 series')).toEqual(['R10003SERIES', 'UNR10003SERIES']);
    expect(designationCandidates('ECE R100')).toEqual(['UNR100']);
  });
});

const LOOKUP =
  `query ($designation: String!) { standard(designation: $designation) { designation } version(designation: ` +
  `$designation) { designation } }`;

describe('lookups by designation as written', () => {
  let database: TestDatabase;
  let app: App;
  beforeEach(() => {
    database = createTestDb();
    loadSample(database.db);
    app = appFor(database.db);
  });
  const lookup = async (designation: string) => {
    const response = await post<{ standard: { designation: string } | null; version: { designation: string } | null }>(
      app,
      { query: LOOKUP, variables: { designation } },
    );
    expect(response.errors).toBeUndefined();
    return {
      standard: response.data?.standard?.designation ?? null,
      version: response.data?.version?.designation ?? null,
    };
  };

  it.each([
    ['ECE R155', 'UN R155'],
    ['UNECE Regulation No. 155', 'UN R155'],
    ['R155', 'UN R155'],
    ['ＧＢ 38032', 'GB 38032'],
    ['GBT31486', 'GB/T 31486'],
  ])('standard(designation: %j) finds %s', async (written, meant) => {
    expect((await lookup(written)).standard).toBe(meant);
  });

  it.each([
    ['GB 38032—2020', 'GB 38032-2020'],
    ['GB38032－2020', 'GB 38032-2020'],
    ['GB／T 31486—2024', 'GB/T 31486-2024'],
    ['ECE-R155 00 series Suppl. 1', 'UN R155 00 series Suppl. 1'],
    ['R156 00 series', 'UN R156 00 series'],
    ['ISO 26262：2018', 'ISO 26262:2018'],
  ])('version(designation: %j) finds %s', async (written, meant) => {
    expect((await lookup(written)).version).toBe(meant);
  });

  it('answers null for a bare regulation number that two standards could mean', async () => {
    importRegistry({
      db: database.db,
      input: {
        format: 'standards-registry/v1',
        committees: [],
        standards: [
          {
            designation: 'R155',
            kind: 'OTHER',
            title: { en: 'A house rule numbered R155' },
            publisher: 'ACME',
            committee: null,
            versions: [],
          },
        ],
      },
    });
    expect(await lookup('R155')).toEqual({ standard: null, version: null });
    expect((await lookup('UN R155')).standard).toBe('UN R155');
    expect((await lookup('r155')).standard).toBe(null);
  });
});

describe('the import matches designations as written', () => {
  it('resolves replaces, base and references written with dashes, full-width forms and aliases', async () => {
    const database = createTestDb();
    loadSample(database.db);
    importRegistry({
      db: database.db,
      input: {
        format: 'standards-registry/v1',
        committees: [],
        standards: [
          {
            designation: 'GB/T 31486',
            kind: 'GB_T',
            title: {
              en: 'Electrical performance requirements and test methods for traction battery of electric vehicle',
              zh: '电动汽车用动力蓄电池电性能要求及试验方法',
            },
            publisher: 'SAMR/SAC',
            committee: null,
            versions: [
              {
                designation: 'GBT 31486—2024/XG1-2099',
                type: 'AMENDMENT',
                base: 'GB／T 31486－2024',
                published: null,
                effective: null,
                replaces: [],
                references: [{ designation: 'ECE R155 00 series', normative: true }],
              },
            ],
          },
        ],
      },
    });
    const response = await post<{
      version: { base: { designation: string }; references: { version: { designation: string } | null }[] };
    }>(appFor(database.db), {
      query:
        '{ version(designation: "GB/T 31486-2024/XG1—2099") { base { designation } references { version { ' +
        'designation } } } }',
    });
    expect(response.data?.version).toEqual({
      base: { designation: 'GB/T 31486-2024' },
      references: [{ version: { designation: 'UN R155 00 series' } }],
    });
  });
});

describe('drafts match designations as written', () => {
  const CREATE =
    `mutation ($input: CreateDraftInput!) { createDraft(input: $input) { draft { standard { designation } replaces ` +
    `{ designation } } } }`;
  it(
    'finds the standard and the replaced version, and refuses a planned designation already published in another ' +
      'spelling',
    async () => {
      const c = setUpCommittee(createTestDb().db);
      const create = (input: Record<string, unknown>) =>
        post<{ createDraft: { draft: unknown } }>(
          c.app,
          { query: CREATE, variables: { input: { committeeId: c.committeeGid, versionType: 'EDITION', ...input } } },
          c.secretary.token,
        );
      const made = await create({
        standardDesignation: 'ＧＢ 38031',
        versionDesignation: 'GB 38031-2026',
        replaces: ['GB 38031—2020'],
      });
      expect(made.data?.createDraft.draft).toEqual({
        standard: { designation: 'GB 38031' },
        replaces: [{ designation: 'GB 38031-2020' }],
      });
      expect(
        (await create({ standardDesignation: 'GB 38031', versionDesignation: 'GB38031－2020', replaces: [] }))
          .errors?.[0]?.extensions?.code,
      ).toBe('CONFLICT');
    },
  );
});
