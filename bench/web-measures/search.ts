import { ASPECTS, COMPONENTS } from '../generate.ts';
import type { WebMeasure, WebSample } from './types.ts';
import { percentile, round } from './types.ts';

/**
 * Distinct queries as labs type them, each about a standard of the registry: its designation, or
 * words of its title in English or in Chinese; distinct, so no answer comes from the response cache.
 */
export function searchQueries({ registry, repetitions }: WebSample): string[] {
  const queries = new Set<string>();
  for (let k = 0; queries.size < repetitions && k < repetitions * 4; k += 1) {
    const standard = registry.standards[(k * 97) % registry.standards.length]!;
    const [, componentEn, aspectEn] = standard.title.en.split(' — ');
    const component = COMPONENTS.find(([en]) => en === componentEn);
    const aspect = ASPECTS.find(([en]) => en === aspectEn);
    if (!component || !aspect) continue;
    // Chinese titles are given for GB and GB/T standards only.
    const chinese = standard.title.zh ? `${component[1]}${aspect[1]}` : `${component[0]} ${aspect[0]}`;
    const words = [standard.designation, `${component[0]} ${aspect[0].split(' ')[0]}`, chinese];
    queries.add(words[k % 3]!);
  }
  return [...queries];
}

declare global {
  interface Window {
    __keystrokeToResult?: Promise<number>;
  }
}

/**
 * From the last keystroke of a query (the input event's time) to the frame after its results are in
 * the page, per query: the box holds the query less its last character (answered), then that
 * character is typed. Timed in the page with the Performance API (`performance.measure`).
 */
export const search: WebMeasure = async (page, origin, sample) => {
  await page.goto(`${origin}/?lang=en`);
  const input = page.locator('#search-input');
  await input.waitFor();
  const answered = (query: string) =>
    page.waitForFunction((q) => {
      const results = document.querySelector<HTMLElement>('.search-results');
      return results?.dataset.query === q && results.getAttribute('aria-busy') === 'false';
    }, query);
  const times: number[] = [];
  let empty = 0;
  for (const query of searchQueries(sample)) {
    const chars = [...query];
    const last = chars.pop()!;
    await input.fill(chars.join(''));
    await answered(chars.join('').trim());
    await page.evaluate((q) => {
      window.__keystrokeToResult = new Promise((resolve) => {
        const box = document.getElementById('search-input')!;
        let start: number | undefined;
        box.addEventListener('input', (event) => (start = event.timeStamp), { once: true });
        const observer = new MutationObserver(() => {
          const results = document.querySelector<HTMLElement>('.search-results');
          if (start === undefined || results?.dataset.query !== q || results.getAttribute('aria-busy') !== 'false')
            return;
          observer.disconnect();
          requestAnimationFrame(() => {
            const end = performance.now();
            performance.measure('keystroke-to-result', { start, end });
            resolve(end - start!);
          });
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      });
    }, query);
    await page.keyboard.type(last);
    times.push(await page.evaluate(() => window.__keystrokeToResult!));
    if ((await page.locator('.result-group').count()) === 0) empty += 1;
  }
  return {
    keystrokeToResultP50Ms: round(percentile(times, 0.5)),
    keystrokeToResultP95Ms: round(percentile(times, 0.95)),
    keystrokeToResultMaxMs: round(Math.max(...times)),
    searchQueries: times.length,
    searchQueriesWithoutResults: empty,
  };
};
