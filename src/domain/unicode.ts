// Text the registry stores must be Unicode. JSON can spell a lone surrogate (`"\ud800"`), which
// SQLite can store only corrupted (as three replacement characters), so every text a caller sends
// is checked for one. In a `u` regular expression a well-formed surrogate pair is one code point,
// so this matches only a lone surrogate.
const LONE_SURROGATE = /\p{Cs}/u;

export const NOT_UNICODE = 'contains an unpaired surrogate (\\ud800–\\udfff): not Unicode text';

export function isUnicodeText(value: string): boolean {
  return !LONE_SURROGATE.test(value);
}
