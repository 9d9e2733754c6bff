import { jsSize } from './js-size.ts';
import { search } from './search.ts';
import { measureStandardPage } from './standard-page.ts';
import type { WebMeasure } from './types.ts';

/** A standard's page: navigation to its timeline drawn (cold), and a date move to its answer. */
const standardPage: WebMeasure = (page, origin, { registry }) => measureStandardPage(page, origin, registry);

/** Every measure `npm run bench -- --only web` runs, each on a fresh page; add a page's measures here. */
export const WEB_MEASURES: WebMeasure[] = [jsSize, search, standardPage];
