import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { WebMeasure } from './types.ts';
import { round } from './types.ts';

const ASSETS = fileURLToPath(new URL('../../web/dist/assets', import.meta.url));
const gzipKb = (file: string) => gzipSync(readFileSync(join(ASSETS, file)), { level: 9 }).length / 1024;

/**
 * JavaScript shipped for the lab pages, gzipped: what the first page loads (the scripts the browser
 * fetched to draw `/`, from the Performance API's resource entries) and every chunk of the build.
 */
export const jsSize: WebMeasure = async (page, origin) => {
  await page.goto(`${origin}/?lang=en`);
  await page.locator('#search-input').waitFor();
  const loaded = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.endsWith('.js')),
  );
  const initial = loaded.map((path) => path.replace(/^\/assets\//u, ''));
  const all = readdirSync(ASSETS).filter((name) => name.endsWith('.js'));
  return {
    initialJsGzipKb: round(initial.reduce((n, file) => n + gzipKb(file), 0)),
    initialJsFiles: initial.length,
    allJsGzipKb: round(all.reduce((n, file) => n + gzipKb(file), 0)),
    allJsFiles: all.length,
  };
};
