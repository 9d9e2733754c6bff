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
