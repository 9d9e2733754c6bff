import {
  getNamedType,
  getNullableType,
  GraphQLEnumType,
  isNonNullType,
  parse,
  typeFromAST,
  validate,
  type GraphQLInputType,
  type OperationDefinitionNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { MAX_PAGE_SIZE } from '../../src/graphql/builder.ts';
import { schema } from '../../src/graphql/schema.ts';
import { costOf } from '../../src/http/cost.ts';
import { DEFAULT_LIMITS } from '../../src/http/limits.ts';
import * as generated from '../../web/src/gql/graphql.ts';

// Every operation the web app sends is valid against the schema, and every query and subscription is
// priced under the API's cost limit with every page at its cap (the most it can cost): a page that grows
// its query past the limit would get QUERY_TOO_COSTLY in front of its readers.

const operations = Object.entries(generated)
  .filter(([name, value]) => name.endsWith('Document') && value instanceof generated.TypedDocumentString)
  .map(([name, value]) => ({ name, document: parse(String(value)) }));

/** A value of the variable's type for pricing (only page sizes change the price; absent, they count at the cap). */
function sample(type: GraphQLInputType): unknown {
  const named = getNamedType(type);
  if (named instanceof GraphQLEnumType) return named.getValues()[0]?.value;
  const scalars: Record<string, unknown> = { Int: 1, Float: 1, Boolean: false, Date: '2026-01-01' };
  return named.name in scalars ? scalars[named.name] : 'x';
}

function variablesOf(operation: OperationDefinitionNode): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type) as GraphQLInputType;
    const page = ['first', 'last'].includes(definition.variable.name.value);
    if (isNonNullType(type) && !page) values[definition.variable.name.value] = sample(getNullableType(type));
  }
  return values;
}

describe("the web app's operations", () => {
  it('are all found (the generated module exports them)', () => {
    expect(operations.length).toBeGreaterThan(30);
  });

  it.each(operations)('$name is valid and within the cost limit', ({ document }) => {
    expect(validate(schema, document).map((error) => error.message)).toEqual([]);
    const operation = document.definitions.find((definition) => definition.kind === 'OperationDefinition');
    if (!operation || operation.operation === 'mutation') return;
    const cost = costOf(schema, document, undefined, variablesOf(operation), MAX_PAGE_SIZE);
    expect(cost).toBeGreaterThan(0);
    expect(cost).toBeLessThanOrEqual(DEFAULT_LIMITS.cost);
  });
});
