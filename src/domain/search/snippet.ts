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

/** Splits FTS5 `highlight`/`snippet` output at its match marks. */
export function partsOfMarked(marked: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let match = false;
  for (const piece of marked.split(new RegExp(`[${MATCH_START}${MATCH_END}]`, 'u'))) {
    if (piece !== '') parts.push({ text: piece, match });
    match = !match;
  }
  return mergeParts(parts);
}

function mergeParts(parts: SnippetPart[]): SnippetPart[] {
  const merged: SnippetPart[] = [];
  for (const part of parts) {
    const last = merged[merged.length - 1];
    if (last && last.match === part.match) last.text += part.text;
    else merged.push({ ...part });
  }
  return merged;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** How much text around the first match a snippet of a long text keeps, in characters. */
const CONTEXT = 30;
const WINDOW = 100;

/** Marks `terms` (case-insensitively) in plain text, keeping a window around the first match of a long text. */
export function markTerms(text: string, terms: readonly string[]): SnippetPart[] {
  if (terms.length === 0 || text === '') return text === '' ? [] : [{ text, match: false }];
  const pattern = new RegExp(terms.map(escapeRegExp).join('|'), 'giu');
  const ranges: [number, number][] = [];
  for (const m of text.matchAll(pattern)) if (m[0] !== '') ranges.push([m.index, m.index + m[0].length]);
  let from = 0;
  let to = text.length;
  if (text.length > WINDOW) {
    from = Math.max(0, (ranges[0]?.[0] ?? 0) - CONTEXT);
    to = Math.min(text.length, from + WINDOW);
  }
  const parts: SnippetPart[] = from > 0 ? [{ text: '…', match: false }] : [];
  let at = from;
  for (const [start, end] of ranges) {
    if (end <= at || start >= to) continue;
    if (start > at) parts.push({ text: text.slice(at, start), match: false });
    parts.push({ text: text.slice(Math.max(start, at), Math.min(end, to)), match: true });
    at = Math.min(end, to);
  }
  if (at < to) parts.push({ text: text.slice(at, to), match: false });
  if (to < text.length) parts.push({ text: '…', match: false });
  return mergeParts(parts);
}

const matches = (parts: SnippetPart[]) => parts.filter((p) => p.match).length;

/**
 * The snippet shown for a hit: the field with the most matches (the first such, in the order
 * designation, titles, heading, text). Rows from the index carry FTS5 marks; rows of an unranked
 * search are plain, and `shortTerms` are marked here. A document matched only through its
 * spaceless designation key shows its designation unmarked.
 */
export function snippetOf(row: SearchRow, shortTerms: readonly string[], marked: boolean): Snippet {
  let best: Snippet | null = null;
  for (const [field, column] of FIELD_COLUMNS) {
    const value = String(row[column] ?? '');
    if (value === '') continue;
    const parts = marked ? partsOfMarked(value) : markTerms(value, shortTerms);
    if (best === null || matches(parts) > matches(best.parts)) best = { field, parts };
  }
  return best ?? { field: 'DESIGNATION', parts: [] };
}
