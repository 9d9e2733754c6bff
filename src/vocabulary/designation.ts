/**
 * Designations as people write them. The one normaliser of the registry: lookups, search,
 * imports and drafts all match designations by `designationKey`, so every spelling folded here is
 * found everywhere. Hand-written: no maintained library knows standards designations.
 *
 * Folded: Unicode compatibility forms (full-width `ＧＢ`, `／`, `：`, `．`), every dash (`—`, `–`,
 * `‒`, `―`, `−`, `－`) to `-`, white space, case; `GBT`/`GB T` to `GB/T` (and `GB/Z`); the UN
 * Regulation aliases (`ECE R100`, `UN-R100`, `UNECE Regulation No. 100`, `Regulation No. 100`) to
 * `UN R100`. Punctuation that is part of a designation still counts (`GB/T 31486` is not
 * `GB 31486`). A bare `R100` is not folded: it is a candidate for `R100` and `UN R100`
 * (`designationCandidates`), and a lookup answers only when exactly one of them exists.
 */

// Dashes people type between a number and its year (Chinese texts use the em dash); NFKC
// already folds the full-width and small forms (－, ﹣).
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2E3A\u2E3B\uFE58]/gu;
// `UN`, `ECE`, `UNECE`, `UN ECE`, `UN/ECE` with `-`, `/`, `.` or space before the regulation.
const UN_PREFIX = String.raw`(?:UN\s*[-/.]?\s*ECE|UNECE|ECE|UN)\s*[-/.]?\s*`;
const REGULATION = String.raw`(?:R|Reg(?:ulation)?\.?\s*(?:No\.?|Nr\.?|N°|Number|#)?)\s*[-.]?\s*(?=\d)`;
const UN_REGULATION = new RegExp(
  String.raw`^(?:${UN_PREFIX}${REGULATION}|Regulation\s*(?:No\.?|Nr\.?|N°|Number|#)\s*(?=\d))`,
  'iu',
);
const GB_RECOMMENDED = /^GB\s*(?:\/\s*)?([TZ])(?=\s*\d)/iu;
const GB_MANDATORY = /^GB\s*(?=\d)/iu;
const BARE_REGULATION = /^R\d/u;

/**
 * The designation in its registry spelling: compatibility forms and dashes folded, white space
 * collapsed, `GB/T` and `UN R<n>` aliases mapped (`UNECE Regulation No. 100` → `UN R100`,
 * `GB/T18487.1—2023` → `GB/T 18487.1-2023`). Case is kept.
 */
export function normaliseDesignation(text: string): string {
  const folded = text.normalize('NFKC').replace(DASHES, '-').replace(/\s+/gu, ' ').trim();
  return folded
    .replace(UN_REGULATION, 'UN R')
    .replace(GB_RECOMMENDED, (_m, letter: string) => `GB/${letter.toUpperCase()} `)
    .replace(GB_MANDATORY, 'GB ')
    .replace(/\s*([-:/])\s*(?=\d)/gu, '$1');
}

/** The key designations are matched by: the normalised designation upper-cased, without white space. */
export function designationKey(designation: string): string {
  return normaliseDesignation(designation).replace(/\s+/gu, '').toUpperCase();
}

/**
 * The keys `text` may mean, most literal first: its own key and, for a bare regulation number
 * (`R100`), the UN Regulation's (`UNR100`). A lookup answers the one that exists; when more than
 * one exists the text is ambiguous (no answer; search lists them).
 */
export function designationCandidates(text: string): string[] {
  const key = designationKey(text);
  return BARE_REGULATION.test(key) ? [key, `UN${key}`] : [key];
}

// In free text (a search), UN Regulations are found anywhere, not only at the start: `ECE R100`,
// `UN-R100`, `UNECE Regulation No. 100`, `R13H` become `UN R100`, `UN R13-H`.
const FREE_TEXT_PREFIX = String.raw`(?:(?:UN\s*[/-]?\s*)?ECE|UNECE|UN)`;
const FREE_TEXT_REGULATION = String.raw`(?:R|Reg\.?|Regulation)\s*(?:(?:No|Nr)\.?\s*)?`;
const FREE_TEXT_ALIAS = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${FREE_TEXT_PREFIX}[\s-]*${FREE_TEXT_REGULATION}|R)-?(\d{1,3})(-?H)?(?![\p{L}\p{N}])`,
  'giu',
);

/**
 * Every UN Regulation named in `text` as the registry designates it (`UN R100`); the rest of the
 * text unchanged. A bare `R` followed by digits counts (`R155`); a number alone does not.
 */
export function normaliseUnRegulations(text: string): string {
  return text.replace(
    FREE_TEXT_ALIAS,
    (_match, number: string, hydraulic: string | undefined) => `UN R${Number(number)}${hydraulic ? '-H' : ''}`,
  );
}
