// A word-level diff: the longest common subsequence of the two token lists. Written here rather
// than taken from a library (the `diff` package is not a dependency): clause texts are short, the
// common prefix and suffix are trimmed first, and what remains is bounded (MAX_CELLS), so the
// quadratic table stays small; past the bound the middle is reported as removed then added,
// which is still a correct (if coarse) diff.

export const DIFF_KINDS = ['EQUAL', 'INSERTED', 'DELETED'] as const;
export type DiffKind = (typeof DIFF_KINDS)[number];

export interface DiffSegment {
  kind: DiffKind;
  text: string;
}

/** Largest LCS table (tokens × tokens) computed; beyond it the middle is replaced whole. */
export const MAX_CELLS = 4_000_000;

/**
 * Words, runs of white space, and single other characters. Han, Hiragana and Katakana are written
 * without spaces, so each of their characters is a word of its own: a diff of Chinese text then
 * shows the characters that changed, not the whole sentence.
 */
const CJK = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}`;
const TOKEN = new RegExp(String.raw`[${CJK}]|(?:(?![${CJK}])[\p{L}\p{N}\p{M}_])+|\s+|[\s\S]`, 'gu');

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

function push(out: DiffSegment[], kind: DiffKind, text: string): void {
  if (text === '') return;
  const last = out[out.length - 1];
  if (last && last.kind === kind) last.text += text;
  else out.push({ kind, text });
}

/**
 * The segments that turn `before` into `after`. Invariant: the EQUAL and DELETED segments, in
 * order, spell `before`; the EQUAL and INSERTED ones spell `after`. Within a change, deletions
 * come before insertions; adjacent segments of one kind are merged.
 */
export function wordDiff(before: string, after: string): DiffSegment[] {
  const a = tokenize(before);
  const b = tokenize(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }

  const out: DiffSegment[] = [];
  push(out, 'EQUAL', a.slice(0, start).join(''));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  if (midA.length * midB.length > MAX_CELLS) {
    push(out, 'DELETED', midA.join(''));
    push(out, 'INSERTED', midB.join(''));
  } else {
    for (const segment of lcsDiff(midA, midB)) push(out, segment.kind, segment.text);
  }
  push(out, 'EQUAL', a.slice(endA).join(''));
  return absorbLoneSpaces(out);
}

/**
 * Folds white space that sits alone between two changes into them ("a b" → "c d" reads as one
 * change, not two around an unchanged space). Keeps the invariant: the space moves into both the
 * deleted and the inserted text.
 */
function absorbLoneSpaces(segments: DiffSegment[]): DiffSegment[] {
  const out: DiffSegment[] = [];
  segments.forEach((segment, k) => {
    const lone =
      segment.kind === 'EQUAL' &&
      /^\s+$/u.test(segment.text) &&
      segments[k - 1] !== undefined &&
      segments[k + 1] !== undefined &&
      segments[k - 1]!.kind !== 'EQUAL' &&
      segments[k + 1]!.kind !== 'EQUAL';
    if (lone) out.push({ kind: 'DELETED', text: segment.text }, { kind: 'INSERTED', text: segment.text });
    else out.push(segment);
  });
  // Each side of a change, in order, between two unchanged segments: deleted text, then inserted.
  const merged: DiffSegment[] = [];
  let deleted = '';
  let inserted = '';
  for (const segment of out) {
    if (segment.kind === 'DELETED') deleted += segment.text;
    else if (segment.kind === 'INSERTED') inserted += segment.text;
    else {
      push(merged, 'DELETED', deleted);
      push(merged, 'INSERTED', inserted);
      deleted = inserted = '';
      push(merged, 'EQUAL', segment.text);
    }
  }
  push(merged, 'DELETED', deleted);
  push(merged, 'INSERTED', inserted);
  return merged;
}

function lcsDiff(a: string[], b: string[]): DiffSegment[] {
  const n = a.length;
  const m = b.length;
  // lengths[i][j] = LCS of a[i..] and b[j..], flattened row-major with stride m + 1.
  const lengths = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let j = m - 1; j >= 0; j -= 1) {
      lengths[i * (m + 1) + j] =
        a[i] === b[j]
          ? lengths[(i + 1) * (m + 1) + j + 1]! + 1
          : Math.max(lengths[(i + 1) * (m + 1) + j]!, lengths[i * (m + 1) + j + 1]!);
    }
  }
  const out: DiffSegment[] = [];
  let deleted = '';
  let inserted = '';
  const flush = () => {
    push(out, 'DELETED', deleted);
    push(out, 'INSERTED', inserted);
    deleted = '';
    inserted = '';
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      flush();
      push(out, 'EQUAL', a[i]!);
      i += 1;
      j += 1;
    } else if (j >= m || (i < n && lengths[(i + 1) * (m + 1) + j]! >= lengths[i * (m + 1) + j + 1]!)) {
      deleted += a[i]!;
      i += 1;
    } else {
      inserted += b[j]!;
      j += 1;
    }
  }
  flush();
  return out;
}
