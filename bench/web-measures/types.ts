import type { Page } from 'playwright-core';
import type { RegistryFile } from '../../src/domain/interchange/format.ts';

export interface WebSample {
  /** The generated registry the server holds: measures pick their designations and words from it. */
  registry: RegistryFile;
  /** How many timed repetitions a measure makes (distinct inputs, so no answer comes from a cache). */
  repetitions: number;
}

/**
 * One measure of the lab pages in the browser: given a fresh page (1280 × 900, English) and the
 * server's origin, it returns named figures (milliseconds, kilobytes, counts or notes).
 */
export type WebMeasure = (page: Page, origin: string, sample: WebSample) => Promise<Record<string, number | string>>;

/** The value below which `share` (0–1) of `values` lie (nearest rank). */
export function percentile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))] ?? Number.NaN;
}

export const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
