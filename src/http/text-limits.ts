import {
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  TypeInfo,
  valueFromASTUntyped,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type ValueNode,
} from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

// Every string a caller sends in an argument is bounded before any resolver sees it: a 50,000-
// character filter made SQLite throw "LIKE or GLOB pattern too complex" (a 500), and a designation
// of megabytes would be normalised, looked up and echoed back. One rule for the whole schema: a
// string (String, ID, a date, an enum value) is at most DEFAULT_TEXT_LIMIT characters, except where
// TEXT_LIMITS names the argument or input field, in schema coordinates. Lengths count UTF-16 units,
// as the domain's own checks do. Written here because no plugin bounds strings inside variables.

/** Characters any string argument or input field takes unless TEXT_LIMITS says more. */
export const DEFAULT_TEXT_LIMIT = 200;

/** The arguments and input fields that hold prose or searches (the verbs' own bounds are the same or tighter). */
export const TEXT_LIMITS: Readonly<Record<string, number>> = {
  'Query.search(query:)': 500,
  'StandardFilter.text': 500,
  'HorizonFilter.text': 500,
  'CreatePersonInput.email': 254,
  'LocalizedTextInput.en': 500,
  'LocalizedTextInput.zh': 500,
  'ClauseInput.heading': 500,
  'ClauseInput.text': 200_000,
  'AddDraftRevisionInput.note': 2_000,
  'CreateCommentThreadInput.comment': 20_000,
  'CreateCommentThreadInput.proposedChange': 20_000,
  'EditCommentInput.comment': 20_000,
  'EditCommentInput.proposedChange': 20_000,
  'ReplyToCommentInput.body': 20_000,
  'DisposeCommentInput.observation': 20_000,
  'CastVoteInput.reason': 20_000,
  'UploadCommentSheetInput.csv': 1_000_000,
  'ActAsOfficerInput.reason': 1_000,
  'StopActingAsOfficerInput.reason': 1_000,
};

/** Page cursors (`after:`, `before:`) carry the sort key, a designation or code, base64-encoded. */
export const CURSOR_LIMIT = 1_000;

export const textLimitOf = (coordinate: string): number =>
  TEXT_LIMITS[coordinate] ?? (/\((?:after|before):\)$/u.test(coordinate) ? CURSOR_LIMIT : DEFAULT_TEXT_LIMIT);

/** Every argument and input field that takes leaf values (not an input object), by schema coordinate. */
export function stringCoordinates(schema: GraphQLSchema): string[] {
  const found: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (isObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        for (const arg of field.args)
          if (!isInputObjectType(getNamedType(arg.type))) found.push(`${type.name}.${field.name}(${arg.name}:)`);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields()))
        if (!isInputObjectType(getNamedType(field.type))) found.push(`${type.name}.${field.name}`);
    }
  }
  return found;
}

interface ArgumentUse {
  coordinate: string;
  type: GraphQLInputType;
  value: ValueNode;
}

/** The arguments of a document with their types; kept per parsed document (Yoga caches those). */
const usesOf = new WeakMap<DocumentNode, ArgumentUse[]>();

function argumentUses(schema: GraphQLSchema, document: DocumentNode): ArgumentUse[] {
  let uses = usesOf.get(document);
  if (uses !== undefined) return uses;
  uses = [];
  const typeInfo = new TypeInfo(schema);
  const found = uses;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        const arg = typeInfo.getArgument();
        if (!arg) return;
        const directive = typeInfo.getDirective();
        const owner = directive
          ? `@${directive.name}`
          : `${typeInfo.getParentType()?.name}.${typeInfo.getFieldDef()?.name}`;
        found.push({ coordinate: `${owner}(${arg.name}:)`, type: arg.type, value: node.value });
      },
    }),
  );
  usesOf.set(document, uses);
  return uses;
}

interface TooLong {
  coordinate: string;
  length: number;
  max: number;
}

/** The first string in `value` longer than its place allows (variables are already bounded in depth). */
function firstTooLong(value: unknown, type: GraphQLInputType, coordinate: string): TooLong | null {
  if (value === null || value === undefined) return null;
  if (isNonNullType(type)) return firstTooLong(value, type.ofType, coordinate);
  if (isListType(type)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      const found = firstTooLong(item, type.ofType, coordinate);
      if (found) return found;
    }
    return null;
  }
  if (isInputObjectType(type)) {
    if (typeof value !== 'object') return null;
    const fields = type.getFields();
    for (const [name, item] of Object.entries(value)) {
      const field = fields[name];
      const found = field ? firstTooLong(item, field.type, `${type.name}.${name}`) : null;
      if (found) return found;
    }
    return null;
  }
  const max = textLimitOf(coordinate);
  return typeof value === 'string' && value.length > max ? { coordinate, length: value.length, max } : null;
}

function check(schema: GraphQLSchema, document: DocumentNode, variables: unknown): void {
  const values = (typeof variables === 'object' && variables !== null ? variables : {}) as Record<string, unknown>;
  for (const use of argumentUses(schema, document)) {
    const found = firstTooLong(valueFromASTUntyped(use.value, values), use.type, use.coordinate);
    if (found) {
      throw createGraphQLError(`${found.coordinate} takes at most ${found.max} characters; got ${found.length}.`, {
        extensions: { code: 'INVALID_INPUT', http: { status: 400 } },
      });
    }
  }
}

/** Refuses, with 400 INVALID_INPUT, any argument string longer than its cap, literal or in the variables. */
export function textLimitPlugin(): Plugin {
  return {
    onExecute({ args }) {
      check(args.schema, args.document, args.variableValues);
    },
    onSubscribe({ args }) {
      check(args.schema, args.document, args.variableValues);
    },
  };
}
