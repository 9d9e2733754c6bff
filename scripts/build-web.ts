// `npm run build:web`: builds the web app (web/) into web/dist with Vite, when its sources changed
// since the last build (`--force` always builds). `npm start` runs it first, so a fresh clone serves
// the app without a separate step; a build takes a few seconds.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WEB = join(ROOT, 'web');
const OUT = join(WEB, 'dist');
const STAMP = join(OUT, '.source-hash');
/** Files outside web/ that make the build: the CSV writer and the lists the app shares with the server, this script. */
const SHARED = ['src/http/feeds/csv.ts', 'src/vocabulary/enums.ts', 'scripts/build-web.ts'];

/** A hash of everything the build reads: the app's sources and the installed versions. */
export function webSourceHash(): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (path === OUT || name === 'node_modules') continue;
      if (statSync(path).isDirectory()) walk(path);
      else hash.update(relative(ROOT, path)).update('\0').update(readFileSync(path)).update('\0');
    }
  };
  walk(WEB);
  for (const path of SHARED)
    hash
      .update(path)
      .update('\0')
      .update(readFileSync(join(ROOT, path)))
      .update('\0');
  hash.update(readFileSync(join(ROOT, 'package-lock.json')));
  return hash.digest('hex');
}

export function webBuildIsCurrent(): boolean {
  return existsSync(join(OUT, 'index.html')) && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === webSourceHash();
}

/** Builds web/dist unless it is current; returns whether it built. */
export async function buildWeb({ force = false, quiet = false } = {}): Promise<boolean> {
  if (!force && webBuildIsCurrent()) return false;
  const sourceHash = webSourceHash();
  const { build } = await import('vite');
  // Vite keeps a NODE_ENV already set (vitest sets `test`), and React's development build would then
  // be shipped: the app is always built for production.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: join(WEB, 'vite.config.ts'), mode: 'production', logLevel: quiet ? 'error' : 'warn' });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  writeFileSync(STAMP, sourceHash);
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const force = process.argv.includes('--force');
  const built = await buildWeb({ force });
  process.stdout.write(built ? 'web app built into web/dist\n' : 'web app is up to date (web/dist)\n');
}
