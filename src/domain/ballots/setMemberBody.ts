import { and, eq, ne } from 'drizzle-orm';
import { z } from 'zod';
import { memberships } from '../../db/committee-tables.ts';
import { assertAllowed } from '../accounts/permissions.ts';
import { DomainError } from '../errors.ts';
import { recordEvent } from '../events.ts';
import { nowIso, parseInput, text, type VerbArgs } from '../verb.ts';

const input = z.object({
  personId: z.number().int().positive(),
  committeeId: z.number().int().positive(),
  /** The member body the person sits for (null: none). */
  memberBody: text(200).nullish(),
  headOfDelegation: z.boolean(),
});
export type SetMemberBodyInput = z.input<typeof input>;

/**
 * An administrator records which member body a committee member sits for and whether they head its
 * delegation. A body has one head in a committee: naming a new one takes the role from the previous.
 */
export function setMemberBody({ ctx, input: raw }: VerbArgs<SetMemberBodyInput>): number {
  assertAllowed(ctx.viewer, 'membership.set');
  const data = parseInput(input, raw);
  const memberBody = data.memberBody ?? null;
  if (data.headOfDelegation && memberBody === null) {
    throw new DomainError('INVALID_INPUT', 'memberBody: a head of delegation heads a member body: name it', {
      field: 'memberBody',
    });
  }
  const at = nowIso(ctx);
  return ctx.db.transaction(
    (tx) => {
      const membership = tx
        .select()
        .from(memberships)
        .where(and(eq(memberships.personId, data.personId), eq(memberships.committeeId, data.committeeId)))
        .get();
      if (!membership) throw new DomainError('NOT_FOUND', 'The person holds no role in this committee.');
      let previousHead: number | null = null;
      if (data.headOfDelegation) {
        const other = tx
          .select({ id: memberships.id, personId: memberships.personId })
          .from(memberships)
          .where(
            and(
              eq(memberships.committeeId, data.committeeId),
              eq(memberships.memberBody, memberBody!),
              eq(memberships.headOfDelegation, true),
              ne(memberships.id, membership.id),
            ),
          )
          .get();
        if (other) {
          tx.update(memberships).set({ headOfDelegation: false }).where(eq(memberships.id, other.id)).run();
          previousHead = other.personId;
        }
      }
      tx.update(memberships)
        .set({ memberBody, headOfDelegation: data.headOfDelegation })
        .where(eq(memberships.id, membership.id))
        .run();
      recordEvent(tx, {
        at,
        actorId: ctx.viewer!.personId,
        action: 'membership.memberBodySet',
        entityType: 'Committee',
        entityId: data.committeeId,
        data: {
          personId: data.personId,
          memberBody,
          headOfDelegation: data.headOfDelegation,
          previous: { memberBody: membership.memberBody, headOfDelegation: membership.headOfDelegation },
          previousHeadId: previousHead,
        },
      });
      return membership.id;
    },
    { behavior: 'immediate' },
  );
}
