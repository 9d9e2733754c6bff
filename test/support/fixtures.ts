import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Db } from '../../src/db/client.ts';
import type { RegistryFile, StandardRecord } from '../../src/domain/interchange/format.ts';
import { importRegistry } from '../../src/domain/interchange/importRegistry.ts';

export const SAMPLE_PATH = fileURLToPath(new URL('../../data/vehicle-standards.sample.json', import.meta.url));

export function sampleFile(): RegistryFile {
  return JSON.parse(readFileSync(SAMPLE_PATH, 'utf8')) as RegistryFile;
}

export function loadSample(db: Db): void {
  importRegistry({ db, input: sampleFile() });
}

/** A file of `count` synthetic GB/T standards, each with two editions, the second replacing the first. */
export function syntheticStandards(count: number): RegistryFile {
  const standards: StandardRecord[] = Array.from({ length: count }, (_, i) => {
    const root = `GB/T ${90000 + i}`;
    return {
      designation: root,
      kind: 'GB_T',
      title: { en: `Synthetic test method ${i}`, zh: `合成试验方法 ${i}` },
      publisher: 'SAMR/SAC',
      committee: 'SAC/TC114',
      versions: [
        {
          designation: `${root}-2015`,
          type: 'EDITION',
          published: '2015-03-01',
          effective: '2015-10-01',
          replaces: [],
        },
        {
          designation: `${root}-2023`,
          type: 'EDITION',
          published: '2023-05-01',
          effective: '2024-01-01',
          replaces: [`${root}-2015`],
        },
      ],
    };
  });
  return {
    format: 'standards-registry/v1',
    committees: [{ code: 'SAC/TC114', name: { en: 'Road vehicles', zh: '汽车' }, parent: null }],
    standards,
  };
}
