// A standard's page in the browser, timed inside the page: from navigation to its timeline drawn (the
// page's `standard-timeline-drawn` performance mark, relative to the navigation's start), and from a
// date move (the date field set as a reader sets it) to the answer for that date in the DOM.
import type { Page } from 'playwright-core';

/** What the measure needs of the benchmark's registry (an interchange file fits). */
export interface StandardPageSample {
  standards: readonly {
    designation: string;
    versions: readonly { effective?: string | null; published?: string | null }[];
  }[];
}

const COLD_RUNS = 3;
const DATE_MOVES = 6;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/** The standard with the most versions: the longest timeline and the largest answer. */
function pick(sample: StandardPageSample) {
  const [best] = [...sample.standards].sort((a, b) => b.versions.length - a.versions.length);
  if (!best) throw new Error('The sample has no standard to open.');
  return best;
}

/** Days around each version taking effect (full dates only), so moves cross the versions' changes. */
function datesOf(standard: ReturnType<typeof pick>): string[] {
  const days = standard.versions
    .map((v) => v.effective ?? v.published ?? '')
    .filter((d) => /^\d{4}-\d{2}-\d{2}$/u.test(d));
  const shift = (iso: string, by: number) =>
    new Date(Date.parse(`${iso}T00:00:00Z`) + by * 86_400_000).toISOString().slice(0, 10);
  const dates = [...new Set(days.flatMap((d) => [shift(d, -1), shift(d, 1)]))];
  while (dates.length < DATE_MOVES) dates.push(`${2000 + dates.length * 3}-06-15`);
  return dates.slice(0, DATE_MOVES);
}

export async function measureStandardPage(
  page: Page,
  origin: string,
  sample: StandardPageSample,
): Promise<{ coldMs: number; dateMoveMs: number }> {
  const standard = pick(sample);
  const url = `${origin}/standards/${encodeURIComponent(standard.designation)}?lang=en&on=2001-01-01`;
  const cold: number[] = [];
  for (let run = 0; run < COLD_RUNS; run++) {
    await page.goto(url);
    await page.locator('svg[data-drawn]').waitFor();
    cold.push(await page.evaluate(() => performance.getEntriesByName('standard-timeline-drawn')[0]?.startTime ?? NaN));
  }
  await page.locator('.answer[data-answer-on="2001-01-01"]').waitFor();

  const moves: number[] = [];
  for (const on of datesOf(standard)) {
    moves.push(
      await page.evaluate(async (date) => {
        const input = document.querySelector<HTMLInputElement>('.question input[type="date"]');
        const answer = document.querySelector('.answer');
        if (!input || !answer) throw new Error('The date field or the answer is missing.');
        const drawn = new Promise<void>((resolve) => {
          // No named local functions here: tsx would wrap them in a helper the page does not have.
          const observer = new MutationObserver(() => {
            if (answer.getAttribute('data-answer-on') === date) {
              observer.disconnect();
              resolve();
            }
          });
          observer.observe(answer, { attributes: true, attributeFilter: ['data-answer-on'] });
        });
        const start = performance.now();
        // As typing does: React reads the value through the native setter and an input event.
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, date);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await drawn;
        return performance.now() - start;
      }, on),
    );
  }
  return { coldMs: median(cold), dateMoveMs: median(moves) };
}
