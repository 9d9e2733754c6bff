import { jsSize } from './js-size.ts';
import { search } from './search.ts';
import type { WebMeasure } from './types.ts';

/** Every measure `npm run bench -- --only web` runs, each on a fresh page; add a page's measures here. */
export const WEB_MEASURES: WebMeasure[] = [jsSize, search];
