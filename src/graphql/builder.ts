import SchemaBuilder from '@pothos/core';
import DrizzlePlugin from '@pothos/plugin-drizzle';
import RelayPlugin, { resolveNodes } from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { getTableConfig } from 'drizzle-orm/sqlite-core';
import { DateTimeResolver, JSONResolver } from 'graphql-scalars';
import { PAGE_SIZES } from '../catalogue/pages.ts';
import type { Context } from '../context.ts';
import { isAllowed, type Action, type Subject } from '../domain/accounts/permissions.ts';
import { DomainError } from '../domain/errors.ts';
import { relations } from '../db/relations.ts';
import { decodeGlobalID, mayLookUp, resolveNodeOrNull } from './global-id.ts';
import FreshMemoPlugin from './fresh-memo-plugin.ts';
import { DateScalar, PartialDateScalar } from './scalars.ts';

/** The object types `node(id:)` can return. */
export const NODE_TYPES: ReadonlySet<string> = new Set([
  'Committee',
  'Standard',
  'StandardVersion',
  // Signed-in callers only (a type-level scope), e-mail and tokens further restricted by field.
  'Person',
  // Committee work: each guarded by a type-level `draft.read` scope, so a lookup cannot leak one.
  'Draft',
  'DraftRevision',
  'CommentThread',
  'Ballot',
]);

/** Largest page any connection returns; callers asking for more get this many (the catalogue's pages too). */
export const MAX_PAGE_SIZE = PAGE_SIZES.maxSize;
export const DEFAULT_PAGE_SIZE = PAGE_SIZES.defaultSize;

export interface SchemaTypes {
  Context: Context;
  DrizzleRelations: typeof relations;
  AuthScopes: {
    /** A signed-in caller. */
    authenticated: boolean;
    admin: boolean;
    /** The permission table of domain/accounts/permissions.ts allows this action on this subject. */
    allowed: { action: Action; subject: Subject };
  };
  Scalars: {
    Date: { Input: string; Output: string };
    PartialDate: { Input: string; Output: string };
    DateTime: { Input: Date; Output: Date | string };
    JSON: { Input: unknown; Output: unknown };
  };
  DefaultFieldNullability: false;
}

// The builder only configures; each type lives in its own file under ./types.
// Scope-auth first (its checks wrap every other plugin's resolvers); Relay before Drizzle (the
// drizzle plugin's nodes need Relay's); fresh memos innermost, around each mutation's own
// resolver (./fresh-memo-plugin.ts).
export const builder = new SchemaBuilder<SchemaTypes>({
  plugins: [ScopeAuthPlugin, RelayPlugin, DrizzlePlugin, FreshMemoPlugin],
  scopeAuth: {
    // Type-level scopes also guard `node(id:)` lookups, which bypass root fields (drizzleNode adds its own).
    authScopes: (ctx) => ({
      authenticated: ctx.viewer !== null,
      admin: ctx.viewer?.isAdmin ?? false,
      allowed: ({ action, subject }) => isAllowed(ctx.viewer, action, subject),
    }),
    authorizeOnSubscribe: true,
    unauthorizedError: (_parent, ctx, _info, result) =>
      new DomainError(ctx.viewer === null ? 'UNAUTHENTICATED' : 'FORBIDDEN', result.message),
  },
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    decodeGlobalID,
    nodeQueryOptions: {
      description: 'Fetches any object by its global ID; null when there is none.',
      args: { id: { description: 'A global ID, as returned in any `id` field.' } },
      resolve: (_root, args, ctx, _info, resolveNode) =>
        mayLookUp(ctx, args.id) ? resolveNodeOrNull(args.id, resolveNode, NODE_TYPES) : null,
    },
    nodesQueryOptions: {
      description: 'Fetches objects by their global IDs, in the order given; null for each unknown one.',
      args: { ids: { description: 'Global IDs, as returned in `id` fields.' } },
      // Each ID resolved on its own, so an unknown one is null without failing the others. (The
      // resolver Pothos passes as the fifth argument ignores the IDs given to it and resolves all
      // of `args.ids`: taking its first result answered the first ID's object in every slot.)
      resolve: (_root, args, ctx, info): Promise<unknown>[] =>
        args.ids.map((id) =>
          mayLookUp(ctx, id)
            ? resolveNodeOrNull(
                id,
                async (one): Promise<unknown> => (await resolveNodes(builder, ctx, info, [one]))[0],
                NODE_TYPES,
              )
            : Promise.resolve(null),
        ),
    },
    nodeTypeOptions: { description: 'An object with a global ID that `node(id:)` fetches again.' },
    idFieldOptions: { description: 'Global ID: opaque, stable, usable with `node(id:)`.' },
    pageInfoTypeOptions: {
      description: 'Where a page sits in the whole list, with cursors to fetch the neighbouring pages.',
    },
    hasNextPageFieldOptions: { description: 'True when more items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'True when items precede this page.' },
    startCursorFieldOptions: {
      description: 'Cursor of the first item of the page; pass as `before` for the previous page.',
    },
    endCursorFieldOptions: { description: 'Cursor of the last item of the page; pass as `after` for the next page.' },
    firstArgOptions: {
      description:
        `Page size from the start or from \`after\` (default ${DEFAULT_PAGE_SIZE}, ` + `at most ${MAX_PAGE_SIZE}).`,
    },
    afterArgOptions: { description: 'Return items after this cursor (an `endCursor` or edge `cursor`).' },
    lastArgOptions: { description: `Page size from the end or from \`before\` (at most ${MAX_PAGE_SIZE}).` },
    beforeArgOptions: { description: 'Return items before this cursor (a `startCursor` or edge `cursor`).' },
    edgesFieldOptions: { description: 'The items of this page, each with its cursor.' },
    pageInfoFieldOptions: { description: 'Cursors and whether more pages exist.' },
    cursorFieldOptions: { description: 'Opaque position of this item; pass as `after` or `before`.' },
    nodeFieldOptions: { description: 'The item.' },
    defaultConnectionTypeOptions: {
      description: 'A page of a list, in a stable order, with cursors to move through it.',
    },
    defaultEdgeTypeOptions: { description: 'One item of a page, with its cursor.' },
    mutationInputArgOptions: { description: "The mutation's input." },
    defaultPayloadTypeOptions: { description: 'The result of the mutation.' },
    defaultMutationInputTypeOptions: { description: 'The input of the mutation.' },
  },
  drizzle: {
    // Committee work only: the catalogue is read through catalogue/.
    client: (ctx) => ctx.db,
    getTableConfig,
    relations,
    defaultConnectionSize: DEFAULT_PAGE_SIZE,
    maxConnectionSize: MAX_PAGE_SIZE,
  },
});

builder.addScalarType('Date', DateScalar);
builder.addScalarType('PartialDate', PartialDateScalar);
builder.addScalarType('DateTime', DateTimeResolver);
builder.addScalarType('JSON', JSONResolver);

builder.queryType({ description: 'Reads of the registry: standards, their versions, committees, and committee work.' });
builder.mutationType({
  description:
    'Changes: accounts, drafts, comments, ballots, publication. Each takes one `input` and returns a payload.',
});
