// How labs write UN Regulations (`ECE R100`, `UN-R100`, `UNECE Regulation No. 100`, `R13H`), and the
// one designation the registry stores for them (`UN R100`, `UN R13-H`).

const PREFIX = String.raw`(?:(?:UN\s*[/-]?\s*)?ECE|UNECE|UN)`;
const REGULATION = String.raw`(?:R|Reg\.?|Regulation)\s*(?:(?:No|Nr)\.?\s*)?`;
const ALIAS = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${PREFIX}[\s-]*${REGULATION}|R)-?(\d{1,3})(-?H)?(?![\p{L}\p{N}])`,
  'giu',
);

/**
 * Every UN Regulation named in `text` as the registry designates it (`UN R100`); the rest of the
 * text unchanged. A bare `R` followed by digits counts (`R155`); a number alone does not.
 */
export function normaliseUnRegulations(text: string): string {
  return text.replace(
    ALIAS,
    (_match, number: string, hydraulic: string | undefined) => `UN R${Number(number)}${hydraulic ? '-H' : ''}`,
  );
}
