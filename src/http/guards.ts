import { GraphQLError, Kind, type ASTVisitor, type ValidationContext } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import type { QueryLimits } from './limits.ts';

// Two guards no maintained plugin provides (written by hand, each a few lines):
// - graphql-armor bounds the document but never looks at the variables, where `nodes(ids: $ids)`
//   can carry a hundred thousand IDs inside the body limit;
// - Yoga's GET and form parsers call JSON.parse on `variables`/`extensions` unguarded, so
//   `?variables={` answered 500 (found by the fuzz test).

/**
 * Nesting of objects and arrays in `variables` (the object itself is level 1). A clause tree at the
 * 12 levels drafts allow, sent as `input.clauses`, nests 27 levels (each clause is an object and
 * its `clauses` array); deeper variables would only overflow the executor's recursive coercion.
 */
export const MAX_VARIABLE_DEPTH = 32;

const badInput = (message: string) =>
  createGraphQLError(message, { extensions: { code: 'INVALID_INPUT', http: { status: 400 } } });

/**
 * Caps lists given as input: lists of plain values (IDs, names, enum values) at
 * `limits.listValues`, lists of input objects (clause trees) at `limits.listObjects`; and the
 * nesting of the variables at MAX_VARIABLE_DEPTH, before the executor coerces them.
 */
export function inputListLimit(limits: Pick<QueryLimits, 'listValues' | 'listObjects'>): Plugin {
  const tooLong = (where: string, max: number) =>
    `A list in ${where} has more than ${max} items; send at most ${max} per request.`;
  const maxFor = (objects: boolean) => (objects ? limits.listObjects : limits.listValues);
  return {
    onParams({ params }) {
      const offending = shapeOf(params.variables);
      if (offending.depth > MAX_VARIABLE_DEPTH)
        throw badInput(
          `The variables nest ${offending.depth} levels deep; at most ${MAX_VARIABLE_DEPTH} are accepted.`,
        );
      if (offending.values > limits.listValues) throw badInput(tooLong('the variables', limits.listValues));
      if (offending.objects > limits.listObjects) throw badInput(tooLong('the variables', limits.listObjects));
    },
    onValidate({ addValidationRule }) {
      addValidationRule(
        (context: ValidationContext): ASTVisitor => ({
          ListValue(node) {
            const max = maxFor(node.values.some((value) => value.kind === Kind.OBJECT));
            if (node.values.length > max)
              context.reportError(new GraphQLError(tooLong('the query', max), { nodes: node }));
          },
        }),
      );
    },
  };
}

/**
 * Longest arrays of objects and of plain values anywhere in a JSON value, and its nesting depth;
 * iterative, so nesting cannot overflow the stack here.
 */
function shapeOf(value: unknown): { values: number; objects: number; depth: number } {
  const shape = { values: 0, objects: 0, depth: 0 };
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (typeof item !== 'object' || item === null) continue;
    shape.depth = Math.max(shape.depth, depth);
    if (Array.isArray(item)) {
      const key = item.some((child) => typeof child === 'object' && child !== null && !Array.isArray(child))
        ? 'objects'
        : 'values';
      shape[key] = Math.max(shape[key], item.length);
    }
    for (const child of Array.isArray(item) ? item : Object.values(item))
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
  }
  return shape;
}

/** A `variables` or `extensions` parameter that is not JSON is the caller's mistake: 400, not 500. */
export function malformedParamsAreClientErrors(): Plugin {
  return {
    onRequestParse({ requestParser, setRequestParser }) {
      if (!requestParser) return;
      const parse = requestParser;
      setRequestParser(async (request) => {
        try {
          return await parse(request);
        } catch (error) {
          if (error instanceof SyntaxError) {
            throw createGraphQLError('The variables or extensions parameter is not valid JSON.', {
              extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
            });
          }
          throw error;
        }
      });
    },
  };
}

const UNEXPECTED_BODY = JSON.stringify({
  errors: [{ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
});

/**
 * An exception thrown in a plugin's request hook (which runs before Yoga's own error handling)
 * would reach @whatwg-node/server, whose answer is a 500 with the error's stack trace as the body.
 * Wrapped, it is logged with the request id and answered like any unexpected error: 500 and
 * "Unexpected error.", nothing more (found by the fuzz test: a cache key built from deeply nested
 * variables overflowed the stack).
 */
export function guardRequestHooks(plugins: Plugin[], logger: { error(...args: unknown[]): void }): Plugin[] {
  return plugins.map((plugin) => {
    const onRequest = plugin.onRequest;
    if (!onRequest) return plugin;
    const guarded: NonNullable<Plugin['onRequest']> = (payload) => {
      const fail = (error: unknown) => {
        logger.error(error);
        payload.endResponse(
          new payload.fetchAPI.Response(UNEXPECTED_BODY, {
            status: 500,
            headers: { 'content-type': 'application/json; charset=utf-8' },
          }),
        );
      };
      try {
        const result = onRequest.call(plugin, payload);
        return result instanceof Promise ? result.catch(fail) : result;
      } catch (error) {
        fail(error);
      }
    };
    return { ...plugin, onRequest: guarded };
  });
}
