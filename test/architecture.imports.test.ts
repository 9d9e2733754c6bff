import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The layers' import rules (docs/architecture.md): `src/vocabulary/` is a leaf; `src/db/` and the
// catalogue's read model (`src/catalogue/`, typed reads over db/) import only each other and the leaf
// (db/ takes the public tables' list from the read model, to make the cache's triggers); `src/domain/`
// only those and itself: never GraphQL, HTTP or the request context (verbs take the narrow
// `DomainContext` of src/domain/context.ts).

const SRC = resolve(import.meta.dirname, '../src');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return /\.(ts|mts|mjs)$/.test(entry.name) ? [path] : [];
  });
}

/** Every relative module a file imports (static, `export … from`, dynamic), as a path under src/. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]!);
  return specifiers.filter((s) => s.startsWith('.')).map((s) => relative(SRC, resolve(dirname(file), s)));
}

function violations(layer: string, allowed: readonly string[]): string[] {
  return filesUnder(join(SRC, layer)).flatMap((file) =>
    importsOf(file)
      .filter((target) => !allowed.some((prefix) => target.startsWith(`${prefix}/`)))
      .map((target) => `${relative(SRC, file)} imports ${target}`),
  );
}

describe('import layers', () => {
  it('finds the imports it checks (the scan itself works)', () => {
    const found = importsOf(join(SRC, 'db/tables.ts'));
    expect(found).toContain('vocabulary/enums.ts');
  });

  it('src/vocabulary imports nothing of the project', () => {
    expect(violations('vocabulary', ['vocabulary'])).toEqual([]);
  });

  it('src/db imports only src/db, the read model and src/vocabulary (never domain, graphql, http)', () => {
    expect(violations('db', ['db', 'catalogue', 'vocabulary'])).toEqual([]);
  });

  it('src/catalogue (the read model) imports only itself, src/db and src/vocabulary', () => {
    expect(violations('catalogue', ['catalogue', 'db', 'vocabulary'])).toEqual([]);
  });

  it('src/domain imports only src/domain, src/db, the read model and src/vocabulary (no GraphQL, HTTP)', () => {
    // src/webhooks: the address policy and signature a webhook is checked and created with.
    expect(violations('domain', ['domain', 'db', 'catalogue', 'vocabulary', 'webhooks'])).toEqual([]);
  });
});
