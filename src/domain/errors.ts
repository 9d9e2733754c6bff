/**
 * The few expected failures a caller can act on. Domain code throws these; only the GraphQL edge
 * translates them (to `extensions.code`), so the domain never imports GraphQL.
 */
export const ERROR_CODES = [
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'CONFLICT',
  'INVALID_INPUT',
  'ILLEGAL_TRANSITION',
  'BALLOT_CLOSED',
  /** Another active draft already plans this version designation or this new standard. */
  'DESIGNATION_PLANNED',
  /** A planned version's designation is not one of its standard's (`GB 38031-2026` belongs to `GB 38031`). */
  'DESIGNATION_NOT_OF_STANDARD',
  /** The committee is not responsible for the standard (or the standard has none yet). */
  'NOT_RESPONSIBLE_COMMITTEE',
  /** A replaced version belongs to another committee, which has not consented yet. */
  'CONSENT_REQUIRED',
  /** An uploaded comment sheet has problems (`details.problems`, each with its line); nothing was stored. */
  'INVALID_COMMENT_SHEET',
  /** A vote on a ballot scheduled to open later. */
  'BALLOT_NOT_OPEN',
  /** A ballot's closing time is sooner than the committee's minimum duration for the stage. */
  'BALLOT_TOO_SHORT',
  /** A committee that votes by member body takes the vote of each body's head of delegation only. */
  'NOT_HEAD_OF_DELEGATION',
  /** The server is at capacity for this kind of request (answered 503 with Retry-After): retry later. */
  'BUSY',
  /** The database could not store a change (disk full, I/O error): nothing was changed; answered 503. */
  'STORAGE_UNAVAILABLE',
  /** The e-mail or password given is wrong (which one is not said). */
  'SIGN_IN_FAILED',
  /** Too many failed sign-ins for the account or from the address: answered 429 with Retry-After. */
  'SIGN_IN_RATE_LIMITED',
  /** An invitation or password-reset link that is unknown, used, replaced or expired. */
  'LINK_INVALID',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
