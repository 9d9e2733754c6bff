import { and, eq, gt, inArray, isNull } from 'drizzle-orm';
import type { DomainContext } from '../context.ts';
import type { Reader } from '../../db/types.ts';
import { apiTokens, drafts, events, memberships, people } from '../../db/committee-tables.ts';
import { sessions } from '../../db/account-tables.ts';
import type { CommitteeRole } from '../enums.ts';
import { assertAllowed, isAllowed } from '../accounts/permissions.ts';
import { actingOfficersOf, type Viewer } from '../accounts/viewer.ts';
import { VOTE_CAST_ACTION } from '../ballots/votes.ts';
import { draftSubject, loadDraft, loadDraftsByIds, type DraftRow } from './access.ts';

export type EventRow = typeof events.$inferSelect;
export type PersonRow = typeof people.$inferSelect;
/** An event as live streams deliver it: with its actor, read once for every stream. */
export type ActivityEvent = EventRow & { actor: PersonRow | null };

/**
 * Checks, before a live stream of a draft's activity starts, that the caller may read the draft
 * (NOT_FOUND, UNAUTHENTICATED or FORBIDDEN otherwise).
 */
export function authorizeDraftActivity(ctx: Pick<DomainContext, 'db' | 'viewer'>, draftId: number): void {
  assertAllowed(ctx.viewer, 'draft.read', draftSubject(loadDraft(ctx.db, draftId)));
}

/**
 * The viewers of open streams as the database knows them now, in one statement per kind of credential
 * however many streams: keyed by `tokenId` (a session's is minus its id); a revoked token or ended
 * session is missing (a session's idle time is not counted while its stream is open). Roles, and an
 * administrator's acting officer roles (one more statement), are those held now, everywhere.
 */
export function refreshViewers(db: Reader, viewers: readonly Viewer[], now = new Date()): Map<number, Viewer> {
  const byToken = new Map(viewers.map((v) => [v.tokenId, v]));
  if (byToken.size === 0) return new Map();
  const keys = [...byToken.keys()];
  const columns = {
    name: people.name,
    isAdmin: people.isAdmin,
    committeeId: memberships.committeeId,
    role: memberships.role,
  };
  const tokenIds = keys.filter((k) => k > 0);
  const sessionIds = keys.filter((k) => k < 0).map((k) => -k);
  const rows = [
    ...(tokenIds.length === 0
      ? []
      : db
          .select({ tokenId: apiTokens.id, ...columns })
          .from(apiTokens)
          .innerJoin(people, eq(people.id, apiTokens.personId))
          .leftJoin(memberships, eq(memberships.personId, people.id))
          .where(and(inArray(apiTokens.id, tokenIds), isNull(apiTokens.revokedAt)))
          .all()),
    ...(sessionIds.length === 0
      ? []
      : db
          .select({ sessionId: sessions.id, ...columns })
          .from(sessions)
          .innerJoin(people, eq(people.id, sessions.personId))
          .leftJoin(memberships, eq(memberships.personId, people.id))
          .where(
            and(
              inArray(sessions.id, sessionIds),
              isNull(sessions.revokedAt),
              gt(sessions.expiresAt, now.toISOString()),
            ),
          )
          .all()
          .map(({ sessionId, ...row }) => ({ ...row, tokenId: -sessionId }))),
  ];
  const fresh = new Map<number, Viewer & { roles: Map<number, CommitteeRole> }>();
  for (const row of rows) {
    let viewer = fresh.get(row.tokenId);
    if (!viewer) {
      viewer = { ...byToken.get(row.tokenId)!, name: row.name, isAdmin: row.isAdmin, roles: new Map() };
      fresh.set(row.tokenId, viewer);
    }
    if (row.committeeId !== null && row.role !== null) viewer.roles.set(row.committeeId, row.role);
  }
  // An administrator's acting officer roles are re-read too: one ended since the stream opened ends its powers.
  // One statement for all of them (asked for every viewer, so the cost does not depend on who listens).
  const acting = actingOfficersOf(db, [...new Set([...fresh.values()].map((v) => v.personId))]);
  for (const viewer of fresh.values())
    viewer.actingOfficerOf = viewer.isAdmin ? (acting.get(viewer.personId) ?? new Set()) : new Set();
  return fresh;
}

/** What one event is checked and delivered against: the draft as it is now and the event with its actor. */
export function loadActivity(
  db: Reader,
  draftId: number,
  eventId: number,
): { draft: DraftRow | null; event: ActivityEvent | null } {
  const draft = db.select().from(drafts).where(eq(drafts.id, draftId)).get() ?? null;
  const row = db
    .select({ event: events, actor: people })
    .from(events)
    .leftJoin(people, eq(people.id, events.actorId))
    .where(eq(events.id, eventId))
    .get();
  return { draft, event: row ? { ...row.event, actor: row.actor } : null };
}

/** The drafts of open streams, to check them again when their viewers' access changed. */
export function loadStreamDrafts(db: Reader, draftIds: readonly number[]): Map<number, DraftRow> {
  return new Map(loadDraftsByIds(db, [...new Set(draftIds)]).map((d) => [d.id, d]));
}

/**
 * What a stream does with an event: `close` once its viewer may no longer read the draft (token
 * revoked, role removed, public enquiry ended); `skip` what the viewer may not see (a vote, for
 * those outside the committee); `deliver` the rest.
 */
export function streamVerdict(
  viewer: Viewer | null,
  draft: DraftRow | null,
  event: Pick<EventRow, 'action'> | null,
): 'deliver' | 'skip' | 'close' {
  if (draft === null || !isAllowed(viewer, 'draft.read', draftSubject(draft))) return 'close';
  if (event === null) return 'skip';
  if (event.action === VOTE_CAST_ACTION && !isAllowed(viewer, 'ballot.readVotes', draftSubject(draft))) return 'skip';
  return 'deliver';
}
