import {
  decodeBase64,
  decodeCursorChunk,
  encodeBase64,
  encodeCursorChunk,
  encodeCursorTuple,
  getConnectionPageSize,
  PothosValidationError,
  validateConnectionArguments,
} from '@pothos/core';

// Keyset pages of a list ordered by a unique text (a committee's code) or by (sort text, id), with
// the cursors the committee-work connections also use (`DC:` and a tagged value or tuple), so a
// cursor means the same thing everywhere and keeps its meaning across releases. The first or last
// rows after/before a cursor come from one statement; one extra row tells whether another page
// follows.

export interface PageArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

/** Where a page starts and ends, and which way it is read. */
export interface PageWindow {
  after: Position | null;
  before: Position | null;
  /** Read from the end (`last`): rows come newest-key first and are reversed. */
  backward: boolean;
  /** Rows to read: the page size plus one. */
  limit: number;
}

/** Where a row sits: its unique sort text, or its sort text and id. */
export type Position = string | [string, number];

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { startCursor: string | null; endCursor: string | null; hasNextPage: boolean; hasPreviousPage: boolean };
}

function parseCursor(cursor: string): Position {
  try {
    const decoded = decodeBase64(cursor);
    if (decoded.startsWith('DC:')) {
      const value = decodeCursorChunk(decoded.slice(3));
      if (typeof value === 'string') return value;
      if (Array.isArray(value) && typeof value[0] === 'string' && Number.isInteger(value[1])) {
        return [value[0], value[1] as number];
      }
    }
  } catch {
    // the coded error below
  }
  throw new PothosValidationError(`Invalid cursor: ${cursor}`);
}

export function pageWindow(args: PageArgs, sizes: { defaultSize: number; maxSize: number }): PageWindow {
  validateConnectionArguments(args);
  if (args.first != null && args.last != null) {
    throw new PothosValidationError('Arguments "first" and "last" are not supported at the same time');
  }
  const { limit } = getConnectionPageSize({ args, ...sizes });
  return {
    after: args.after ? parseCursor(args.after) : null,
    before: args.before ? parseCursor(args.before) : null,
    backward: args.first == null && args.last != null,
    limit,
  };
}

const cursorOf = (position: Position) =>
  encodeBase64(`DC:${typeof position === 'string' ? encodeCursorChunk(position) : encodeCursorTuple(position)}`);

/** The page of `rows` read through `window`, each row's cursor made of its position. */
export function pageOf<T>(rows: T[], args: PageArgs, window: PageWindow, key: (row: T) => Position): Page<T> {
  const full = rows.length === window.limit;
  const nodes = full ? rows.slice(0, -1) : rows;
  const edges = nodes.map((node) => ({ cursor: cursorOf(key(node)), node }));
  if (window.backward) edges.reverse();
  return {
    edges,
    pageInfo: {
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
      hasNextPage: args.before ? true : args.last != null ? false : full,
      hasPreviousPage: args.after ? true : window.backward ? full : false,
    },
  };
}
