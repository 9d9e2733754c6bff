import DataLoader from 'dataloader';
import type { Db } from '../db/client.ts';
import {
  childrenOfCommittees,
  clauseTreesOfVersions,
  committeesByIds,
  countStandardsOfCommittees,
} from './committees.ts';
import { standardsOfCommitteesPages } from './pages.ts';
import type { PageArgs } from './keyset.ts';
import {
  modificationsOfVersions,
  referencesOfVersions,
  referencesToStandards,
  referencesToVersions,
  replacementsOfVersions,
  standardsByIds,
  standardsByKeys,
  versionsByIds,
  versionsByKeys,
  versionsOfStandards,
} from './reads.ts';

/**
 * Per-request batch loaders: what every row of a page asks for (its versions, its committee, a
 * `totalCount`) is answered by one statement, however many rows the page holds.
 */
export function catalogueLoaders(ctx: { db: Db; memo: Map<string, unknown> }) {
  let loaders = ctx.memo.get('catalogue-loaders') as ReturnType<typeof createLoaders> | undefined;
  if (!loaders) {
    loaders = createLoaders(ctx.db);
    ctx.memo.set('catalogue-loaders', loaders);
  }
  return loaders;
}

function createLoaders(db: Db) {
  /** One loader per distinct page arguments: the committees of one field share them. */
  const standardPages = new Map<string, DataLoader<number, ReturnType<typeof standardsOfCommitteesPages>[number]>>();
  return {
    standardById: new DataLoader(async (ids: readonly number[]) => standardsByIds(db, ids)),
    standardByKey: new DataLoader(async (keys: readonly string[]) => standardsByKeys(db, keys)),
    versionById: new DataLoader(async (ids: readonly number[]) => versionsByIds(db, ids)),
    versionByKey: new DataLoader(async (keys: readonly string[]) => versionsByKeys(db, keys)),
    committeeById: new DataLoader(async (ids: readonly number[]) => committeesByIds(db, ids)),
    /** Every version of each standard: a standard's versions page and totalCount read this one list. */
    versionsOfStandard: new DataLoader(async (ids: readonly number[]) => versionsOfStandards(db, ids)),
    modifications: new DataLoader(async (ids: readonly number[]) => modificationsOfVersions(db, ids)),
    /** What each version replaces, and what replaces it (a version's `replaces` / `replacedBy`). */
    replacements: new DataLoader(async (ids: readonly number[]) => replacementsOfVersions(db, ids)),
    referencesOfVersion: new DataLoader(async (ids: readonly number[]) => referencesOfVersions(db, ids)),
    /** The references citing each version, by its designation key: one statement per page of versions. */
    referencesToVersion: new DataLoader(async (keys: readonly string[]) => referencesToVersions(db, keys)),
    /** The references citing each standard or any of its versions: one statement per page of standards. */
    referencesToStandard: new DataLoader(async (ids: readonly number[]) => referencesToStandards(db, ids)),
    clauseTrees: new DataLoader(async (ids: readonly number[]) => clauseTreesOfVersions(db, ids)),
    childCommittees: new DataLoader(async (ids: readonly number[]) => childrenOfCommittees(db, ids)),
    committeeStandardCount: new DataLoader(async (ids: readonly number[]) => countStandardsOfCommittees(db, ids)),
    standardsOfCommittee(args: PageArgs) {
      const key = JSON.stringify([args.first, args.last, args.after, args.before]);
      let loader = standardPages.get(key);
      if (!loader) {
        loader = new DataLoader(async (ids: readonly number[]) => standardsOfCommitteesPages(db, ids, args));
        standardPages.set(key, loader);
      }
      return loader;
    },
  };
}
