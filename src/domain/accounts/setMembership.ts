import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { committees, memberships, people } from '../../db/schema.ts';
import { COMMITTEE_ROLES } from '../enums.ts';
import { DomainError } from '../errors.ts';
import { recordEvent } from '../events.ts';
import { nowIso, parseInput, type VerbArgs } from '../verb.ts';
import { assertAllowed } from './permissions.ts';

const input = z.object({
  personId: z.number().int().positive(),
  committeeId: z.number().int().positive(),
  role: z.enum(COMMITTEE_ROLES),
});

/** Gives a person a role in a committee, or changes the role they hold there. */
export function setMembership({ ctx, input: raw }: VerbArgs<z.input<typeof input>>): number {
  assertAllowed(ctx.viewer, 'membership.set');
  const data = parseInput(input, raw);
  const at = nowIso(ctx);
  return ctx.db.transaction(
    (tx) => {
      if (!tx.select({ id: people.id }).from(people).where(eq(people.id, data.personId)).get())
        throw new DomainError('NOT_FOUND', 'No such person.');
      if (!tx.select({ id: committees.id }).from(committees).where(eq(committees.id, data.committeeId)).get())
        throw new DomainError('NOT_FOUND', 'No such committee.');
      const existing = tx
        .select()
        .from(memberships)
        .where(and(eq(memberships.personId, data.personId), eq(memberships.committeeId, data.committeeId)))
        .get();
      let id: number;
      if (existing) {
        tx.update(memberships).set({ role: data.role }).where(eq(memberships.id, existing.id)).run();
        id = existing.id;
      } else {
        id = Number(
          tx
            .insert(memberships)
            .values({ ...data, createdAt: at })
            .run().lastInsertRowid,
        );
      }
      recordEvent(tx, {
        at,
        actorId: ctx.viewer!.personId,
        action: existing ? 'membership.roleChanged' : 'membership.added',
        entityType: 'Committee',
        entityId: data.committeeId,
        data: { personId: data.personId, role: data.role, previousRole: existing?.role ?? null },
      });
      return id;
    },
    { behavior: 'immediate' },
  );
}
