import { useGraphQlJit } from '@envelop/graphql-jit';
import { getOperationAST, getVariableValues, Kind } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';

/**
 * Query operations run as compiled JavaScript (graphql-jit, through envelop's own plugin) instead
 * of graphql-js's interpreter, which walks the selection set for every field of every row
 * (docs/performance.md).
 *
 * Only queries: graphql-jit compiles a mutation's variables recursively and overflows the stack
 * on a recursive input type (`ClauseInput` holds `clauses: [ClauseInput!]`). Mutations and
 * subscriptions keep graphql-js, and no query takes a recursive input. A compiled document is
 * kept as long as Yoga's parser cache keeps its parsed document (a WeakMap keyed by it), so the
 * number of compiled documents is bounded by that cache.
 *
 * Variables that do not coerce also keep graphql-js: graphql-jit words the error its own way
 * ("Expected type Date.", without the scalar's reason) and Yoga then answers 200 instead of 400.
 * Coercing them here first costs a few microseconds per query. So do operations declaring a
 * non-null variable with a default (`$on: Date! = "2025-06-01"`): graphql-jit refuses such a
 * variable when it is omitted, where the spec takes the default.
 *
 * An answer with errors is graphql-js's own: a compiled query whose result holds an error runs
 * again interpreted (queries change nothing; errors are the rare path). graphql-jit reports every
 * failing field of an object that null-bubbles where graphql-js stops at the first one (five
 * FORBIDDEN errors for a draft an outsider may not read, against one), and its errors carry
 * locations but not the document's nodes, which Yoga needs to locate them.
 *
 * test/compiled-queries.test.ts checks that compiled and interpreted answers are the same.
 */
export function compiledQueriesPlugins(): Plugin[] {
  const compiledRuns = new WeakSet<object>();
  const jit = useGraphQlJit(
    {},
    {
      enableIf: (args) => {
        const { schema, document, operationName, variableValues } = args;
        const operation = getOperationAST(document, operationName);
        if (operation?.operation !== 'query') return false;
        const definitions = operation.variableDefinitions ?? [];
        if (definitions.some((d) => d.type.kind === Kind.NON_NULL_TYPE && d.defaultValue !== undefined)) return false;
        if ('errors' in getVariableValues(schema, definitions, variableValues ?? {})) return false;
        compiledRuns.add(args);
        return true;
      },
    },
  ) as Plugin;
  // Placed before graphql-jit, it is handed graphql-js's execute.
  const errorsFromGraphqlJs: Plugin = {
    onExecute({ executeFn: interpreted, args }) {
      return {
        onExecuteDone({ result, setResult }) {
          if (!compiledRuns.has(args) || isAsyncIterable(result) || (result.errors?.length ?? 0) === 0)
            return undefined;
          return Promise.resolve(interpreted(args)).then((answer) => setResult(answer as typeof result));
        },
      };
    },
  };
  return [errorsFromGraphqlJs, jit];
}
