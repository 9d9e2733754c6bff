import { catalogueLoaders } from '../../catalogue/loaders.ts';
import { followCommittee } from '../../domain/watch/followCommittee.ts';
import { followHorizonFilter } from '../../domain/watch/followHorizonFilter.ts';
import { followStandard } from '../../domain/watch/followStandard.ts';
import { listWatching, parseHorizonFilter } from '../../domain/watch/listWatching.ts';
import { unfollowCommittee } from '../../domain/watch/unfollowCommittee.ts';
import { unfollowHorizonFilter } from '../../domain/watch/unfollowHorizonFilter.ts';
import { unfollowStandard } from '../../domain/watch/unfollowStandard.ts';
import type { WatchRow } from '../../domain/watch/write.ts';
import type { HorizonFilter as HorizonFilterValue } from '../../domain/horizon/horizonOf.ts';
import { builder } from '../builder.ts';
import { Committee } from './committee.ts';
import { StandardKindEnum } from './enums.ts';
import { HorizonFilter } from './horizon.ts';
import { Person } from './person.ts';
import { Standard } from './standard.ts';

const SavedHorizonFilter = builder.objectRef<HorizonFilterValue>('SavedHorizonFilter').implement({
  description: 'A horizon filter as saved: the conditions given (all must hold).',
  fields: (t) => ({
    standards: t.stringList({
      nullable: true,
      description: 'Standards by designation root.',
      resolve: (f) => f.standards ?? null,
    }),
    kinds: t.field({
      type: [StandardKindEnum],
      nullable: true,
      description: 'Standards of any of these kinds.',
      resolve: (f) => f.kinds ?? null,
    }),
    committee: t.string({
      nullable: true,
      description: 'Standards of this committee or of any committee below it.',
      resolve: (f) => f.committee ?? null,
    }),
    text: t.string({
      nullable: true,
      description: 'Standards whose designation or title contains this text.',
      resolve: (f) => f.text ?? null,
    }),
  }),
});

export const Watch = builder.objectRef<WatchRow>('Watch').implement({
  description:
    'Something the signed-in person follows: a standard, a committee (with the committees below it) or a saved ' +
    'horizon filter. Exactly one of `standard`, `committee`, `horizonFilter` is set.',
  fields: (t) => ({
    id: t.id({ description: 'The watch number (to unfollow a saved horizon filter).', resolve: (w) => String(w.id) }),
    standard: t.field({
      type: Standard,
      nullable: true,
      description: 'The standard followed.',
      resolve: async (w, _a, ctx) =>
        w.standardId === null ? null : ((await catalogueLoaders(ctx).standardById.load(w.standardId)) ?? null),
    }),
    committee: t.field({
      type: Committee,
      nullable: true,
      description: 'The committee followed, with those below it.',
      resolve: async (w, _a, ctx) =>
        w.committeeId === null ? null : ((await catalogueLoaders(ctx).committeeById.load(w.committeeId)) ?? null),
    }),
    horizonFilter: t.field({
      type: SavedHorizonFilter,
      nullable: true,
      description: 'The horizon filter saved.',
      resolve: (w) => parseHorizonFilter(w.horizonFilter),
    }),
    name: t.string({
      nullable: true,
      description: 'The name given to a saved horizon filter.',
      resolve: (w) => w.name,
    }),
    since: t.field({
      type: 'DateTime',
      description: 'When the person started following it.',
      resolve: (w) => w.createdAt,
    }),
  }),
});

builder.objectFields(Person, (t) => ({
  watching: t.field({
    type: [Watch],
    nullable: true,
    description:
      'What the person follows, oldest first; null unless the caller is the person (administrators included: a ' +
      'watch list is private).',
    resolve: (person, _a, ctx) => (ctx.viewer?.personId === person.id ? listWatching(ctx, person.id) : null),
  }),
}));

builder.relayMutationField(
  'followStandard',
  {
    description: 'The standard to follow.',
    inputFields: (t) => ({ standardId: t.globalID({ required: true, for: Standard, description: 'The standard.' }) }),
  },
  {
    description:
      'The caller follows a standard: they are told of its new versions, corrections and withdrawals, and ' +
      'reminded of its cut-off and mandatory dates. Following it again changes nothing.',
    resolve: (_root, { input }, ctx) => ({
      watch: followStandard({ ctx, input: { standardId: Number(input.standardId.id) } }),
    }),
  },
  {
    outputFields: (t) => ({
      watch: t.field({ type: Watch, description: 'The watch as it now is.', resolve: (r) => r.watch }),
    }),
  },
);

builder.relayMutationField(
  'unfollowStandard',
  {
    description: 'The standard to stop following.',
    inputFields: (t) => ({ standardId: t.globalID({ required: true, for: Standard, description: 'The standard.' }) }),
  },
  {
    description: 'The caller stops following a standard.',
    resolve: (_root, { input }, ctx) => ({
      unfollowed: unfollowStandard({ ctx, input: { standardId: Number(input.standardId.id) } }),
    }),
  },
  {
    outputFields: (t) => ({
      unfollowed: t.boolean({
        description: 'True: it was followed and no longer is; false: it was not followed.',
        resolve: (r) => r.unfollowed,
      }),
    }),
  },
);

builder.relayMutationField(
  'followCommittee',
  {
    description: 'The committee to follow.',
    inputFields: (t) => ({
      committeeId: t.globalID({ required: true, for: Committee, description: 'The committee.' }),
    }),
  },
  {
    description:
      'The caller follows a committee and every committee below it: the standards they are responsible for, and ' +
      'the work on their drafts that the caller may read. Following it again changes nothing.',
    resolve: (_root, { input }, ctx) => ({
      watch: followCommittee({ ctx, input: { committeeId: Number(input.committeeId.id) } }),
    }),
  },
  {
    outputFields: (t) => ({
      watch: t.field({ type: Watch, description: 'The watch as it now is.', resolve: (r) => r.watch }),
    }),
  },
);

builder.relayMutationField(
  'unfollowCommittee',
  {
    description: 'The committee to stop following.',
    inputFields: (t) => ({
      committeeId: t.globalID({ required: true, for: Committee, description: 'The committee.' }),
    }),
  },
  {
    description: 'The caller stops following a committee.',
    resolve: (_root, { input }, ctx) => ({
      unfollowed: unfollowCommittee({ ctx, input: { committeeId: Number(input.committeeId.id) } }),
    }),
  },
  {
    outputFields: (t) => ({
      unfollowed: t.boolean({
        description: 'True: it was followed and no longer is; false: it was not followed.',
        resolve: (r) => r.unfollowed,
      }),
    }),
  },
);

builder.relayMutationField(
  'followHorizonFilter',
  {
    description: 'The horizon filter to save.',
    inputFields: (t) => ({
      filter: t.field({ type: HorizonFilter, required: true, description: 'The conditions (at least one).' }),
      name: t.string({ description: 'A name for it, e.g. "Battery standards".' }),
    }),
  },
  {
    description:
      'The caller saves a horizon filter: they are reminded of the cut-off and mandatory dates of the versions ' +
      'it keeps. Saving the same conditions again changes nothing.',
    resolve: (_root, { input }, ctx) => ({
      watch: followHorizonFilter({ ctx, input: { filter: input.filter, name: input.name } }),
    }),
  },
  {
    outputFields: (t) => ({
      watch: t.field({ type: Watch, description: 'The watch as it now is.', resolve: (r) => r.watch }),
    }),
  },
);

builder.relayMutationField(
  'unfollowHorizonFilter',
  {
    description: 'The saved horizon filter to drop.',
    inputFields: (t) => ({ watchId: t.id({ required: true, description: 'The watch number (`Watch.id`).' }) }),
  },
  {
    description: 'The caller drops one of their saved horizon filters.',
    resolve: (_root, { input }, ctx) => ({
      unfollowed: unfollowHorizonFilter({ ctx, input: { watchId: Number(input.watchId) } }),
    }),
  },
  {
    outputFields: (t) => ({
      unfollowed: t.boolean({
        description: 'True: it was followed and no longer is; false: it was not followed.',
        resolve: (r) => r.unfollowed,
      }),
    }),
  },
);
