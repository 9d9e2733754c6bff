import { z } from 'zod';
import { assertAllowed } from '../accounts/permissions.ts';
import { STANDARD_KINDS } from '../enums.ts';
import { DomainError } from '../errors.ts';
import type { HorizonFilter } from '../horizon/horizonOf.ts';
import { nowIso, parseInput, requireSignedIn, text, type VerbArgs } from '../verb.ts';
import { addWatch, type WatchRow } from './write.ts';

const input = z.object({
  name: text(200).nullish(),
  filter: z.object({
    standards: z.array(text(100)).max(100, 'at most 100 standards').nullish(),
    kinds: z.array(z.enum(STANDARD_KINDS)).nullish(),
    committee: text(100).nullish(),
    text: text(200).nullish(),
  }),
});

/** The stored form of a filter: conditions given, lists sorted and without repeats, so the same filter is one watch. */
export function normalizeHorizonFilter(filter: HorizonFilter): string {
  const sorted = (list: readonly string[] | null | undefined) =>
    list && list.length > 0 ? [...new Set(list)].sort() : undefined;
  return JSON.stringify({
    committee: filter.committee ?? undefined,
    kinds: sorted(filter.kinds),
    standards: sorted(filter.standards),
    text: filter.text ?? undefined,
  });
}

/** The caller saves a horizon filter: the dated obligations of the standards it keeps are reminded. */
export function followHorizonFilter({ ctx, input: raw }: VerbArgs<z.input<typeof input>>): WatchRow {
  const viewer = requireSignedIn(ctx);
  const data = parseInput(input, raw);
  assertAllowed(viewer, 'watch.follow');
  const stored = normalizeHorizonFilter(data.filter);
  if (stored === '{}')
    throw new DomainError('INVALID_INPUT', 'filter: give at least one condition', { field: 'filter' });
  return addWatch(ctx, viewer.personId, nowIso(ctx), { horizonFilter: stored, name: data.name ?? null });
}
