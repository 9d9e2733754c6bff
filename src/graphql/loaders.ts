import DataLoader from 'dataloader';
import type { Context } from '../context.ts';
import { countStandardsOfCommittees, countVersionsOfStandards } from '../db/counts.ts';

/**
 * Per-request batch loaders: every `totalCount` asked for in one request is answered by one
 * grouped statement, however many parents the page holds.
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
    versionCount: new DataLoader<number, number>(async (ids) => countVersionsOfStandards(ctx.db, ids)),
    committeeStandardCount: new DataLoader<number, number>(async (ids) => countStandardsOfCommittees(ctx.db, ids)),
  };
}
