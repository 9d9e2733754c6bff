import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import type { GraphQLFieldResolver } from 'graphql';
import type { Context } from '../context.ts';

// Per-request memos (DataLoaders, version graphs, draft abilities, in `ctx.memo`) assume the data
// does not change while a request runs, which holds for queries only. A request's mutations run
// one after the other, each writing, and each may read before it writes (permission checks) and
// after (its payload). So every root mutation field drops the memos when it starts and again once
// its resolver returns, before its payload is resolved: nothing a mutation or its payload reads
// from these memos comes from before the last write (the viewer, like any request's, is resolved
// once per request). Written as a Pothos plugin so that no mutation can forget it.

const pluginName = 'freshMemo';

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      freshMemo: FreshMemoPlugin<Types>;
    }
  }
}

export class FreshMemoPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    if (fieldConfig.parentType !== 'Mutation') return resolver;
    return async (parent, args, context, info) => {
      const { memo } = context as Context;
      memo.clear();
      try {
        return await resolver(parent, args, context, info);
      } finally {
        memo.clear();
      }
    };
  }
}

SchemaBuilder.registerPlugin(pluginName, FreshMemoPlugin);

export default pluginName;
