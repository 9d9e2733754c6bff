import { getSchemaConfig, queryFromInfo } from '@pothos/plugin-drizzle';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.ts';
import { builder } from './builder.ts';

/**
 * Marks rows a domain verb loaded itself (every column, no relations) as the data of the field
 * being resolved, so the drizzle plugin resolves the fields beneath from them. Without it, the
 * plugin cannot tell such rows have the columns and reloads each one by id (one batched query per
 * type and level, each after a 1 ms timer). Relations beneath are still loaded by the plugin when
 * asked for: the rows carry none, and the plugin checks for them before using a row.
 */
export function asLoadedRows<T>(ctx: Context, info: GraphQLResolveInfo, rows: T): T {
  if (rows !== null && rows !== undefined) queryFromInfo({ config: getSchemaConfig(builder), context: ctx, info });
  return rows;
}
