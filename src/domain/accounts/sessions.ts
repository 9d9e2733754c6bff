import { randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { isDatabaseBusy } from '../../db/locks.ts';
import { people, sessions } from '../../db/schema.ts';
import { isStorageFailure } from '../../db/storage-failure.ts';
import type { AuthSettings } from './auth-settings.ts';
import { hashTokenSecret, type Viewer, viewerOf } from './viewer.ts';

// Browser sessions. The cookie holds a random secret; the database only its SHA-256, so a copy of
// the database (a backup) holds no usable session. A session is valid while not revoked, before its
// absolute expiry and within the idle timeout since it was last seen.

const SESSION_PREFIX = 'vss_';
/** last_seen_at is written at most this often per session, so reads stay reads. */
const LAST_SEEN_RESOLUTION_MS = 60_000;

type Writer = Pick<Db, 'insert'>;

/** Inserts a session in the caller's transaction; the secret goes into the cookie and is not kept. */
export function insertSession(
  tx: Writer,
  personId: number,
  now: Date,
  settings: Pick<AuthSettings, 'sessionLifetimeMs'>,
  userAgent: string | null,
): { id: number; secret: string; expiresAt: string } {
  const secret = SESSION_PREFIX + randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + settings.sessionLifetimeMs).toISOString();
  const at = now.toISOString();
  const id = Number(
    tx
      .insert(sessions)
      .values({
        personId,
        tokenHash: hashTokenSecret(secret),
        createdAt: at,
        expiresAt,
        lastSeenAt: at,
        userAgent: userAgent?.slice(0, 200) ?? null,
      })
      .run().lastInsertRowid,
  );
  return { id, secret, expiresAt };
}

/** True while a session row is usable at `now`. */
export function isLive(
  row: { revokedAt: string | null; expiresAt: string; lastSeenAt: string },
  now: Date,
  settings: Pick<AuthSettings, 'sessionIdleMs'>,
): boolean {
  return (
    row.revokedAt === null &&
    now.toISOString() < row.expiresAt &&
    now.getTime() - Date.parse(row.lastSeenAt) < settings.sessionIdleMs
  );
}

/** The viewer of a session cookie's secret, or null when it is unknown, revoked, expired or idle too long. */
export function resolveSession(db: Db, secret: string, now: Date, settings: AuthSettings): Viewer | null {
  const row = db
    .select({
      sessionId: sessions.id,
      revokedAt: sessions.revokedAt,
      expiresAt: sessions.expiresAt,
      lastSeenAt: sessions.lastSeenAt,
      personId: people.id,
      name: people.name,
      isAdmin: people.isAdmin,
    })
    .from(sessions)
    .innerJoin(people, eq(people.id, sessions.personId))
    .where(eq(sessions.tokenHash, hashTokenSecret(secret)))
    .get();
  if (!row || !isLive(row, now, settings)) return null;
  if (now.getTime() - Date.parse(row.lastSeenAt) >= LAST_SEEN_RESOLUTION_MS) touch(db, row.sessionId, now);
  return viewerOf(db, row, { tokenId: -row.sessionId, sessionId: row.sessionId });
}

/** Best effort, as for tokens: a writer holding the lock or a full disk must not fail a signed-in read. */
function touch(db: Db, sessionId: number, now: Date): void {
  try {
    db.update(sessions)
      .set({ lastSeenAt: now.toISOString() })
      .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)))
      .run();
  } catch (error) {
    if (!isDatabaseBusy(error) && !isStorageFailure(error)) throw error;
  }
}

/**
 * The viewer a new session makes: signing in answers as the person signed in (so the payload can show them),
 * for the rest of the request.
 */
export function viewerOfNewSession(db: Db, personId: number, sessionId: number): Viewer {
  const person = db.select().from(people).where(eq(people.id, personId)).get()!;
  return viewerOf(db, { personId, name: person.name, isAdmin: person.isAdmin }, { tokenId: -sessionId, sessionId });
}
