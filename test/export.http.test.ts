import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { exportRegistry } from '../src/domain/interchange/exportRegistry.ts';
import type { RegistryFile } from '../src/domain/interchange/format.ts';
import { importRegistry } from '../src/domain/interchange/importRegistry.ts';
import { parseInterchangeFile } from '../src/domain/interchange/format.ts';
import { createTestDb } from './support/db.ts';
import { loadSample, SAMPLE_PATH, syntheticStandards } from './support/fixtures.ts';

type App = ReturnType<typeof createApp>;
const get = (app: App, path: string, headers: Record<string, string> = {}) =>
  app.fetch(`http://registry.test${path}`, { headers });

function registryOf(file?: RegistryFile) {
  const test = createTestDb();
  if (file) importRegistry({ db: test.db, input: file });
  else loadSample(test.db);
  return { ...test, app: createApp({ db: test.db, clock: () => new Date('2025-06-01T12:00:00Z') }) };
}

async function download(app: App, path: string): Promise<{ text: string; chunks: number }> {
  const response = await get(app, path);
  expect(response.status, path).toBe(200);
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let chunks = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    chunks += 1;
    text += decoder.decode(read.value, { stream: true });
  }
  return { text: text + decoder.decode(), chunks };
}

/** Two standards of two kinds: the GB's edition replaces the GB/T's, under a subcommittee. */
const CROSS: RegistryFile = {
  format: 'standards-registry/v1',
  committees: [
    { code: 'SAC/TC114', name: { en: 'Road vehicles', zh: '汽车' }, parent: null },
    { code: 'SAC/TC114/SC27', name: { en: 'Electric vehicles' }, parent: 'SAC/TC114' },
    { code: 'ISO/TC22', name: { en: 'Road vehicles' }, parent: null },
  ],
  standards: [
    {
      designation: 'GB/T 2',
      kind: 'GB_T',
      title: { en: 'Old method' },
      publisher: 'SAC',
      committee: 'SAC/TC114/SC27',
      versions: [
        { designation: 'GB/T 2-2015', type: 'EDITION', published: '2015-01-01', effective: null, replaces: [] },
      ],
    },
    {
      designation: 'GB 1',
      kind: 'GB',
      title: { en: 'New requirement', zh: '新要求' },
      publisher: 'SAC',
      committee: 'SAC/TC114/SC27',
      versions: [
        {
          designation: 'GB 1-2020',
          type: 'EDITION',
          published: '2020-01-01',
          effective: '2021-01-01',
          replaces: ['GB/T 2-2015'],
        },
      ],
    },
    {
      designation: 'ISO 3',
      kind: 'ISO',
      title: { en: 'Unrelated' },
      publisher: 'ISO',
      committee: 'ISO/TC22',
      versions: [],
    },
  ],
};

describe('GET /export.json', () => {
  it('streams the whole registry, one chunk per standard, in the very bytes of the CLI export', async () => {
    const { app, db } = registryOf();
    const { text, chunks } = await download(app, '/export.json');
    expect(text).toBe(`${JSON.stringify(exportRegistry({ db }), null, 2)}\n`);
    expect(text).toBe(readFileSync(SAMPLE_PATH, 'utf8'));
    expect(chunks).toBeGreaterThanOrEqual(10);
  });

  it('round-trips: the download imported into an empty registry exports the same bytes', async () => {
    const { app } = registryOf();
    const { text } = await download(app, '/export.json');
    const copy = registryOf(parseInterchangeFile(new TextEncoder().encode(text)) as RegistryFile);
    expect((await download(copy.app, '/export.json')).text).toBe(text);
  });

  it(
    'a filtered export carries what its versions replace and ' + 'the committees they need, so it imports on its own',
    async () => {
      const { app } = registryOf(CROSS);
      const { text } = await download(app, '/export.json?kinds=GB');
      const file = JSON.parse(text) as RegistryFile;
      expect(file.standards.map((s) => s.designation)).toEqual(['GB/T 2', 'GB 1']);
      expect(file.committees.map((c) => c.code)).toEqual(['SAC/TC114', 'SAC/TC114/SC27']);
      const copy = registryOf(file);
      expect((await download(copy.app, '/export.json')).text).toBe(text);
      expect(JSON.parse((await download(app, '/export.json?standards=ISO%203')).text).standards).toHaveLength(1);
    },
  );

  it('reads the registry in the same number of SQL statements whatever its size', async () => {
    const counts = [];
    for (const count of [1, 300]) {
      const { app, statements, resetCount } = registryOf(syntheticStandards(count));
      resetCount();
      expect(JSON.parse((await download(app, '/export.json?kinds=GB_T')).text).standards).toHaveLength(count);
      counts.push(statements.length);
    }
    expect(counts[1]).toBe(counts[0]);
  });

  it('an empty registry exports an empty file that imports', async () => {
    const { app } = registryOf({ format: 'standards-registry/v1', committees: [], standards: [] });
    const { text } = await download(app, '/export.json');
    expect(JSON.parse(text)).toEqual({ format: 'standards-registry/v1', committees: [], standards: [] });
    expect(text).toBe(
      `${JSON.stringify({ format: 'standards-registry/v1', committees: [], standards: [] }, null, 2)}\n`,
    );
  });

  it('is cacheable: 304 for its ETag until the data changes; bad parameters are 400', async () => {
    const { app, db } = registryOf();
    const etag = (await get(app, '/export.json')).headers.get('etag')!;
    expect((await get(app, '/export.json', { 'if-none-match': etag })).status).toBe(304);
    importRegistry({ db, input: CROSS });
    expect((await get(app, '/export.json', { 'if-none-match': etag })).status).toBe(200);
    const bad = await get(app, '/export.json?kind=GB');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ errors: [{ extensions: { code: 'INVALID_INPUT', field: 'kind' } }] });
  });
});

describe('GET /standards.csv', () => {
  const rowsOf = async (app: App, path: string) => {
    const response = await get(app, path);
    expect(response.status, path).toBe(200);
    const text = await response.text();
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...lines] = text
      .slice(1)
      .split('\r\n')
      .filter((l) => l !== '');
    const names = header!.split(',');
    return lines.map(
      (line) => Object.fromEntries(line.split(',').map((v, i) => [names[i], v])) as Record<string, string>,
    );
  };

  it('gives one row per version with its dates and its status on the date, for the scope', async () => {
    const { app } = registryOf();
    const rows = await rowsOf(app, '/standards.csv?on=2025-06-01&standards=GB/T%2031486');
    expect(rows.map((r) => [r.version, r.effective, r.replaced_by, r.status, r.mandatory])).toEqual([
      ['GB/T 31486-2015', '', 'GB/T 31486-2024', 'SUPERSEDED', 'false'],
      ['GB/T 31486-2024', '2025-04-01', '', 'IN_FORCE', 'true'],
    ]);
    const existing = await rowsOf(
      app,
      '/standards.csv?on=2025-06-01&scope=EXISTING_TYPES&standards=GB/T%2031486&lang=zh',
    );
    expect(existing.map((r) => [r.status, r.status_label, r.title_zh])).toEqual([
      ['IN_TRANSITION', '过渡期', '电动汽车用动力蓄电池电性能要求及试验方法'],
      ['IN_FORCE', '现行', '电动汽车用动力蓄电池电性能要求及试验方法'],
    ]);
  });

  it('defaults to today (UTC) and lists every version without a filter', async () => {
    const { app } = registryOf();
    const rows = await rowsOf(app, '/standards.csv');
    expect(rows).toHaveLength(18);
    expect(new Set(rows.map((r) => r.on))).toEqual(new Set(['2025-06-01']));
  });

  it('reads the registry in three SQL statements however many versions it lists', async () => {
    for (const count of [1, 300]) {
      const { app, statements, resetCount } = registryOf(syntheticStandards(count));
      resetCount();
      expect(await rowsOf(app, '/standards.csv?on=2025-06-01')).toHaveLength(2 * count);
      expect(statements, `${count} standards`).toHaveLength(3);
    }
  });

  it('refuses a bad date or scope with 400', async () => {
    const { app } = registryOf();
    for (const [path, field] of [
      ['/standards.csv?on=2025-6-1', 'on'],
      ['/standards.csv?scope=ALL', 'scope'],
    ]) {
      const response = await get(app, path!);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'INVALID_INPUT', field } }] });
    }
  });
});
