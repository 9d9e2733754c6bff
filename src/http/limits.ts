import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { GraphQLError, ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { inputListLimit, malformedParamsAreClientErrors } from './guards.ts';
import { utf8RequestsOnly } from './request-text.ts';
import { textLimitPlugin } from './text-limits.ts';

/**
 * Bounds on what one request may ask, so no single request can monopolise the (single, synchronous)
 * database connection. Defaults fit every query documented in README.md and docs/ with room to spare (a
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
  /**
   * Items in a list of plain values given as input (IDs, names, enum values: `nodes(ids:)`,
   * `kinds:`), literal or in the variables; such lists become SQL lookups.
   */
  listValues: number;
  /** Items in a list of input objects (a revision's clauses: the domain allows 5,000). */
  listObjects: number;
  /** Request body in bytes; larger bodies get 413 before they are read to the end. */
  bodyBytes: number;
}

export const DEFAULT_LIMITS: QueryLimits = {
  depth: 15,
  aliases: 30,
  tokens: 2_000,
  directives: 20,
  cost: 50_000,
  listValues: 100,
  listObjects: 5_000,
  bodyBytes: 4_194_304,
};

/**
 * By default graphql-armor's rules throw, which Yoga answers with 200 and a bare error; reported
 * to the validation context instead they are ordinary validation errors: 400 with
 * `extensions.code` GRAPHQL_VALIDATION_FAILED, as the GraphQL-over-HTTP spec expects.
 */
const asValidationError = {
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
};

/**
 * graphql-armor's depth, alias, token, directive and cost limits, plus the input-list and string
 * length limits, the guard that turns malformed JSON parameters into 400s and the one that refuses
 * requests that are not UTF-8, as Yoga plugins. `hideSuggestions`
 * removes graphql-js's "Did you mean …?" hints, which let a caller discover field names by
 * guessing (production only: they help developers).
 */
export function queryLimitPlugins(limits: QueryLimits, hideSuggestions: boolean): Plugin[] {
  return [
    EnvelopArmorPlugin({
      maxDepth: { n: limits.depth, ignoreIntrospection: true, flattenFragments: true, ...asValidationError },
      maxAliases: { n: limits.aliases, ...asValidationError },
      maxTokens: { n: limits.tokens },
      maxDirectives: { n: limits.directives, ...asValidationError },
      costLimit: { maxCost: limits.cost, ignoreIntrospection: true, flattenFragments: true, ...asValidationError },
      blockFieldSuggestion: { enabled: hideSuggestions },
    }) as Plugin,
    inputListLimit(limits),
    textLimitPlugin(),
    malformedParamsAreClientErrors(),
    utf8RequestsOnly(),
  ];
}

