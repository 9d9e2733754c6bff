import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/types.ts';
import { committees, people } from '../../db/schema.ts';
import { actingOfficers } from '../../db/oversight-tables.ts';
import { DomainError } from '../errors.ts';
import { recordEvent } from '../events.ts';
import type { DomainContext } from '../context.ts';
import { nowIso, parseInput, text, type VerbArgs } from '../verb.ts';
import { assertAllowed, isAllowed } from './permissions.ts';
import { actingOfficerOf } from './viewer.ts';

// Administrators read every committee's work but act in a committee as an officer only through
// this role: taken with a reason, ended explicitly, both recorded on the committee's history.

type Reader = Pick<Db, 'select'>;

/** True while the person holds a current acting officer role in the committee. */
export function isActingOfficer(db: Reader, personId: number, committeeId: number): boolean {
  return (
    db
      .select({ id: actingOfficers.id })
      .from(actingOfficers)
      .where(
        and(
          eq(actingOfficers.personId, personId),
          eq(actingOfficers.committeeId, committeeId),
          isNull(actingOfficers.endedAt),
        ),
      )
      .get() !== undefined
  );
}

/**
 * The committees a person acts in as an officer now (none unless an administrator), for the person
 * and administrators; null for anyone else.
 */
export function actingOfficerCommittees(
  ctx: Pick<DomainContext, 'db' | 'viewer'>,
  person: { id: number; isAdmin: boolean },
): number[] | null {
  if (!isAllowed(ctx.viewer, 'person.readPrivate', { ownerId: person.id })) return null;
  return person.isAdmin ? [...actingOfficerOf(ctx.db, person.id)] : [];
}

const takeInput = z.object({ committeeId: z.number().int().positive(), reason: text(1000) });

/** The calling administrator takes the acting officer role in a committee, saying why. */
export function actAsOfficer({ ctx, input: raw }: VerbArgs<z.input<typeof takeInput>>): number {
  assertAllowed(ctx.viewer, 'committee.actAsOfficer');
  const data = parseInput(takeInput, raw);
  const viewer = ctx.viewer;
  const at = nowIso(ctx);
  const id = ctx.db.transaction(
    (tx) => {
      if (!tx.select({ id: committees.id }).from(committees).where(eq(committees.id, data.committeeId)).get())
        throw new DomainError('NOT_FOUND', 'No such committee.');
      if (isActingOfficer(tx, viewer.personId, data.committeeId))
        throw new DomainError('CONFLICT', 'You already act as an officer of this committee.');
      const id = Number(
        tx
          .insert(actingOfficers)
          .values({ personId: viewer.personId, committeeId: data.committeeId, reason: data.reason, startedAt: at })
          .run().lastInsertRowid,
      );
      recordEvent(tx, {
        at,
        actorId: viewer.personId,
        action: 'committee.actingOfficerTaken',
        entityType: 'Committee',
        entityId: data.committeeId,
        data: { personId: viewer.personId, reason: data.reason },
      });
      return id;
    },
    { behavior: 'immediate' },
  );
  // The rest of the request (the payload's viewerCan… fields) sees the role it took.
  viewer.actingOfficerOf = new Set([...(viewer.actingOfficerOf ?? []), data.committeeId]);
  return id;
}

const endInput = z.object({
  committeeId: z.number().int().positive(),
  /** Default: the caller. Any administrator may end another's role. */
  personId: z.number().int().positive().nullish(),
  reason: text(1000).nullish(),
});

/** Ends an administrator's acting officer role in a committee (one's own, or another administrator's). */
export function stopActingAsOfficer({ ctx, input: raw }: VerbArgs<z.input<typeof endInput>>): void {
  assertAllowed(ctx.viewer, 'committee.actAsOfficer');
  const data = parseInput(endInput, raw);
  const viewer = ctx.viewer;
  const personId = data.personId ?? viewer.personId;
  const at = nowIso(ctx);
  ctx.db.transaction(
    (tx) => {
      if (!tx.select({ id: people.id }).from(people).where(eq(people.id, personId)).get())
        throw new DomainError('NOT_FOUND', 'No such person.');
      const ended = tx
        .update(actingOfficers)
        .set({ endedAt: at, endedById: viewer.personId })
        .where(
          and(
            eq(actingOfficers.personId, personId),
            eq(actingOfficers.committeeId, data.committeeId),
            isNull(actingOfficers.endedAt),
          ),
        )
        .returning()
        .get();
      if (!ended) throw new DomainError('NOT_FOUND', 'That person does not act as an officer of that committee.');
      recordEvent(tx, {
        at,
        actorId: viewer.personId,
        action: 'committee.actingOfficerEnded',
        entityType: 'Committee',
        entityId: data.committeeId,
        data: { personId, reason: data.reason ?? null, since: ended.startedAt },
      });
    },
    { behavior: 'immediate' },
  );
  if (personId === viewer.personId)
    viewer.actingOfficerOf = new Set([...(viewer.actingOfficerOf ?? [])].filter((id) => id !== data.committeeId));
}
