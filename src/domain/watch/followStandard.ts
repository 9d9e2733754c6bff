import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { standards } from '../../db/tables.ts';
import { assertAllowed } from '../accounts/permissions.ts';
import { DomainError } from '../errors.ts';
import { nowIso, parseInput, requireSignedIn, type VerbArgs } from '../verb.ts';
import { addWatch, type WatchRow } from './write.ts';

const input = z.object({ standardId: z.number().int().positive() });

/** The caller follows a standard: its new versions, corrections, withdrawals and dated obligations. */
export function followStandard({ ctx, input: raw }: VerbArgs<z.input<typeof input>>): WatchRow {
  const viewer = requireSignedIn(ctx);
  const data = parseInput(input, raw);
  assertAllowed(viewer, 'watch.follow');
  if (!ctx.db.select({ id: standards.id }).from(standards).where(eq(standards.id, data.standardId)).get())
    throw new DomainError('NOT_FOUND', 'No such standard.');
  return addWatch(ctx, viewer.personId, nowIso(ctx), { standardId: data.standardId });
}
