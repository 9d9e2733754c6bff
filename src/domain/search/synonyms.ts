import table from './synonyms.json' with { type: 'json' };

// Query-time synonyms and compounds: the typed terms, grouped where a run of them spells an entry of
// synonyms.json, each group with the spellings it also matches. Applied to the query only, so the
// index needs no rebuild when the table grows.

const HAN = /\p{Script=Han}/u;
const lower = (text: string) => text.toLowerCase();
/** Words of a term, a plural `s` dropped (`belts` is `belt`, not `ress`), so entries match either number. */
const wordsOf = (text: string) =>
  lower(text)
    .split(/[\s-]+/u)
    .filter(Boolean)
    .map((word) => word.replace(/(?<=[a-z][^s])s$/u, ''));

/** Latin entries as word lists (split on spaces and hyphens), longest first; Chinese entries as runs. */
const LATIN = table.groups
  .flatMap((group) => group.filter((entry) => !HAN.test(entry)).map((entry) => ({ words: wordsOf(entry), group })))
  .sort((a, b) => b.words.length - a.words.length);
const CHINESE = table.groups.flatMap((group) =>
  group.filter((entry) => HAN.test(entry)).map((entry) => ({ run: entry, group })),
);

/** One group of a query: the text as typed first, then the other spellings it also matches. */
export type TermGroup = readonly [string, ...string[]];

function chineseVariants(term: string): string[] {
  const variants: string[] = [];
  for (const { run, group } of CHINESE) {
    if (!term.includes(run)) continue;
    for (const other of group) if (other !== run && !other.includes(run)) variants.push(term.replaceAll(run, other));
  }
  return variants;
}

/**
 * The terms of a query grouped with their synonyms: `cyber security` becomes one group
 * (`cyber security`, `cybersecurity`, `cyber-security`), `动力电池安全` matches `动力蓄电池安全` too.
 * Entries match whole words (a typed `cyber-security` is one term of two words); the longest entry
 * starting at a term wins.
 */
export function withSynonyms(terms: readonly string[]): TermGroup[] {
  const words = terms.map(wordsOf);
  const groups: TermGroup[] = [];
  for (let i = 0; i < terms.length; ) {
    // the terms from i that spell an entry exactly (an entry ends at a term boundary)
    let end = -1;
    const match = LATIN.find((entry) => {
      let typed: string[] = [];
      for (let k = i; k < terms.length && typed.length < entry.words.length; k++) {
        typed = [...typed, ...words[k]!];
        end = k + 1;
      }
      return typed.join(' ') === entry.words.join(' ');
    });
    if (match) {
      const typed = terms.slice(i, end).join(' ');
      const seen = new Set([match.words.join(' ')]);
      const others = match.group.filter((entry) => {
        const key = wordsOf(entry).join(' ');
        return !seen.has(key) && seen.add(key);
      });
      groups.push([typed, ...others]);
      i = end;
    } else {
      groups.push([terms[i]!, ...chineseVariants(terms[i]!)]);
      i += 1;
    }
  }
  return groups;
}
