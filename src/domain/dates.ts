// Calendar dates as ISO 8601 text. Text compares in date order (`'2019-12-31' < '2020-01-01'`),
// which the applicability rule and SQL both rely on; so every stored date is zero-padded.

/** A full calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

/** A publication date of reduced precision: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type PartialDate = string;

const FULL = /^(\d{4})-(\d{2})-(\d{2})$/;
const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function validParts(year: number, month: number | undefined, day: number | undefined): boolean {
  if (year < 1) return false;
  if (month === undefined) return true;
  if (month < 1 || month > 12) return false;
  if (day === undefined) return true;
  return day >= 1 && day <= daysInMonth(year, month);
}

/** True for a real calendar day: `2024-02-29` yes, `2026-02-30` no. */
export function isIsoDate(value: string): boolean {
  const m = FULL.exec(value);
  return m !== null && validParts(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function isPartialDate(value: string): boolean {
  const m = PARTIAL.exec(value);
  return (
    m !== null &&
    validParts(
      Number(m[1]),
      m[2] === undefined ? undefined : Number(m[2]),
      m[3] === undefined ? undefined : Number(m[3]),
    )
  );
}

/** The first and last day a partial date may stand for: `2019-12` is 2019-12-01 … 2019-12-31. */
export function partialDateRange(value: PartialDate): { from: IsoDate; to: IsoDate } {
  const m = PARTIAL.exec(value);
  if (!m || !isPartialDate(value)) throw new RangeError(`not a partial date: ${value}`);
  const year = m[1]!;
  if (m[2] === undefined) return { from: `${year}-01-01`, to: `${year}-12-31` };
  if (m[3] === undefined) {
    const last = String(daysInMonth(Number(year), Number(m[2]))).padStart(2, '0');
    return { from: `${year}-${m[2]}-01`, to: `${year}-${m[2]}-${last}` };
  }
  return { from: value, to: value };
}

/** Today's date in UTC, for defaults; the rule itself always takes the date it is asked about. */
export function todayUtc(now: Date = new Date()): IsoDate {
  return now.toISOString().slice(0, 10);
}
