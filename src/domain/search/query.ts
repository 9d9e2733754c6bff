import { MIN_INDEXED_TERM } from '../../db/search-index.ts';

// What a caller types is text, never syntax: the query is split into terms on white space, and
// each term is matched literally (db/search-index.ts quotes it for FTS5). Nothing a caller types
// can make the search fail.

/** Bounds on one query, so a pasted document cannot make one search expensive. */
export const MAX_TERMS = 10;
export const MAX_TERM_CHARACTERS = 100;

export interface ParsedQuery {
  /** Terms the trigram index can match (3+ characters): ranked. */
  indexed: string[];
  /** Terms of 1–2 characters (`电池`, `GB`, `R`): matched as substrings, unranked. */
  short: string[];
}

const characters = (text: string) => [...text].length;

/** Splits a query into distinct terms; control characters count as spaces; empty when nothing is left. */
export function parseSearchQuery(query: string): ParsedQuery {
  const terms: string[] = [];
  for (const raw of query.replace(/\p{Cc}/gu, ' ').split(/\s+/u)) {
    if (raw === '') continue;
    const term = characters(raw) > MAX_TERM_CHARACTERS ? [...raw].slice(0, MAX_TERM_CHARACTERS).join('') : raw;
    if (terms.some((t) => t.toLowerCase() === term.toLowerCase())) continue;
    terms.push(term);
    if (terms.length === MAX_TERMS) break;
  }
  return {
    indexed: terms.filter((t) => characters(t) >= MIN_INDEXED_TERM),
    short: terms.filter((t) => characters(t) < MIN_INDEXED_TERM),
  };
}
