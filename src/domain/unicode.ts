import { z } from 'zod';

// Text the registry stores must be Unicode text without NUL characters. JSON can spell a lone
// surrogate (`"\ud800"`), which SQLite can store only corrupted (as three replacement characters),
// and a NUL (`"\u0000"`), which C strings, terminals and spreadsheets opening the exported CSV cut
// at. Every text a caller sends (verbs and the import) is checked by `storableText`. In a `u`
// regular expression a well-formed surrogate pair is one code point, so this matches only a lone
// surrogate.
const LONE_SURROGATE = /\p{Cs}/u;

export const NOT_UNICODE = 'contains an unpaired surrogate (\\ud800–\\udfff): not Unicode text';
export const HAS_NUL = 'contains a NUL character (U+0000), which text may not hold';

/** Why `value` cannot be stored as text, or null when it can. */
export function textProblem(value: string): string | null {
  if (value.includes('\u0000')) return HAS_NUL;
  if (LONE_SURROGATE.test(value)) return NOT_UNICODE;
  return null;
}

/** A string the registry can store: the one check for every text input. */
export const storableText = () =>
  z.string().superRefine((value, ctx) => {
    const problem = textProblem(value);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
  });
