// Times importing a large synthetic interchange file into a fresh database file (a measurement,
// not a test): `npx tsx scripts/measure-import.ts [standards=10000]`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openDatabase } from '../src/db/client.ts';
import type { ClauseRecord, RegistryFile, StandardRecord, VersionRecord } from '../src/domain/interchange/format.ts';
import { importRegistry } from '../src/domain/interchange/importRegistry.ts';

const KINDS = ['GB', 'GB_T', 'ISO', 'SAE', 'UN_R'] as const;

function clauseTree(): ClauseRecord[] {
  return [1, 2, 3].map((n) => ({
    number: String(n),
    heading: `Clause ${n}`,
    ...(n === 1 ? { informative: true } : {}),
    clauses: [1, 2].map((m) => ({ number: `${n}.${m}`, heading: `Clause ${n}.${m}`, text: `Requirement ${n}.${m}.` })),
  }));
}

/** Editions (or UN series) of standard `i`, in the order a publisher would list them. */
function versionsOf(i: number, root: string, kind: (typeof KINDS)[number]): VersionRecord[] {
  const y = 1995 + (i % 7);
  if (kind === 'UN_R') {
    const s00 = `${root} 00 series`;
    const s01 = `${root} 01 series`;
    return [
      { designation: s00, type: 'SERIES', published: null, effective: `${y}-06-01`, replaces: [] },
      {
        designation: `${s00} Suppl. 1`,
        type: 'SUPPLEMENT',
        base: s00,
        published: null,
        effective: `${y + 2}-01-15`,
        replaces: [],
      },
      {
        designation: s01,
        type: 'SERIES',
        published: null,
        effective: `${y + 8}-06-01`,
        mandatoryNewTypes: `${y + 10}-09-01`,
        mandatoryExistingTypes: `${y + 12}-09-01`,
        replaces: [s00],
      },
      {
        designation: `${s00} Suppl. 2`,
        type: 'SUPPLEMENT',
        base: s00,
        published: null,
        effective: `${y + 9}-01-15`,
        replaces: [],
      },
    ];
  }
  const name = (year: number) =>
    kind === 'ISO' ? `${root}:${year}` : kind === 'SAE' ? `${root}_${year}01` : `${root}-${year}`;
  const published = (year: number) => (kind === 'ISO' || kind === 'SAE' ? `${year}-03` : `${year}-03-15`);
  const effective = (year: number) => (kind === 'GB' || kind === 'GB_T' ? `${year}-10-01` : null);
  const [e0, e1, e2] = [y, y + 8, y + 16].map(name) as [string, string, string];
  return [
    { designation: e0, type: 'EDITION', published: published(y), effective: effective(y), replaces: [] },
    { designation: e1, type: 'EDITION', published: published(y + 8), effective: effective(y + 8), replaces: [e0] },
    {
      designation: kind === 'GB' || kind === 'GB_T' ? `${e1}/XG1-${y + 10}` : `${e1}/Amd 1:${y + 10}`,
      type: 'AMENDMENT',
      base: e1,
      published: published(y + 10),
      effective: effective(y + 10),
      replaces: [],
    },
    {
      designation: e2,
      type: 'EDITION',
      published: published(y + 16),
      effective: effective(y + 16),
      ...(kind === 'GB' ? { mandatoryNewTypes: `${y + 17}-01-01`, mandatoryExistingTypes: `${y + 18}-01-01` } : {}),
      replaces: [e1],
    },
  ];
}

const rootOf = (i: number) => {
  const kind = KINDS[i % KINDS.length]!;
  const n = 10000 + i;
  const root = { GB: `GB ${n}`, GB_T: `GB/T ${n}`, ISO: `ISO ${n}`, SAE: `SAE J${n}`, UN_R: `UN R${n}` }[kind];
  return { kind, root };
};

/**
 * A deterministic file of `count` standards with four versions each: editions or UN series that
 * replace one another, amendments and supplements on a base, every seventh standard's latest
 * version also replacing the first version of the standard before it (across kinds), some
 * references and adoptions, and a clause tree on every hundredth standard. No warnings.
 */
export function generateRegistryFile(count: number): RegistryFile {
  const committees = Array.from({ length: 10 }, (_, t) => [
    { code: `SYN/TC${t}`, name: { en: `Synthetic committee ${t}` }, parent: null },
    ...Array.from({ length: 4 }, (_, s) => ({
      code: `SYN/TC${t}/SC${s}`,
      name: { en: `Subcommittee ${t}.${s}`, zh: `分委员会 ${t}.${s}` },
      parent: `SYN/TC${t}`,
    })),
  ]).flat();
  const firstVersion: string[] = [];
  const standards: StandardRecord[] = Array.from({ length: count }, (_, i) => {
    const { kind, root } = rootOf(i);
    const versions = versionsOf(i, root, kind);
    firstVersion.push(versions[0]!.designation);
    const last = versions[versions.length - 1]!;
    if (i % 7 === 3) last.replaces = [...last.replaces, firstVersion[i - 1]!];
    if (i % 3 === 0 && i > 0)
      last.references = [
        { designation: rootOf(i - 1).root, normative: true },
        { designation: 'ISO 26262-1:2018', normative: false },
      ];
    if (kind === 'GB_T' && i % 10 === 1) last.adopts = { designation: `ISO ${20000 + i}:2019`, degree: 'MOD' };
    if (i % 100 === 0) last.clauses = clauseTree();
    return {
      designation: root,
      kind,
      title: {
        en: `Synthetic vehicle test standard ${i}`,
        ...(kind.startsWith('GB') ? { zh: `合成车辆试验标准 ${i}` } : {}),
      },
      publisher: { GB: 'SAMR/SAC', GB_T: 'SAMR/SAC', ISO: 'ISO', SAE: 'SAE International', UN_R: 'UNECE' }[kind],
      committee: i % 9 === 0 ? null : committees[i % committees.length]!.code,
      versions,
    };
  });
  return { format: 'standards-registry/v1', committees, standards };
}

function measure(count: number): void {
  const file = generateRegistryFile(count);
  const versionCount = file.standards.reduce((n, s) => n + s.versions.length, 0);
  const replacementCount = file.standards.reduce(
    (n, s) => n + s.versions.reduce((m, v) => m + v.replaces.length, 0),
    0,
  );
  const dir = mkdtempSync(join(tmpdir(), 'measure-import-'));
  try {
    const { db, close } = openDatabase({ file: join(dir, 'registry.db') });
    const started = performance.now();
    const result = importRegistry({ db, input: file });
    const first = performance.now() - started;
    const again = performance.now();
    const second = importRegistry({ db, input: file });
    const idempotent = performance.now() - again;
    close();
    console.log(
      `${count} standards, ${versionCount} versions, ${replacementCount} replacements, ${result.created.clauses} ` +
        `clauses: ` +
        `import into a fresh database file ${(first / 1000).toFixed(2)} s; same file again ` +
        `${(idempotent / 1000).toFixed(2)} s ` +
        `(${second.unchanged} unchanged, ${result.warnings.length} warnings)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  measure(Number(process.argv[2] ?? 10_000));
}
