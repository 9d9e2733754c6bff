import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { MAX_PAGE_SIZE } from '../graphql/builder.ts';
import { QUERY_TOO_COSTLY, QUERY_TOO_MANY_SEARCHES, queryCostLimit } from './cost.ts';
import { inputListLimit, malformedParamsAreClientErrors } from './guards.ts';
import { utf8RequestsOnly } from './request-text.ts';
import { textLimitPlugin } from './text-limits.ts';

/**
 * Bounds on what one request may ask, so no single request can monopolise the (single, synchronous)
 * database connection. Defaults fit every query documented in README.md and docs/ with room to spare (a
 * test runs them); raise them through the environment (config.ts) rather than here.
 */
export interface QueryLimits {
  /**
   * Nesting of selections (`standard { versions { edges { node { designation } } } }` is 5; a connection costs 3
   * levels).
   */
  depth: number;
  /** Aliased fields in one document. */
  aliases: number;
  /** Lexical tokens in the document (bounds parsing work before anything else runs). */
  tokens: number;
  /** Directives (`@include`, `@skip`, …) in the document. */
  directives: number;
  /**
   * graphql-armor's cost: an object 2, a scalar 1, a child's cost × 1.5, and a page × its size
   * (a page of 50 standards with 10 versions each is about 34,000). Checked once the variables
   * are known (cost.ts): a page size counts at its value up to the page cap, or at the cap when
   * left out, whether written in the query or passed as a variable.
   */
  cost: number;
  /**
   * `search` fields in one operation (aliases, fragments included): each ranks the whole index
   * and loads its hits, whatever its page size, and waits in the search queue.
   */
  searches: number;
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
  searches: 5,
  listValues: 100,
  listObjects: 5_000,
  bodyBytes: 4_194_304,
};

/** The `extensions.code` of each limit's refusal; clients can rely on them (README "Limits and errors"). */
export const LIMIT_CODES = {
  depth: 'QUERY_TOO_DEEP',
  aliases: 'QUERY_TOO_MANY_ALIASES',
  tokens: 'QUERY_TOO_MANY_TOKENS',
  directives: 'QUERY_TOO_MANY_DIRECTIVES',
  cost: QUERY_TOO_COSTLY,
  searches: QUERY_TOO_MANY_SEARCHES,
} as const;

/**
 * graphql-armor words every refusal "Syntax Error: …" and gives it no code of its own. Each is
 * replaced by the same message without that prefix and with the limit's code. Reported to the
 * validation context, a refusal is an ordinary validation error (400, as the GraphQL-over-HTTP
 * spec expects); the token limit, reached while parsing, is thrown as a parse error (also 400).
 */
function refusal(code: string) {
  const reword = (error: GraphQLError) =>
    new GraphQLError(error.message.replace(/^Syntax Error: /u, ''), { extensions: { code } });
  return {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        if (context === null) throw reword(error);
        context.reportError(reword(error));
      },
    ],
  };
}

/**
 * graphql-armor's depth, alias, token and directive limits, the cost and search limits (checked
 * once the variables are known, cost.ts), the input-list and string-length limits, the guard that
 * turns malformed JSON parameters into 400s and the one that refuses requests that are not UTF-8,
 * as Yoga plugins. `hideSuggestions` removes graphql-js's "Did you mean …?"
 * hints, which let a caller discover field names by guessing (production only: they help developers).
 */
export function queryLimitPlugins(limits: QueryLimits, hideSuggestions: boolean): Plugin[] {
  return [
    EnvelopArmorPlugin({
      maxDepth: { n: limits.depth, ignoreIntrospection: true, flattenFragments: true, ...refusal(LIMIT_CODES.depth) },
      maxAliases: { n: limits.aliases, ...refusal(LIMIT_CODES.aliases) },
      maxTokens: { n: limits.tokens, ...refusal(LIMIT_CODES.tokens) },
      maxDirectives: { n: limits.directives, ...refusal(LIMIT_CODES.directives) },
      costLimit: { enabled: false },
      blockFieldSuggestion: { enabled: hideSuggestions },
    }) as Plugin,
    queryCostLimit({ maxCost: limits.cost, maxSearches: limits.searches, pageCap: MAX_PAGE_SIZE }),
    inputListLimit(limits),
    textLimitPlugin(),
    malformedParamsAreClientErrors(),
    utf8RequestsOnly(),
  ];
}
