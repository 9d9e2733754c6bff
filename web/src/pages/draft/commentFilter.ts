import type { CommentType, ThreadStatus } from '../../gql/graphql.ts';

// The comment filters of the draft page, kept in the address (`?type=&status=`) beside `lang`, so a
// filtered view is a permalink. An unknown value in the address is ignored (all shown).

export const TYPES: CommentType[] = ['GENERAL', 'TECHNICAL', 'EDITORIAL'];
export const STATUSES: ThreadStatus[] = ['OPEN', 'RESOLVED', 'WITHDRAWN'];

export interface CommentFilter {
  type: CommentType | null;
  status: ThreadStatus | null;
}

const pick = <T extends string>(value: string | null, allowed: readonly T[]): T | null => {
  const upper = value?.toUpperCase() ?? null;
  return allowed.find((item) => item === upper) ?? null;
};

export function filterOf(params: URLSearchParams): CommentFilter {
  return { type: pick(params.get('type'), TYPES), status: pick(params.get('status'), STATUSES) };
}

/** The address's parameters with the filter written in (lower case), every other parameter kept. */
export function withFilter(params: URLSearchParams, filter: CommentFilter): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of ['type', 'status'] as const) {
    const value = filter[key];
    if (value) next.set(key, value.toLowerCase());
    else next.delete(key);
  }
  return next;
}

export const matches = (filter: CommentFilter, thread: { type: CommentType; status: ThreadStatus }) =>
  (!filter.type || thread.type === filter.type) && (!filter.status || thread.status === filter.status);
