import { useGraphQlJit } from '@envelop/graphql-jit';
import { getOperationAST, getVariableValues, GraphQLError, Kind, type Source } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Query operations run as compiled JavaScript (graphql-jit, through envelop's own plugin) instead
 * of graphql-js's interpreter, which walks the selection set for every field of every row
 * (docs/performance.md).
 *
 * Only queries: graphql-jit compiles a mutation's variables recursively and overflows the stack
 * on a recursive input type (`ClauseInput` holds `clauses: [ClauseInput!]`). Mutations and subscriptions keep graphql-js, and no query takes a
 * recursive input. A compiled document is kept as long as Yoga's parser cache keeps its parsed
 * document (a WeakMap keyed by it), so the number of compiled documents is bounded by that cache.
 *
 * Variables that do not coerce also keep graphql-js: graphql-jit words the error its own way
 * ("Expected type Date.", without the scalar's reason) and Yoga then answers 200 instead of 400.
 * Coercing them here first costs a few microseconds per query. So do operations declaring a
 * non-null variable with a default (`$on: Date! = "2025-06-01"`): graphql-jit refuses such a
 * variable when it is omitted, where the spec takes the default.
 *
 * A compiled query's field errors carry their locations but not the document's nodes, and Yoga
 * rebuilds every error from its nodes (or source and positions) before answering, which dropped
 * the locations. locatedErrors() gives them the source and positions back.
 *
 * test/compiled-queries.test.ts checks that compiled and interpreted answers are the same.
 */
export function compiledQueriesPlugins(): Plugin[] {
  return [compiledQueries(), locatedErrors()];
}

function compiledQueries(): Plugin {
  return useGraphQlJit(
    {},
    {
      enableIf: ({ schema, document, operationName, variableValues }) => {
        const operation = getOperationAST(document, operationName);
        if (operation?.operation !== 'query') return false;
        const definitions = operation.variableDefinitions ?? [];
        if (definitions.some((d) => d.type.kind === Kind.NON_NULL_TYPE && d.defaultValue !== undefined)) return false;
        return !('errors' in getVariableValues(schema, definitions, variableValues ?? {}));
      },
    },
  ) as Plugin;
}

/** Runs before Yoga's error masking (user plugins come first), which keeps source and positions. */
function locatedErrors(): Plugin {
  return {
    onExecute({ args }) {
      const source = args.document.loc?.source;
      if (source === undefined) return;
      return {
        onExecuteDone({ result, setResult }) {
          if (!('errors' in result) || !result.errors?.some(isUnlocated)) return;
          setResult({ ...result, errors: result.errors.map((error) => (isUnlocated(error) ? located(error, source) : error)) });
        },
      };
    },
  };
}

function isUnlocated(error: GraphQLError): boolean {
  return error.nodes === undefined && error.source === undefined && (error.locations?.length ?? 0) > 0;
}

function located(error: GraphQLError, source: Source): GraphQLError {
  const lineStarts = [0];
  for (const match of source.body.matchAll(/\r\n|[\n\r]/gu)) lineStarts.push(match.index + match[0].length);
  const positions = error.locations!.map(({ line, column }) => (lineStarts[line - 1] ?? 0) + column - 1);
  return new GraphQLError(error.message, {
    source,
    positions,
    path: error.path,
    originalError: error.originalError,
    extensions: error.extensions,
  });
}
