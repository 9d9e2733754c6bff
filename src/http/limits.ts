import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { GraphQLError, type ASTVisitor, type ValidationContext } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

/**
 * Bounds on what one request may ask, so no single request can monopolise the (single, synchronous)
 * database connection. Defaults fit every query documented in the README with room to spare (a
 * test runs them); raise them through the environment (config.ts) rather than here.
 */
export interface QueryLimits {
  /** Nesting of selections (`standard { versions { edges { node { designation } } } }` is 5; a connection costs 3 levels). */
  depth: number;
  /** Aliased fields in one document. */
  aliases: number;
  /** Lexical tokens in the document (bounds parsing work before anything else runs). */
  tokens: number;
  /** Directives (`@include`, `@skip`, …) in the document. */
  directives: number;
  /**
   * graphql-armor's cost: an object 2, a scalar 1, a child's cost × 1.5, and a selection × its
   * literal `first`/`last` (a page of 50 standards with 10 versions each is about 34,000). Page
   * sizes passed as variables count as 1; the page cap (100) bounds those.
   */
  cost: number;
  /** Items in any list given as an argument, literal or in the variables (`nodes(ids:)`, filters). */
  listItems: number;
  /** Request body in bytes; larger bodies get 413 before they are read to the end. */
  bodyBytes: number;
}

export const DEFAULT_LIMITS: QueryLimits = {
  depth: 15,
  aliases: 30,
  tokens: 2_000,
  directives: 20,
  cost: 50_000,
  listItems: 1_000,
  bodyBytes: 1_048_576,
};

/**
 * graphql-armor's depth, alias, token, directive and cost limits, plus the list-size limit, as
 * Yoga plugins. `hideSuggestions` removes graphql-js's "Did you mean …?" hints, which would let a
 * caller discover field names by guessing (production only: they help developers).
 */
export function queryLimitPlugins(limits: QueryLimits, hideSuggestions: boolean): Plugin[] {
  return [
    EnvelopArmorPlugin({
      maxDepth: { n: limits.depth, ignoreIntrospection: true, flattenFragments: true },
      maxAliases: { n: limits.aliases },
      maxTokens: { n: limits.tokens },
      maxDirectives: { n: limits.directives },
      costLimit: { maxCost: limits.cost, ignoreIntrospection: true, flattenFragments: true },
      blockFieldSuggestion: { enabled: hideSuggestions },
    }) as Plugin,
    listSizeLimit(limits.listItems),
  ];
}

/**
 * Caps the length of lists given as input. No maintained plugin does this: graphql-armor bounds the
 * document (its token limit indirectly bounds literal lists) but never looks at variables, where a
 * client can send `nodes(ids: $ids)` with a hundred thousand IDs inside the body limit.
 */
function listSizeLimit(max: number): Plugin {
  const tooLong = (where: string) => `A list in ${where} has more than ${max} items; send at most ${max} per request.`;
  return {
    onParams({ params }) {
      if (longestList(params.variables) > max) {
        throw createGraphQLError(tooLong('the variables'), { extensions: { code: 'INVALID_INPUT', http: { status: 400 } } });
      }
    },
    onValidate({ addValidationRule }) {
      addValidationRule(
        (context: ValidationContext): ASTVisitor => ({
          ListValue(node) {
            if (node.values.length > max) context.reportError(new GraphQLError(tooLong('the query'), { nodes: node }));
          },
        }),
      );
    },
  };
}

/** Length of the longest array anywhere in a JSON value; iterative, so nesting depth cannot overflow the stack. */
function longestList(value: unknown): number {
  let longest = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (Array.isArray(item)) {
      longest = Math.max(longest, item.length);
      for (const child of item) if (typeof child === 'object' && child !== null) stack.push(child);
    } else if (typeof item === 'object' && item !== null) {
      for (const child of Object.values(item)) if (typeof child === 'object' && child !== null) stack.push(child);
    }
  }
  return longest;
}
