import { hasWords } from '../../db/search-index.ts';

// What a caller types is text, never syntax: the query is split into terms on white space, and
// each term (or a synonym of it, synonyms.ts) is matched as a phrase (db/search-index.ts quotes it
// for FTS5). Nothing a caller types can make the search fail.

/** Bounds on one query, so a pasted document cannot make one search expensive. */
export const MAX_TERMS = 10;
export const MAX_TERM_CHARACTERS = 100;

/**
 * The distinct terms of a query (ignoring case), at most MAX_TERMS of at most MAX_TERM_CHARACTERS
 * each. Control characters count as spaces; terms without a letter or digit (`*`, `%`, `(((`)
 * match nothing and are dropped. Empty when nothing is left.
 */
export function parseSearchQuery(query: string): string[] {
  const terms: string[] = [];
  for (const raw of query.replace(/\p{Cc}/gu, ' ').split(/\s+/u)) {
    if (!hasWords(raw)) continue;
    const term = [...raw].length > MAX_TERM_CHARACTERS ? [...raw].slice(0, MAX_TERM_CHARACTERS).join('') : raw;
    if (terms.some((t) => t.toLowerCase() === term.toLowerCase())) continue;
    terms.push(term);
    if (terms.length === MAX_TERMS) break;
  }
  return terms;
}
