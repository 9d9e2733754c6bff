import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  getArgumentValues,
  getOperationAST,
  getVariableValues,
  Kind,
  TypeInfo,
  validate,
  visit,
  visitWithTypeInfo,
  type ArgumentNode,
  type DocumentNode,
  type FieldNode,
  type GraphQLError,
  type GraphQLSchema,
} from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

/**
 * The query cost limit, checked once the variables are known. graphql-armor's cost rule runs at
 * validation, sees only the document, and counts a page size passed as a variable as 1 (Yoga
 * also caches validation by document, so no validation rule may depend on the variables). Here
 * each page size is written into a copy of the operation as the literal armor reads, and armor's
 * own rule (same weights) prices the copy:
 * - `first`/`last` of a connection count at their coerced value, capped at the page cap; absent,
 *   at the cap (what the page can hold), so literal and variable page sizes cost the same;
 * - `nodes(ids:)` counts as a page of as many items as IDs.
 */
export interface CostOptions {
  maxCost: number;
  /** The most items a page returns (every connection's cap). */
  pageCap: number;
}

export const QUERY_TOO_COSTLY = 'QUERY_TOO_COSTLY';

export function queryCostLimit(options: CostOptions): Plugin {
  const check = ({ args, setResultAndStopExecution }: CheckArgs) => {
    const cost = costOf(args.schema, args.document, args.operationName, args.variableValues, options.pageCap);
    if (cost === undefined || cost <= options.maxCost) return;
    setResultAndStopExecution({ errors: [tooCostly(options.maxCost, cost)] });
  };
  return { onExecute: check, onSubscribe: check } as Plugin;
}

interface CheckArgs {
  args: { schema: GraphQLSchema; document: DocumentNode; operationName?: string | null; variableValues?: Record<string, unknown> | null };
  setResultAndStopExecution: (result: { errors: GraphQLError[] }) => void;
}

function tooCostly(maxCost: number, cost: number): GraphQLError {
  return createGraphQLError(`Query cost limit of ${maxCost} exceeded, found ${Math.ceil(cost)}. Ask for smaller pages (first/last) or fewer nested pages.`, {
    extensions: { code: QUERY_TOO_COSTLY, http: { spec: true, status: 400 } },
  });
}

/**
 * The cost of the operation to run, or undefined when its variables do not coerce (execution
 * then refuses them with its own error).
 */
export function costOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variableValues: Record<string, unknown> | null | undefined,
  pageCap: number,
): number | undefined {
  const operation = getOperationAST(document, operationName);
  if (!operation) return undefined;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variableValues ?? {});
  if (coerced.errors) return undefined;
  const priced = withPageSizes(schema, document, coerced.coerced, pageCap);
  // Only the operation that runs is priced (armor's rule sums every operation of the document).
  const chosen = priced.definitions[document.definitions.indexOf(operation)];
  const single = { ...priced, definitions: priced.definitions.filter((d) => d === chosen || d.kind === Kind.FRAGMENT_DEFINITION) };
  measured = 0;
  validate(schema, single, [armorCost]);
  return measured;
}

// armor's cost rule, taken through its public Apollo entry point (the Envelop one only adds it to
// validation); with no maximum it always "accepts" and reports the cost it found.
let measured = 0;
const armorCost = new ApolloArmor({
  costLimit: { maxCost: Number.POSITIVE_INFINITY, ignoreIntrospection: true, flattenFragments: true, onAccept: [(_context, { n }) => void (measured = n)] },
  blockFieldSuggestion: { enabled: false },
  maxTokens: { enabled: false },
  maxAliases: { enabled: false },
  maxDepth: { enabled: false },
  maxDirectives: { enabled: false },
}).protect().validationRules[0]!;

/** A copy of the document where each multiplied field carries `first: <items>` and no other page argument. */
function withPageSizes(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, pageCap: number): DocumentNode {
  const typeInfo = new TypeInfo(schema);
  return visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node: FieldNode) {
        const field = typeInfo.getFieldDef();
        if (!field) return undefined;
        const isPage = field.args.some((arg) => arg.name === 'first' || arg.name === 'last');
        const isNodes = typeInfo.getParentType()?.name === schema.getQueryType()?.name && node.name.value === 'nodes';
        if (!isPage && !isNodes) return undefined;
        const args = getArgumentValues(field, node, variables);
        const items = isNodes ? (args.ids as unknown[]).length : Math.min(pageSizeOf(args) ?? pageCap, pageCap);
        const kept = (node.arguments ?? []).filter((arg) => arg.name.value !== 'first' && arg.name.value !== 'last');
        const first: ArgumentNode = { kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'first' }, value: { kind: Kind.INT, value: String(Math.max(items, 1)) } };
        return { ...node, arguments: [first, ...kept] };
      },
    }),
  );
}

function pageSizeOf(args: Record<string, unknown>): number | undefined {
  const size = args.first ?? args.last;
  return typeof size === 'number' ? size : undefined;
}
