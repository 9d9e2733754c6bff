import { useCallback, useEffect, useState } from 'react';
import { ApiError, request } from '../../api/client.ts';
import { graphql } from '../../gql/index.ts';
import type { WebHorizonQuery, WebHorizonQueryVariables } from '../../gql/graphql.ts';

export const HorizonDocument = graphql(`
  query WebHorizon(
    $from: Date!
    $to: Date!
    $filter: HorizonFilter
    $changes: [HorizonChangeKind!]
    $after: String
  ) {
    horizon(from: $from, to: $to, filter: $filter, changes: $changes, first: 100, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          date
          precision
          kind
          scope
          version {
            designation
            title {
              en
              zh
            }
            standard {
              designation
            }
          }
          ends {
            designation
          }
        }
      }
    }
  }
`);

export type HorizonEdge = WebHorizonQuery['horizon']['edges'][number];

interface PagesState {
  edges: HorizonEdge[];
  total?: number;
  endCursor?: string | null;
  hasNextPage: boolean;
  loading: boolean;
  error?: ApiError;
}

/**
 * The horizon, page by page (100 a page): the first page when the window or filter changes, the
 * next ones appended by `more()`. A newer window aborts the older request.
 */
export function useHorizonPages(variables: Omit<WebHorizonQueryVariables, 'after'>, skip: boolean) {
  const key = JSON.stringify(variables);
  const [state, setState] = useState<PagesState>({ edges: [], hasNextPage: false, loading: !skip });
  const [attempt, setAttempt] = useState(0);
  // The cursor belongs to the variables it was read with: new variables start from the first page.
  const [page, setPage] = useState<{ key: string; after: string | null }>({ key, after: null });
  const after = page.key === key ? page.after : null;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for the variables' value.
  useEffect(() => {
    if (skip) {
      setState({ edges: [], hasNextPage: false, loading: false });
      return;
    }
    const controller = new AbortController();
    setState((previous) => ({ ...previous, loading: true, error: undefined }));
    request(HorizonDocument, { ...variables, after }, controller.signal).then(
      (data) => {
        if (controller.signal.aborted) return;
        setState((previous) => ({
          edges: after === null ? data.horizon.edges : [...previous.edges, ...data.horizon.edges],
          total: data.horizon.totalCount,
          endCursor: data.horizon.pageInfo.endCursor,
          hasNextPage: data.horizon.pageInfo.hasNextPage,
          loading: false,
        }));
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const apiError = error instanceof ApiError ? error : new ApiError('UNKNOWN', String(error));
        setState((previous) => ({ ...previous, loading: false, error: apiError }));
      },
    );
    return () => controller.abort();
  }, [key, after, skip, attempt]);

  const more = useCallback(() => setPage({ key, after: state.endCursor ?? null }), [key, state.endCursor]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, more, retry };
}
