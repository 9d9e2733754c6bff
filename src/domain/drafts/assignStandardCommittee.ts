import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { committees } from '../../db/schema.ts';
import { standards } from '../../db/tables.ts';
import { assertAllowed } from '../accounts/permissions.ts';
import { DomainError } from '../errors.ts';
import { recordEvent } from '../events.ts';
import { nowIso, parseInput, type VerbArgs } from '../verb.ts';

const input = z.object({ standardId: z.number().int().positive(), committeeId: z.number().int().positive() });

/**
 * An administrator makes a committee responsible for a standard (one with none, or another's):
 * only that committee may then propose drafts revising it. Recorded on the standard's history.
 */
export function assignStandardCommittee({ ctx, input: raw }: VerbArgs<z.input<typeof input>>): number {
  assertAllowed(ctx.viewer, 'standard.assignCommittee');
  const data = parseInput(input, raw);
  const actorId = ctx.viewer.personId;
  const at = nowIso(ctx);
  return ctx.db.transaction(
    (tx) => {
      const standard = tx.select().from(standards).where(eq(standards.id, data.standardId)).get();
      if (!standard) throw new DomainError('NOT_FOUND', 'No such standard.', { field: 'standardId' });
      if (!tx.select({ id: committees.id }).from(committees).where(eq(committees.id, data.committeeId)).get())
        throw new DomainError('NOT_FOUND', 'No such committee.', { field: 'committeeId' });
      if (standard.committeeId === data.committeeId)
        throw new DomainError('CONFLICT', 'That committee is responsible for the standard already.');
      tx.update(standards).set({ committeeId: data.committeeId }).where(eq(standards.id, standard.id)).run();
      recordEvent(tx, {
        at,
        actorId,
        action: 'standard.committeeAssigned',
        entityType: 'Standard',
        entityId: standard.id,
        data: { committeeId: data.committeeId, previousCommitteeId: standard.committeeId },
      });
      return standard.id;
    },
    { behavior: 'immediate' },
  );
}
