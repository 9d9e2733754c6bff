import DataLoader from 'dataloader';
import type { Context } from '../context.ts';
import { countStandardsOfCommittees } from '../db/counts.ts';
import {
  referencesToStandards,
  referencesToVersions,
  replacementsOfVersions,
  standardsByIds,
  versionsOfStandards,
} from '../db/lists.ts';

/**
 * Per-request batch loaders: what every row of a page asks for (its versions, a `totalCount`) is
 * answered by one statement, however many rows the page holds.
 */
export function loadersFor(ctx: Context) {
  let loaders = ctx.memo.get('loaders') as ReturnType<typeof createLoaders> | undefined;
  if (!loaders) {
    loaders = createLoaders(ctx);
    ctx.memo.set('loaders', loaders);
  }
  return loaders;
}

function createLoaders(ctx: Context) {
  return {
    /** Every version of each standard: a standard's versions page and totalCount read this one list. */
    versionsOfStandard: new DataLoader(async (ids: readonly number[]) => versionsOfStandards(ctx.db, ids)),
    /** What each version replaces, and what replaces it (a version's `replaces` / `replacedBy`). */
    replacements: new DataLoader(async (ids: readonly number[]) => replacementsOfVersions(ctx.db, ids)),
    standardById: new DataLoader(async (ids: readonly number[]) => standardsByIds(ctx.db, ids)),
    /** The references citing each version, by its designation key: one statement per page of versions. */
    referencesToVersion: new DataLoader(async (keys: readonly string[]) => referencesToVersions(ctx.db, keys)),
    /** The references citing each standard or any of its versions: one statement per page of standards. */
    referencesToStandard: new DataLoader(async (ids: readonly number[]) => referencesToStandards(ctx.db, ids)),
    committeeStandardCount: new DataLoader<number, number>(async (ids) => countStandardsOfCommittees(ctx.db, ids)),
  };
}
