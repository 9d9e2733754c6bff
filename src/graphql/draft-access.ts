import DataLoader from 'dataloader';
import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Context } from '../context.ts';
import { memoKey } from '../domain/context.ts';
import { countDraftsOfCommittees, countRevisionsOfDrafts, countThreadsOfRevisions } from '../db/counts.ts';
import { draftReplaces, drafts } from '../db/committee-tables.ts';
import { versions } from '../db/tables.ts';
import type { VersionRow } from '../catalogue/rows.ts';
import type { DraftStage } from '../domain/enums.ts';
import type { Subject } from '../domain/accounts/permissions.ts';
import { draftAbilities } from '../domain/drafts/abilities.ts';
import { draftSubject, loadDraftsByIds, loadDraftsOfRevisions, type DraftRow } from '../domain/drafts/access.ts';
import { loadDraftStates, type DraftState } from '../domain/drafts/facts.ts';
import { draftReadFilter, draftReadScope } from '../domain/drafts/visibility.ts';

// Per-request loaders for what the committee-work types decide permissions and `viewerCan…` on.
// Revisions, threads and ballots are guarded by their draft's subject; one statement per batch.

const KEY = memoKey<ReturnType<typeof create>>('draftLoaders');

function create(ctx: Context) {
  return {
    draft: new DataLoader<number, DraftRow | null>(async (ids) => {
      const rows = new Map(loadDraftsByIds(ctx.db, ids).map((d) => [d.id, d]));
      return ids.map((id) => rows.get(id) ?? null);
    }),
    draftOfRevision: new DataLoader<number, DraftRow | null>(async (ids) => {
      const rows = loadDraftsOfRevisions(ctx.db, ids);
      return ids.map((id) => rows.get(id) ?? null);
    }),
    state: new DataLoader<number, DraftState>(async (ids) => {
      const states = loadDraftStates(ctx.db, ids);
      return ids.map((id) => states.get(id)!);
    }),
    /** The versions each draft's publication will replace, oldest recorded first. */
    replaces: new DataLoader<number, VersionRow[]>(async (ids) => {
      const rows = ctx.db
        .select({ draftId: draftReplaces.draftId, version: versions })
        .from(draftReplaces)
        .innerJoin(versions, eq(versions.id, draftReplaces.versionId))
        .where(inArray(draftReplaces.draftId, [...ids]))
        .orderBy(asc(versions.id))
        .all();
      return ids.map((id) => rows.filter((row) => row.draftId === id).map((row) => row.version));
    }),
    revisionCount: new DataLoader<number, number>(async (ids) => countRevisionsOfDrafts(ctx.db, ids)),
    threadCount: new DataLoader<number, number>(async (ids) => countThreadsOfRevisions(ctx.db, ids)),
    /** One loader per stage filter: the drafts of each committee the viewer may read. */
    draftCounts: new Map<string, DataLoader<number, number>>(),
  };
}

export function draftLoaders(ctx: Context): ReturnType<typeof create> {
  return ctx.memo.use(KEY, () => create(ctx));
}

/** The `allowed` scope for reading something that belongs to a draft; a missing draft reads as nobody's. */
export function readScope(draft: DraftRow | null): { allowed: { action: 'draft.read'; subject: Subject } } | false {
  return draft === null ? false : { allowed: { action: 'draft.read', subject: draftSubject(draft) } };
}

export async function abilitiesOf(ctx: Context, draftId: number) {
  const loaders = draftLoaders(ctx);
  const [draft, state] = await Promise.all([loaders.draft.load(draftId), loaders.state.load(draftId)]);
  return draft === null ? null : { draft, state, abilities: draftAbilities(ctx.viewer, draft, state) };
}

/**
 * `Committee.drafts.totalCount`: what the connection pages over (the viewer's read filter and the
 * stage filter), one grouped statement for all committees of a request.
 */
export function readableDraftCount(
  ctx: Context,
  committeeId: number,
  stages: readonly DraftStage[] | null | undefined,
): Promise<number> {
  const loaders = draftLoaders(ctx);
  const key = JSON.stringify(stages ?? []);
  let loader = loaders.draftCounts.get(key);
  if (!loader) {
    const parts: SQL[] = [draftReadFilter(drafts, draftReadScope(ctx.viewer))];
    if (stages && stages.length > 0) parts.push(inArray(drafts.stage, [...stages]));
    const filter = and(...parts)!;
    loader = new DataLoader<number, number>(async (ids) => countDraftsOfCommittees(ctx.db, ids, filter));
    loaders.draftCounts.set(key, loader);
  }
  return loader.load(committeeId);
}
