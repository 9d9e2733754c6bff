import { z } from 'zod';
import { assertAllowed } from '../accounts/permissions.ts';
import { nowIso, parseInput, requireSignedIn, type VerbArgs } from '../verb.ts';
import { removeWatch } from './write.ts';

const input = z.object({ watchId: z.number().int().positive() });

/**
 * The caller drops one of their saved horizon filters; false when they have none of that number (someone else's
 * included).
 */
export function unfollowHorizonFilter({ ctx, input: raw }: VerbArgs<z.input<typeof input>>): boolean {
  const viewer = requireSignedIn(ctx);
  const data = parseInput(input, raw);
  assertAllowed(viewer, 'watch.unfollow', { ownerId: viewer.personId });
  return removeWatch(ctx, viewer.personId, nowIso(ctx), { watchId: data.watchId });
}
