import { beforeEach, describe, expect, it } from 'vitest';
import type { RegistryFile, StandardRecord } from '../src/domain/interchange/format.ts';
import { importRegistry } from '../src/domain/interchange/importRegistry.ts';
import { createTestDb, type TestDatabase } from './support/db.ts';
import { appFor, post, type App } from './support/http.ts';

const standard = (
  designation: string,
  kind: StandardRecord['kind'],
  versions: StandardRecord['versions'],
): StandardRecord => ({
  designation,
  kind,
  title: { en: `Title of ${designation}` },
  publisher: 'P',
  committee: null,
  versions,
});
const edition = (designation: string, more: Partial<StandardRecord['versions'][number]> = {}) => ({
  designation,
  type: 'EDITION' as const,
  published: null,
  effective: null,
  replaces: [],
  ...more,
});

// A made-up registry: an ISO standard with a national adoption, a regulation cited under an alias,
// and citations dated (a version) and undated (the standard), plus one to a document not held.
const FILE: RegistryFile = {
  format: 'standards-registry/v1',
  committees: [],
  standards: [
    standard('ISO 26262', 'ISO', [edition('ISO 26262:2011'), edition('ISO 26262:2018')]),
    standard('UN R155', 'UN_R', [{ ...edition('UN R155 00 series'), type: 'SERIES' }]),
    standard('GB/T 34590', 'GB_T', [
      edition('GB/T 34590-2022', { adopts: { designation: 'ISO 26262:2018', degree: 'IDT' } }),
    ]),
    standard('GB 44495', 'GB', [
      edition('GB 44495-2024', {
        references: [
          { designation: 'ISO 26262', normative: false },
          { designation: 'UNECE Regulation No. 155', normative: true },
          { designation: 'ISO 21448:2022', normative: true },
        ],
      }),
    ]),
    standard('SAE J3061', 'SAE', [
      edition('SAE J3061_201601', { references: [{ designation: 'ISO 26262:2011', normative: true }] }),
    ]),
  ],
};

const CITED_BY = `query ($designation: String!, $kinds: [ReferenceKind!]) {
  standard(designation: $designation) {
    citedBy(kinds: $kinds) { totalCount edges { node { kind degree designation citingVersion { designation } } } }
  }
}`;

let database: TestDatabase;
let app: App;
beforeEach(() => {
  database = createTestDb();
  importRegistry({ db: database.db, input: FILE });
  app = appFor(database.db);
});

const ask = async <T>(query: string, variables: Record<string, unknown> = {}) => {
  const response = await post<T>(app, { query, variables });
  expect(response.errors).toBeUndefined();
  return response.data!;
};

type CitedBy = {
  standard: {
    citedBy: {
      totalCount: number;
      edges: {
        node: { kind: string; degree: string | null; designation: string; citingVersion: { designation: string } };
      }[];
    };
  };
};
const citations = (data: CitedBy) =>
  data.standard.citedBy.edges.map(
    (e) =>
      `${e.node.citingVersion.designation} ${e.node.kind}${e.node.degree ? ` ${e.node.degree}` : ''} ` +
      `${e.node.designation}`,
  );

describe('cited by', () => {
  it(
    'lists, on a standard, the versions citing it undated ' + 'or through any of its versions, in recorded order',
    async () => {
      const data = await ask<CitedBy>(CITED_BY, { designation: 'ISO 26262' });
      expect(data.standard.citedBy.totalCount).toBe(3);
      expect(citations(data)).toEqual([
        'GB/T 34590-2022 ADOPTS IDT ISO 26262:2018',
        'GB 44495-2024 INFORMATIVE_REFERENCE ISO 26262',
        'SAE J3061_201601 NORMATIVE_REFERENCE ISO 26262:2011',
      ]);
    },
  );

  it('shows an ISO standard its national adoptions, and the adopting version the standard it adopts', async () => {
    expect(citations(await ask<CitedBy>(CITED_BY, { designation: 'ISO 26262', kinds: ['ADOPTS'] }))).toEqual([
      'GB/T 34590-2022 ADOPTS IDT ISO 26262:2018',
    ]);
    const data = await ask<{ version: { references: unknown[] } }>(
      `{ version(designation: "GB/T 34590—2022") { references { kind degree designation version { designation ` +
        `standard { designation } } } } }`,
    );
    expect(data.version.references).toEqual([
      {
        kind: 'ADOPTS',
        degree: 'IDT',
        designation: 'ISO 26262:2018',
        version: { designation: 'ISO 26262:2018', standard: { designation: 'ISO 26262' } },
      },
    ]);
  });

  it('finds citations written with an alias of the designation', async () => {
    expect(citations(await ask<CitedBy>(CITED_BY, { designation: 'ECE R155' }))).toEqual([
      'GB 44495-2024 NORMATIVE_REFERENCE UNECE Regulation No. 155',
    ]);
  });

  it('lists, on a version, only the references to that version', async () => {
    const data = await ask<{
      a: { citedBy: { totalCount: number; edges: { node: { citingVersion: { designation: string } } }[] } };
      b: { citedBy: { totalCount: number } };
    }>(
      `{ a: version(designation: "ISO 26262:2011") { citedBy { totalCount edges { node { citingVersion { designation } }
        } } }
         b: version(designation: "GB 44495-2024") { citedBy { totalCount } } }`,
    );
    expect(data.a.citedBy.totalCount).toBe(1);
    expect(data.a.citedBy.edges.map((e) => e.node.citingVersion.designation)).toEqual(['SAE J3061_201601']);
    expect(data.b.citedBy.totalCount).toBe(0);
  });

  it('pages, and keeps only the kinds asked for', async () => {
    const data = await ask<{
      standard: { citedBy: { totalCount: number; edges: unknown[]; pageInfo: { hasNextPage: boolean } } };
    }>(
      `{ standard(designation: "ISO 26262") { citedBy(first: 1, kinds: [NORMATIVE_REFERENCE, ` +
        `INFORMATIVE_REFERENCE]) { totalCount edges { cursor } pageInfo { hasNextPage } } } }`,
    );
    expect(data.standard.citedBy.totalCount).toBe(2);
    expect(data.standard.citedBy.edges).toHaveLength(1);
    expect(data.standard.citedBy.pageInfo.hasNextPage).toBe(true);
  });

  it('reads a whole page of standards and versions both ways in a fixed number of statements', async () => {
    // Page sizes within the cost limit, which prices every connection at its page size.
    const PAGE = `{ standards(first: 10) { edges { node { designation
      citedBy(first: 3) { totalCount edges { node { kind citingVersion { designation standard { designation } } } } }
      versions(first: 2) { edges { node { designation citedBy(first: 3) { totalCount edges { node { citingVersion {
        designation } } } } } } } } } } }`;
    const statementsFor = async () => {
      database.resetCount();
      await ask(PAGE);
      return database.statements.length;
    };
    const few = await statementsFor();
    importRegistry({
      db: database.db,
      input: {
        ...FILE,
        standards: Array.from({ length: 30 }, (_, i) =>
          standard(`GB/T ${80000 + i}`, 'GB_T', [
            edition(`GB/T ${80000 + i}-2020`, {
              references: [
                { designation: 'ISO 26262:2018', normative: true },
                { designation: 'GB 44495', normative: true },
              ],
            }),
          ]),
        ),
      },
    });
    expect(await statementsFor()).toBe(few);
    // The standards, their versions, the references to each (two), and the citing versions (two, by the plugin).
    expect(few).toBe(6);
  });
});
