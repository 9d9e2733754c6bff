// SQLite's error codes for a database that cannot reach its files; read by the GraphQL edge
// (503 STORAGE_UNAVAILABLE, /ready) and by writes that may be skipped on a full disk.

/**
 * SQLite could not write or read its files: SQLITE_FULL (disk or page limit) or an I/O error
 * (SQLITE_IOERR and its extended codes). The error may arrive wrapped (Drizzle's `cause`).
 */
export function isStorageFailure(error: unknown): boolean {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth += 1) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^SQLITE_(FULL|IOERR)/u.test(code)) return true;
  }
  return false;
}
