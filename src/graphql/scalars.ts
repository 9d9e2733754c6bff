import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { isIsoDate, isPartialDate } from '../domain/dates.ts';

// Hand-written on purpose: graphql-scalars' `Date` turns values into JS `Date` objects (a
// timezone hazard for calendar days) and throws without an error code; no maintained scalar
// covers reduced-precision dates. Both scalars keep dates as ISO text, which compares in date order.

function invalid(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'INVALID_INPUT' } });
}

function textScalar(name: string, description: string, accepts: (value: string) => boolean, expected: string) {
  const parse = (value: unknown): string => {
    if (typeof value !== 'string' || !accepts(value)) {
      throw invalid(`${name} must be a real calendar date written ${expected}; got ${JSON.stringify(value)}.`);
    }
    return value;
  };
  return new GraphQLScalarType<string, string>({
    name,
    description,
    serialize: (value) => parse(value),
    parseValue: parse,
    parseLiteral: (ast: ValueNode) => {
      if (ast.kind !== Kind.STRING) throw invalid(`${name} must be a string written ${expected}.`);
      return parse(ast.value);
    },
  });
}

export const DateScalar = textScalar(
  'Date',
  'A calendar day in ISO 8601, `YYYY-MM-DD` (e.g. `2026-01-01`). Impossible days such as `2026-02-30` are ' +
    'rejected with code `INVALID_INPUT`.',
  isIsoDate,
  'YYYY-MM-DD',
);

export const PartialDateScalar = textScalar(
  'PartialDate',
  'An ISO 8601 date of reduced precision: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. A publisher that gives only a year ' +
    'or a month leaves the exact day unknown.',
  isPartialDate,
  'YYYY, YYYY-MM or YYYY-MM-DD',
);
