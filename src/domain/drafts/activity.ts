import { eq } from 'drizzle-orm';
import type { Context } from '../../context.ts';
import { events } from '../../db/committee-tables.ts';
import { assertAllowed, isAllowed } from '../accounts/permissions.ts';
import { refreshViewer } from '../accounts/viewer.ts';
import { draftSubject, loadDraft } from './access.ts';

export type EventRow = typeof events.$inferSelect;

/**
 * Checks, before a live stream of a draft's activity starts, that the caller may read the draft
 * (NOT_FOUND, UNAUTHENTICATED or FORBIDDEN otherwise).
 */
export function authorizeDraftActivity(ctx: Context, draftId: number): void {
  assertAllowed(ctx.viewer, 'draft.read', draftSubject(loadDraft(ctx.db, draftId)));
}

/**
 * The event to deliver for one piece of activity, or null to skip it: access is checked again on
 * every event, against the draft and the viewer as they are now, so a stream stops delivering
 * once a public enquiry ends, the viewer's token is revoked or their membership removed.
 */
export function activityEvent(ctx: Context, draftId: number, eventId: number): EventRow | null {
  if (ctx.viewer !== null) {
    const viewer = refreshViewer(ctx.db, ctx.viewer);
    if (viewer === null) return null; // signed in with a token since revoked
    ctx.viewer = viewer; // the event's fields are checked against the viewer as they now are, too
  }
  const draft = loadDraft(ctx.db, draftId);
  if (!isAllowed(ctx.viewer, 'draft.read', draftSubject(draft))) return null;
  return ctx.db.select().from(events).where(eq(events.id, eventId)).get() ?? null;
}
