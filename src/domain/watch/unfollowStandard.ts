import { z } from 'zod';
import { assertAllowed } from '../accounts/permissions.ts';
import { nowIso, parseInput, requireSignedIn, type VerbArgs } from '../verb.ts';
import { removeWatch } from './write.ts';

const input = z.object({ standardId: z.number().int().positive() });

/** The caller stops following a standard; false when they did not follow it. */
export function unfollowStandard({ ctx, input: raw }: VerbArgs<z.input<typeof input>>): boolean {
  const viewer = requireSignedIn(ctx);
  const data = parseInput(input, raw);
  assertAllowed(viewer, 'watch.unfollow', { ownerId: viewer.personId });
  return removeWatch(ctx, viewer.personId, nowIso(ctx), { standardId: data.standardId });
}
