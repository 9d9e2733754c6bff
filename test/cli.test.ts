import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/client.ts';
import { exportRegistry } from '../src/domain/interchange/exportRegistry.ts';
import { seedIfEmpty } from '../src/domain/interchange/seed.ts';
import { runCliInProcess } from './support/cli.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SAMPLE = join(ROOT, 'data/vehicle-standards.sample.json');

let dir: string;
let dbFile: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'registry-cli-'));
  dbFile = join(dir, 'registry.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, REGISTRY_DB: dbFile },
    encoding: 'utf8',
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Reads (or seeds) the database file in-process: only the command under test is spawned. */
function withDatabase<T>(use: (db: ReturnType<typeof openDatabase>['db']) => T): T {
  const opened = openDatabase({ file: dbFile });
  try {
    return use(opened.db);
  } finally {
    opened.close();
  }
}

// Each spawn starts Node with tsx (about a second): generous time for a loaded CI machine.
describe('cli', { timeout: 60_000 }, () => {
  it('--help lists every command', () => {
    const { code, stdout } = cli('--help');
    expect(code).toBe(0);
    for (const command of ['migrate', 'seed', 'import <file>', 'export [--out <file>]', 'REGISTRY_DB'])
      expect(stdout).toContain(command);
    expect(cli('frobnicate').code).toBe(2);
  });

  it('imports a file and exports it again unchanged', () => {
    const imported = cli('import', SAMPLE);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('created 5 committees, 10 standards, 18 versions, 0 clauses');

    const exported = cli('export');
    expect(exported.code).toBe(0);
    expect(exported.stdout).toBe(readFileSync(SAMPLE, 'utf8'));

    const out = join(dir, 'out.json');
    expect(cli('export', '--out', out).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(SAMPLE, 'utf8'));
    expect(cli('import', out).stdout).toContain(
      'updated 0 committees, 0 standards, 0 versions, 0 clauses; 33 unchanged',
    );
  });

  it('rejects a bad file with exit code 1, naming record and field, and leaves the database as it was', () => {
    withDatabase((db) => seedIfEmpty({ db }));
    const before = withDatabase((db) => exportRegistry({ db }));
    const bad = JSON.parse(readFileSync(SAMPLE, 'utf8'));
    bad.standards[0].title.en = 'Changed, but must not be written';
    bad.standards[4].versions[1].effective = '2026-02-30';
    bad.standards[9].versions[1].type = 'SUPPLEMENT';
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify(bad));

    const { code, stderr, stdout } = cli('import', file);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(
      'standards[4] "GB/T 31486" versions[1] "GB/T 31486-2024" effective: impossible date "2026-02-30"',
    );
    expect(stderr).toContain('standards[9] "SAE J2464" versions[1] "SAE J2464 NOV2009" base: missing');
    expect(stderr).toContain('nothing was imported');
    expect(withDatabase((db) => exportRegistry({ db }))).toEqual(before);

    writeFileSync(file, '{ not json');
    expect(cli('import', file).code).toBe(1);
  });

  it(
    'reads files as UTF-8 only (a byte-order mark is fine), refuses extra arguments, and reports a failed write in ' +
      'one line',
    async () => {
      const run = (...args: string[]) => runCliInProcess(args, { REGISTRY_DB: dbFile });
      const sample = readFileSync(SAMPLE);
      const withBom = join(dir, 'bom.json');
      writeFileSync(withBom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), sample]));
      expect(await run('import', withBom)).toMatchObject({ code: 0, err: '' });
      // GBK (or any non-UTF-8 encoding) of a Chinese title: refused, not stored as mojibake.
      const gbk = join(dir, 'gbk.json');
      writeFileSync(
        gbk,
        Buffer.concat([
          Buffer.from('{"format":"standards-registry/v1","committees":[],"standards":[{"title":"'),
          Buffer.from([0xb5, 0xe7, 0xb6, 0xaf]),
          Buffer.from('"}]}'),
        ]),
      );
      expect(await run('import', gbk)).toEqual({
        code: 1,
        out: '',
        err: `${gbk}: not UTF-8 text (save the file as UTF-8)\n`,
      });
      // A second file is not silently ignored.
      const extra = await run('import', withBom, gbk);
      expect(extra.code).toBe(2);
      expect(extra.err).toContain(`import: unexpected argument "${gbk}"`);
      expect((await run('export', 'registry.json')).code).toBe(2);
      const unwritable = await run('export', '--out', join(dir, 'no', 'such', 'dir', 'x.json'));
      expect(unwritable.code).toBe(1);
      expect(unwritable.err).toMatch(/^export: cannot write .*x\.json: ENOENT[^\n]*\n$/u);
    },
  );

  it('an import that cannot get the write lock within the wait says so in one line and changes nothing', async () => {
    const holder = openDatabase({ file: dbFile });
    holder.sqlite.exec('BEGIN IMMEDIATE'); // another writer, never done while the CLI waits
    try {
      const { code, out, err } = await runCliInProcess(['import', SAMPLE], { REGISTRY_DB: dbFile });
      expect({ code, out }).toEqual({ code: 1, out: '' });
      expect(err).toMatch(/^import: the database is locked by another writer .*; nothing was changed[^\n]*\n$/u);
    } finally {
      holder.sqlite.exec('ROLLBACK');
      holder.close();
    }
    expect(withDatabase((db) => exportRegistry({ db })).standards).toEqual([]);
  });
});

describe('cli commands as the docs paste them', { timeout: 60_000 }, () => {
  const run = (args: string[], env: Record<string, string> = {}) =>
    runCliInProcess(args, { REGISTRY_DB: dbFile, ...env });

  it('backup creates the folder it is told to write into', async () => {
    withDatabase((db) => seedIfEmpty({ db }));
    const target = join(dir, 'backups', 'nightly', 'registry-2026-11-29.db');
    const result = await run(['backup', target]);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(existsSync(target)).toBe(true);
  });

  it(
    'export to stdout under `npm run` without -s refuses (npm would write its banner into the file); with -s it ' +
      'writes the file',
    async () => {
      withDatabase((db) => seedIfEmpty({ db }));
      const underNpm = { npm_lifecycle_event: 'cli', npm_config_loglevel: 'notice' };
      const refused = await run(['export'], underNpm);
      expect(refused.code).toBe(2);
      expect(refused.out).toBe('');
      expect(refused.err).toContain('npm run -s cli -- export > registry.json');
      const silent = await run(['export'], { ...underNpm, npm_config_loglevel: 'silent' });
      expect(silent.code).toBe(0);
      expect(silent.out).toBe(readFileSync(SAMPLE, 'utf8'));
      const toFile = join(dir, 'out.json');
      expect((await run(['export', '--out', toFile], underNpm)).code).toBe(0);
      expect(readFileSync(toFile, 'utf8')).toBe(readFileSync(SAMPLE, 'utf8'));
    },
  );
});
