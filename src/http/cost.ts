import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  getOperationAST,
  getVariableValues,
  Kind,
  TypeInfo,
  validate,
  valueFromAST,
  visit,
  visitWithTypeInfo,
  type ArgumentNode,
  type DocumentNode,
  type FieldNode,
  type GraphQLError,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
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
 * Also bounds the searches of one operation: each ranks the whole index whatever its page size;
 * and its comparisons of revisions, each counted as often as the pages around it can hold: each
 * pairs and word-diffs two whole revisions whatever is selected.
 */
export interface CostOptions {
  maxCost: number;
  /** Most `search` fields one operation may run. */
  maxSearches: number;
  /** Most `horizon` fields one operation may run (each computes its whole window). */
  maxHorizons?: number;
  /** Most `compareRevisions` one operation may run (a field inside pages counts once per item the pages hold). */
  maxComparisons?: number;
  /** The most items a page returns (every connection's cap). */
  pageCap: number;
}

export const QUERY_TOO_COSTLY = 'QUERY_TOO_COSTLY';
export const QUERY_TOO_MANY_SEARCHES = 'QUERY_TOO_MANY_SEARCHES';
export const QUERY_TOO_MANY_HORIZONS = 'QUERY_TOO_MANY_HORIZONS';
export const QUERY_TOO_MANY_COMPARISONS = 'QUERY_TOO_MANY_COMPARISONS';

export function queryCostLimit(options: CostOptions): Plugin {
  const check = ({ args, setResultAndStopExecution }: CheckArgs) => {
    const items = pageItems(args.schema, args.document, args.operationName, args.variableValues, options.pageCap);
    const cost = items && pricedWith(args.schema, args.document, args.operationName, items);
    if (cost !== undefined && cost > options.maxCost) {
      const message =
        `Query cost limit of ${options.maxCost} exceeded, found ${Math.ceil(cost)}. Ask for smaller pages ` +
        `(first/last) or fewer nested pages.`;
      return setResultAndStopExecution({ errors: [refused(message, QUERY_TOO_COSTLY)] });
    }
    const searches = fieldsIn(args.document, args.operationName, 'search');
    if (searches > options.maxSearches) {
      const message = `A request may run at most ${options.maxSearches} searches; found ${searches}.`;
      return setResultAndStopExecution({ errors: [refused(message, QUERY_TOO_MANY_SEARCHES)] });
    }
    const maxHorizons = options.maxHorizons ?? 1;
    const horizons = fieldsIn(args.document, args.operationName, 'horizon');
    if (horizons > maxHorizons) {
      const message = `A request may compute at most ${maxHorizons} horizon; found ${horizons}.`;
      return setResultAndStopExecution({ errors: [refused(message, QUERY_TOO_MANY_HORIZONS)] });
    }
    const maxComparisons = options.maxComparisons ?? 10;
    const comparisons = items ? fieldsIn(args.document, args.operationName, 'compareRevisions', items) : 0;
    if (comparisons > maxComparisons) {
      const message = `A request may compare at most ${maxComparisons} pairs of revisions; found ${comparisons}.`;
      setResultAndStopExecution({ errors: [refused(message, QUERY_TOO_MANY_COMPARISONS)] });
    }
  };
  return { onExecute: check, onSubscribe: check } as Plugin;
}

interface CheckArgs {
  args: {
    schema: GraphQLSchema;
    document: DocumentNode;
    operationName?: string | null;
    variableValues?: Record<string, unknown> | null;
  };
  setResultAndStopExecution: (result: { errors: GraphQLError[] }) => void;
}

function refused(message: string, code: string): GraphQLError {
  return createGraphQLError(message, { extensions: { code, http: { spec: true, status: 400 } } });
}

/**
 * Fields named `name` the operation runs, through fragments too (a fragment spread twice counts twice): without
 * `items`, the root fields of a query; with them, fields at every depth of any operation, each counted as many
 * times as the pages around it hold.
 */
function fieldsIn(
  document: DocumentNode,
  operationName: string | null | undefined,
  name: string,
  items?: ReadonlyMap<FieldNode, number>,
): number {
  const operation = getOperationAST(document, operationName);
  if (!operation || (!items && operation.operation !== 'query')) return 0;
  const fragments = new Map(
    document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])),
  );
  // Each fragment is counted once, however often it is spread (nested spreads multiply).
  const perFragment = new Map<string, number>();
  const inFragment = (name: string): number => {
    const known = perFragment.get(name);
    if (known !== undefined) return known;
    perFragment.set(name, 0); // a cycle (which validation refuses) counts nothing
    const found = inSet(fragments.get(name)?.selectionSet);
    perFragment.set(name, found);
    return found;
  };
  const inSet = (set: SelectionSetNode | undefined): number =>
    (set?.selections ?? []).reduce((sum, selection) => {
      if (selection.kind === Kind.FIELD) {
        const own = selection.name.value === name ? 1 : 0;
        const nested = items ? inSet(selection.selectionSet) : 0;
        return sum + (own + nested) * (items?.get(selection) ?? 1);
      }
      return (
        sum +
        (selection.kind === Kind.INLINE_FRAGMENT ? inSet(selection.selectionSet) : inFragment(selection.name.value))
      );
    }, 0);
  return inSet(operation.selectionSet);
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
  const pages = pageItems(schema, document, operationName, variableValues, pageCap);
  return pages && pricedWith(schema, document, operationName, pages);
}

/** The cost of the operation with these page sizes. */
function pricedWith(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  pages: ReadonlyMap<FieldNode, number>,
): number | undefined {
  const operation = getOperationAST(document, operationName);
  if (!operation) return undefined;
  const plan = planOf(schema, document);
  const items = [...pages.values()];
  // Pricing validates a copy of the document; a document asked again with the same page sizes
  // is priced once.
  const key = `${document.definitions.indexOf(operation)}:${items.join(',')}`;
  let cost = plan.costs.get(key);
  if (cost === undefined) {
    cost = price(schema, document, operation, pages);
    if (plan.costs.size >= 64) plan.costs.clear();
    plan.costs.set(key, cost);
  }
  return cost;
}

/**
 * The items each multiplied field of the document (pages, `nodes(ids:)`) counts for, with the operation's
 * variables; undefined when they do not coerce (execution then refuses them with its own error).
 */
function pageItems(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variableValues: Record<string, unknown> | null | undefined,
  pageCap: number,
): Map<FieldNode, number> | undefined {
  const operation = getOperationAST(document, operationName);
  if (!operation) return undefined;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variableValues ?? {});
  if (coerced.errors) return undefined;
  return new Map(planOf(schema, document).pages.map((page) => [page.node, itemsOf(page, coerced.coerced, pageCap)]));
}

interface Page {
  node: FieldNode;
  field: GraphQLField<unknown, unknown>;
  isNodes: boolean;
}

interface Plan {
  pages: Page[];
  costs: Map<string, number>;
}

// Yoga's parser cache hands out the same document object for the same query text.
const plans = new WeakMap<DocumentNode, Plan>();

/** The multiplied fields of the document (pages, `nodes(ids:)`), found once per document. */
function planOf(schema: GraphQLSchema, document: DocumentNode): Plan {
  let plan = plans.get(document);
  if (plan) return plan;
  const pages: Page[] = [];
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node: FieldNode) {
        const field = typeInfo.getFieldDef();
        if (!field) return;
        const isNodes = typeInfo.getParentType() === schema.getQueryType() && node.name.value === 'nodes';
        if (isNodes || field.args.some((arg) => arg.name === 'first' || arg.name === 'last'))
          pages.push({ node, field, isNodes });
      },
    }),
  );
  plan = { pages, costs: new Map() };
  plans.set(document, plan);
  return plan;
}

function itemsOf(page: Page, variables: Record<string, unknown>, pageCap: number): number {
  if (page.isNodes) return Math.max(((argument(page, 'ids', variables) as unknown[] | undefined) ?? []).length, 1);
  const size = argument(page, 'first', variables) ?? argument(page, 'last', variables);
  return Math.max(Math.min(typeof size === 'number' ? size : pageCap, pageCap), 1);
}

/** One argument's value (only the ones pricing reads: coercing a field's every argument costs more). */
function argument(page: Page, name: string, variables: Record<string, unknown>): unknown {
  const node = page.node.arguments?.find((arg) => arg.name.value === name);
  const definition = page.field.args.find((arg) => arg.name === name);
  return node && definition ? valueFromAST(node.value, definition.type, variables) : undefined;
}

/** armor's cost of the operation, each multiplied field written with `first: <items>` and no other page argument. */
function price(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  items: ReadonlyMap<FieldNode, number>,
): number {
  const priced = visit(document, {
    Field(node: FieldNode) {
      const count = items.get(node);
      if (count === undefined) return undefined;
      const kept = (node.arguments ?? []).filter((arg) => arg.name.value !== 'first' && arg.name.value !== 'last');
      const first: ArgumentNode = {
        kind: Kind.ARGUMENT,
        name: { kind: Kind.NAME, value: 'first' },
        value: { kind: Kind.INT, value: String(count) },
      };
      return { ...node, arguments: [first, ...kept] };
    },
  });
  // Only the operation that runs is priced (armor's rule sums every operation of the document).
  const chosen = priced.definitions[document.definitions.indexOf(operation)];
  const single = {
    ...priced,
    definitions: priced.definitions.filter((d) => d === chosen || d.kind === Kind.FRAGMENT_DEFINITION),
  };
  measured = 0;
  validate(schema, single, [armorCost]);
  return measured;
}

// armor's cost rule, taken through its public Apollo entry point (the Envelop one only adds it to
// validation); with no maximum it always "accepts" and reports the cost it found.
let measured = 0;
const armorCost = new ApolloArmor({
  costLimit: {
    maxCost: Number.POSITIVE_INFINITY,
    ignoreIntrospection: true,
    flattenFragments: true,
    onAccept: [
      (_context, { n }) => {
        measured = n;
      },
    ],
  },
  blockFieldSuggestion: { enabled: false },
  maxTokens: { enabled: false },
  maxAliases: { enabled: false },
  maxDepth: { enabled: false },
  maxDirectives: { enabled: false },
}).protect().validationRules[0]!;
