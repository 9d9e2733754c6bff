import { createHash, randomBytes } from 'node:crypto';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db, Reader } from '../../db/types.ts';
import { isDatabaseBusy } from '../../db/locks.ts';
import { apiTokens, memberships, people } from '../../db/committee-tables.ts';
import { actingOfficers } from '../../db/oversight-tables.ts';
import type { CommitteeRole } from '../enums.ts';
import { DomainError } from '../errors.ts';
import { isStorageFailure } from '../../db/storage-failure.ts';

/** Who is calling: a person with their committee roles, or null for an anonymous caller. */
export interface Viewer {
  personId: number;
  name: string;
  isAdmin: boolean;
  /** committee id → role. A person holds at most one role per committee. */
  roles: ReadonlyMap<number, CommitteeRole>;
  /** Committees this administrator currently acts in as an officer (an explicit, recorded role). */
  actingOfficerOf?: ReadonlySet<number>;
  /**
   * The credential's key, which live streams are counted and re-checked by: an API token's id, or for a
   * signed-in browser minus its session's id (so the two never collide).
   */
  tokenId: number;
  /** The browser session, for a caller signed in with the session cookie. */
  sessionId?: number;
}

const TOKEN_PREFIX = 'vsr_';

/** A new secret: 32 random bytes, shown once to its owner; only its hash is stored. */
export function generateTokenSecret(): string {
  return TOKEN_PREFIX + randomBytes(32).toString('base64url');
}

export function hashTokenSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** last_used_at is written at most this often per token, so reads stay reads. */
const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * Resolves `Authorization: Bearer <token>`. No header: anonymous (null). A header with an
 * unknown, malformed or revoked token: UNAUTHENTICATED — a caller who meant to sign in must not
 * silently get anonymous answers.
 */
export function resolveViewer(db: Db, authorization: string | null, now: Date): Viewer | null {
  if (authorization === null || authorization.trim() === '') return null;
  const match = /^Bearer\s+(\S+)\s*$/iu.exec(authorization);
  if (!match) throw new DomainError('UNAUTHENTICATED', 'The Authorization header must be "Bearer <token>".');
  const row = db
    .select({
      tokenId: apiTokens.id,
      lastUsedAt: apiTokens.lastUsedAt,
      personId: people.id,
      name: people.name,
      isAdmin: people.isAdmin,
    })
    .from(apiTokens)
    .innerJoin(people, eq(people.id, apiTokens.personId))
    .where(and(eq(apiTokens.tokenHash, hashTokenSecret(match[1]!)), isNull(apiTokens.revokedAt)))
    .get();
  if (!row) throw new DomainError('UNAUTHENTICATED', 'The token is unknown or has been revoked.');
  if (row.lastUsedAt === null || now.getTime() - Date.parse(row.lastUsedAt) >= LAST_USED_RESOLUTION_MS)
    recordUse(db, row.tokenId, now);
  return viewerOf(db, row, { tokenId: row.tokenId });
}

/**
 * The viewer a credential makes, whichever it is (an API token, a session cookie, a session just created):
 * the person with their roles and, for an administrator, the committees they act in as an officer, as now.
 */
export function viewerOf(
  db: Db,
  person: { personId: number; name: string; isAdmin: boolean },
  credential: { tokenId: number; sessionId?: number },
): Viewer {
  return {
    personId: person.personId,
    name: person.name,
    isAdmin: person.isAdmin,
    roles: rolesOf(db, person.personId),
    actingOfficerOf: person.isAdmin ? actingOfficerOf(db, person.personId) : new Set(),
    tokenId: credential.tokenId,
    ...(credential.sessionId === undefined ? {} : { sessionId: credential.sessionId }),
  };
}

/**
 * Best effort: while another process holds the write lock (a CLI import) the use is not recorded,
 * and the request goes on; a later use records it.
 */
function recordUse(db: Db, tokenId: number, now: Date): void {
  try {
    db.update(apiTokens).set({ lastUsedAt: now.toISOString() }).where(eq(apiTokens.id, tokenId)).run();
  } catch (error) {
    // Best effort: a writer holding the lock or a full disk must not fail a signed-in read.
    if (!isDatabaseBusy(error) && !isStorageFailure(error)) throw error;
  }
}

export function rolesOf(db: Db, personId: number): Map<number, CommitteeRole> {
  const rows = db
    .select({ committeeId: memberships.committeeId, role: memberships.role })
    .from(memberships)
    .where(eq(memberships.personId, personId))
    .all();
  return new Map(rows.map((r) => [r.committeeId, r.role]));
}

/** The committees an administrator acts in as an officer now (an explicit, recorded role). */
export function actingOfficerOf(db: Db, personId: number): Set<number> {
  const rows = db
    .select({ committeeId: actingOfficers.committeeId })
    .from(actingOfficers)
    .where(and(eq(actingOfficers.personId, personId), isNull(actingOfficers.endedAt)))
    .all();
  return new Set(rows.map((r) => r.committeeId));
}

/** The committees each of these administrators acts in as an officer now, in one statement. */
export function actingOfficersOf(db: Reader, personIds: readonly number[]): Map<number, Set<number>> {
  const out = new Map<number, Set<number>>(personIds.map((id) => [id, new Set()]));
  if (personIds.length === 0) return out;
  const rows = db
    .select({ personId: actingOfficers.personId, committeeId: actingOfficers.committeeId })
    .from(actingOfficers)
    .where(and(inArray(actingOfficers.personId, [...personIds]), isNull(actingOfficers.endedAt)))
    .all();
  for (const row of rows) out.get(row.personId)!.add(row.committeeId);
  return out;
}
