import { MATCH_END, MATCH_START, type SearchRow } from '../../db/search-index.ts';

// Snippets as parts (text, and whether it matched) rather than markup: a client renders them as it
// likes, and stored text can never be mistaken for markup.

export const SEARCH_FIELDS = ['DESIGNATION', 'TITLE_EN', 'TITLE_ZH', 'HEADING', 'TEXT'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

export interface SnippetPart {
  text: string;
  match: boolean;
}

export interface Snippet {
  field: SearchField;
  parts: SnippetPart[];
}

const FIELD_COLUMNS: readonly [SearchField, keyof SearchRow][] = [
  ['DESIGNATION', 'designation'],
  ['TITLE_EN', 'titleEn'],
  ['TITLE_ZH', 'titleZh'],
  ['HEADING', 'heading'],
  ['TEXT', 'body'],
];

/** Splits FTS5 `highlight`/`snippet` output at its match marks; adjacent pieces of one kind are merged. */
export function partsOfMarked(marked: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let match = false;
  for (const piece of marked.split(new RegExp(`[${MATCH_START}${MATCH_END}]`, 'u'))) {
    const last = parts[parts.length - 1];
    if (piece !== '' && last?.match === match) last.text += piece;
    else if (piece !== '') parts.push({ text: piece, match });
    match = !match;
  }
  return parts;
}

const matches = (parts: SnippetPart[]) => parts.filter((p) => p.match).length;

/**
 * The snippet shown for a hit: the field with the most matches (the first such, in the order
 * designation, titles, heading, text). A document matched only through its spaceless designation
 * key (`gb38031`) shows its designation unmarked.
 */
export function snippetOf(row: SearchRow): Snippet {
  let best: Snippet | null = null;
  for (const [field, column] of FIELD_COLUMNS) {
    const value = String(row[column] ?? '');
    if (value === '') continue;
    const parts = partsOfMarked(value);
    if (best === null || matches(parts) > matches(best.parts)) best = { field, parts };
  }
  return best ?? { field: 'DESIGNATION', parts: [] };
}
