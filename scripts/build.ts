// `npm run build`: bundles the server into one file, dist/server.mjs, for production start-up
// (`npm run start:prod`): loading the TypeScript sources through tsx resolves and compiles hundreds
// of modules before the server listens, and the bundle starts in a fraction of that time and
// memory (docs/performance.md). Same code, same configuration: only how it is loaded differs.
//
// esbuild comes with tsx (a runtime dependency), so nothing new is installed. better-sqlite3 stays
// external (native addon). Modules that find files next to their source (`new URL('../..',
// import.meta.url)`: the migrations folder, the bundled sample) get their own source URL written
// in, so those paths still point into the checkout; the entry keeps the bundle's URL, so its
// "am I the main module" check still holds. The bundle is therefore run from this checkout.
import { build, type Plugin } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Bundles `entry` (a path from the checkout root) into `outfile`; returns its size in bytes. */
export async function bundle(entry: string, outfile: string): Promise<number> {
  const entryPath = `${ROOT}${entry}`;
  const sourceUrls: Plugin = {
    name: 'source-import-meta-url',
    setup(esbuild) {
      esbuild.onLoad({ filter: /\/src\/.*\.ts$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        if (args.path === entryPath || !source.includes('import.meta.url')) return { contents: source, loader: 'ts' };
        return {
          contents: source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
          loader: 'ts',
        };
      });
    },
  };
  const result = await build({
    entryPoints: [entryPath],
    outfile: `${ROOT}${outfile}`,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    mainFields: ['module', 'main'],
    // GraphiQL's page (9 MB, loaded only when GRAPHIQL is on) stays in node_modules, outside the bundle.
    external: ['better-sqlite3', '@graphql-yoga/render-graphiql'],
    // CommonJS dependencies bundled into ESM call `require` for Node built-ins.
    banner: {
      js:
        "import { createRequire as __createRequire } from 'node:module'; const require = " +
        '__createRequire(import.meta.url);',
    },
    plugins: [sourceUrls],
    logLevel: 'warning',
    metafile: true,
  });
  return Object.values(result.metafile.outputs).reduce((n, output) => n + output.bytes, 0);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const bytes = await bundle('src/server.ts', 'dist/server.mjs');
  process.stdout.write(`dist/server.mjs: ${(bytes / 1_048_576).toFixed(1)} MB\n`);
}
