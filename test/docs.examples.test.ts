import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, validate } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { runCliInProcess } from './support/cli.ts';
import { openDatabase } from '../src/db/client.ts';
import { ERROR_CODES } from '../src/domain/errors.ts';
import { schema } from '../src/graphql/schema.ts';
import { post } from './support/http.ts';
import { loadSample } from './support/fixtures.ts';

// The README's and docs/'s examples are run, not retyped. Conventions (also in
// docs/architecture.md, "Documents"):
// - a ```graphql block followed by a ```json block is an example and its answer, run against a
//   fresh database holding the bundled sample; "…" in an answer stands for any value, and error
//   `locations` are left out;
// - `# as: <name>` on a graphql block's first line sends it with that person's token: a token made
//   by a documented `npm run -s cli -- user create` command, or one a `createApiToken` answer in the
//   same page returned, named by its `name`;
// - `<!-- clock: <date-time> -->` sets the server's clock for the blocks after it (committee work
//   waits for ballots to close); examples without it run on the real clock, so they must not
//   depend on today;
// - every other ```graphql block must be valid against the schema.

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PAGES = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];
const WILDCARD = '…';

interface Block {
  lang: string;
  text: string;
  line: number;
  /** Index of the closing fence's line. */
  end: number;
  /** The clock directive in force, if any. */
  clock: string | null;
}

function blocksOf(markdown: string): Block[] {
  const blocks: Block[] = [];
  const lines = markdown.split('\n');
  let clock: string | null = null;
  for (let i = 0; i < lines.length; i += 1) {
    const directive = /^<!-- clock: (\S+) -->$/u.exec(lines[i]!);
    if (directive) clock = directive[1]!;
    const fence = /^```(\w*)\s*$/u.exec(lines[i]!);
    if (!fence) continue;
    const start = i;
    const body: string[] = [];
    for (i += 1; i < lines.length && !/^```\s*$/u.test(lines[i]!); i += 1) body.push(lines[i]!);
    blocks.push({ lang: fence[1]!, text: body.join('\n'), line: start + 1, end: i, clock });
  }
  return blocks;
}

/** Pairs each graphql block with the json block right after it (blank lines between only). */
function examplesOf(markdown: string) {
  const blocks = blocksOf(markdown);
  const lines = markdown.split('\n');
  return blocks.map((block, i) => {
    const next = blocks[i + 1];
    const between = next ? lines.slice(block.end + 1, next.line - 1) : [];
    const answer =
      block.lang === 'graphql' && next?.lang === 'json' && between.every((l) => l.trim() === '') ? next : null;
    return { block, answer };
  });
}

/** `expected` with each "…" replaced by what `actual` holds there, so toEqual checks the rest exactly. */
function fillWildcards(expected: unknown, actual: unknown): unknown {
  if (expected === WILDCARD) return actual;
  if (Array.isArray(expected))
    return expected.map((item, i) => fillWildcards(item, Array.isArray(actual) ? actual[i] : undefined));
  if (typeof expected === 'object' && expected !== null) {
    const source = (typeof actual === 'object' && actual !== null ? actual : {}) as Record<string, unknown>;
    return Object.fromEntries(Object.entries(expected).map(([key, value]) => [key, fillWildcards(value, source[key])]));
  }
  return expected;
}

function withoutLocations(answer: Record<string, unknown>) {
  const errors = answer.errors as Record<string, unknown>[] | undefined;
  return errors ? { ...answer, errors: errors.map(({ locations: _, ...error }) => error) } : answer;
}

/** The words of a shell command line, with "double" or 'single' quotes. */
const shellWords = (line: string) =>
  [...line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/gu)].map((m) => m[1] ?? m[2] ?? m[3]!);

const dir = mkdtempSync(join(tmpdir(), 'registry-docs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(PAGES)('%s', (page) => {
  const markdown = readFileSync(join(ROOT, page), 'utf8');

  it('every example answers as written, and every other GraphQL block is valid against the schema', {
    timeout: 60_000,
  }, async () => {
    const file = join(dir, `${page.replace(/\W/gu, '_')}.db`);
    const opened = openDatabase({ file });
    loadSample(opened.db);
    let now: Date | null = null;
    const app = createApp({ db: opened.db, clock: () => now ?? new Date() });
    const tokens = new Map<string, string>();
    try {
      for (const { block, answer } of examplesOf(markdown)) {
        const where = `${page}:${block.line}`;
        if (block.lang === 'sh') {
          for (const line of block.text.split('\n').filter((l) => l.startsWith('npm run -s cli -- user create'))) {
            const args = shellWords(line).slice(5);
            const result = await runCliInProcess(args, { REGISTRY_DB: file });
            const { code } = result;
            const out = result.out + result.err;
            expect(code, `${where}: ${out}`).toBe(0);
            tokens.set(args[args.indexOf('--name') + 1]!, out.trim().split('\n').at(-1)!);
          }
        }
        if (block.lang !== 'graphql') continue;
        if (!answer) {
          expect(
            validate(schema, parse(block.text)).map((e) => e.message),
            where,
          ).toEqual([]);
          continue;
        }
        now = block.clock === null ? null : new Date(block.clock);
        const as = /^# as: (.+)$/mu.exec(block.text.split('\n')[0]!)?.[1]?.trim() ?? null;
        if (as !== null) expect(tokens.has(as), `${where}: no token for ${as}`).toBe(true);
        const { status: _, ...actual } = await post(app, { query: block.text }, as === null ? null : tokens.get(as)!);
        for (const created of Object.values(
          (actual.data ?? {}) as Record<string, { secret?: string; token?: { name?: string } } | null>,
        )) {
          if (created?.secret !== undefined && created.token?.name !== undefined)
            tokens.set(created.token.name, created.secret);
        }
        const expected = JSON.parse(answer.text) as unknown;
        const got = withoutLocations(actual as Record<string, unknown>);
        expect(got, `${where}: the answer differs from the one written at line ${answer.line}`).toEqual(
          fillWildcards(expected, got),
        );
      }
    } finally {
      opened.close();
    }
  });

  it('links to files and headings that exist', () => {
    for (const [, target] of markdown.matchAll(/\]\(([^)\s]+)\)/gu)) {
      if (/^[a-z]+:/u.test(target!)) continue;
      const [path, anchor] = target!.split('#');
      const resolved = path === '' ? join(ROOT, page) : join(ROOT, page, '..', path!);
      expect(existsSync(resolved), `${page}: ${target}`).toBe(true);
      if (anchor && resolved.endsWith('.md'))
        expect(anchorsOf(readFileSync(resolved, 'utf8')), `${page}: ${target}`).toContain(anchor);
    }
  });
});

/** GitHub's heading anchors: lower case, punctuation dropped, spaces as hyphens. */
function anchorsOf(markdown: string): string[] {
  return [...markdown.matchAll(/^#{1,6} (.+)$/gmu)].map(([, heading]) =>
    heading!
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/gu, '-'),
  );
}

describe('documents', () => {
  it('the README stays a newcomer page of at most 200 lines, linking into docs/', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme.split('\n').length).toBeLessThanOrEqual(200);
    for (const page of PAGES.filter((p) => p.startsWith('docs/'))) expect(readme, page).toContain(`](${page}`);
  });

  it('docs/api.md lists every error code the domain can raise', () => {
    const api = readFileSync(join(ROOT, 'docs/api.md'), 'utf8');
    for (const code of ERROR_CODES) expect(api, code).toMatch(new RegExp(`^\\| \`${code}\` \\|`, 'mu'));
  });

  it('code comments cite only documents in the repository', () => {
    const sources = ['src', 'test', 'scripts', 'bench'].flatMap((folder) =>
      readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.(ts|mjs)$/u.test(f) && !f.startsWith('gql'))
        .map((f) => join(folder, f)),
    );
    for (const source of sources) {
      const text = readFileSync(join(ROOT, source), 'utf8');
      expect(text, source).not.toMatch(/STACK\.md|DESIGN \u00a7|\.\.\/shared|\bissue \d+\b/u);
      for (const [cited] of text.matchAll(/docs\/[\w-]+\.md/gu))
        expect(existsSync(join(ROOT, cited)), `${source} cites ${cited}`).toBe(true);
    }
  });
});
