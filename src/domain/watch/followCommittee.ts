import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { committees } from '../../db/tables.ts';
import { assertAllowed } from '../accounts/permissions.ts';
import { DomainError } from '../errors.ts';
import { nowIso, parseInput, requireSignedIn, type VerbArgs } from '../verb.ts';
import { addWatch, type WatchRow } from './write.ts';

const input = z.object({ committeeId: z.number().int().positive() });

/**
 * The caller follows a committee and every committee below it: their drafts (where the caller may read them) and the
 * standards they are responsible for.
 */
export function followCommittee({ ctx, input: raw }: VerbArgs<z.input<typeof input>>): WatchRow {
  const viewer = requireSignedIn(ctx);
  const data = parseInput(input, raw);
  assertAllowed(viewer, 'watch.follow');
  if (!ctx.db.select({ id: committees.id }).from(committees).where(eq(committees.id, data.committeeId)).get())
    throw new DomainError('NOT_FOUND', 'No such committee.');
  return addWatch(ctx, viewer.personId, nowIso(ctx), { committeeId: data.committeeId });
}
