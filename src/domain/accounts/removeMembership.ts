import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { memberships } from '../../db/schema.ts';
import { DomainError } from '../errors.ts';
import { recordEvent } from '../events.ts';
import { nowIso, parseInput, type VerbArgs } from '../verb.ts';
import { assertAllowed } from './permissions.ts';

const input = z.object({ personId: z.number().int().positive(), committeeId: z.number().int().positive() });

/** Removes a person's role in a committee; their live streams of its drafts end at once. */
export function removeMembership({ ctx, input: raw }: VerbArgs<z.input<typeof input>>): void {
  assertAllowed(ctx.viewer, 'membership.remove');
  const data = parseInput(input, raw);
  ctx.db.transaction(
    (tx) => {
      const removed = tx
        .delete(memberships)
        .where(and(eq(memberships.personId, data.personId), eq(memberships.committeeId, data.committeeId)))
        .returning()
        .get();
      if (!removed) throw new DomainError('NOT_FOUND', 'That person holds no role in that committee.');
      recordEvent(tx, {
        at: nowIso(ctx),
        actorId: ctx.viewer!.personId,
        action: 'membership.removed',
        entityType: 'Committee',
        entityId: data.committeeId,
        data: { personId: data.personId, role: removed.role },
      });
    },
    { behavior: 'immediate' },
  );
  ctx.activity.accessChanged?.(data.personId);
}
