import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, request } from '../../api/client.ts';
import { type Scope, SearchDocument, type SearchPage } from './document.ts';

/** `value`, once it has stayed the same for `ms`; an empty string passes at once (clearing is instant). */
export function useDebounced(value: string, ms: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (value === '') return setSettled('');
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

export interface SearchVariables {
  query: string;
  on: string;
  scope: Scope;
}

interface State {
  /** The variables the pages answer (JSON), so a page is never shown for another query. */
  key: string;
  pages: SearchPage[];
  loading: boolean;
  error?: ApiError;
}

const asApiError = (error: unknown) => (error instanceof ApiError ? error : new ApiError('UNKNOWN', String(error)));

/**
 * The search as the reader types: a newer query aborts the older request (its answer never overwrites a
 * later one), and `loadMore` appends the next page of the same query.
 */
export function useSearch(variables: SearchVariables) {
  const key = JSON.stringify(variables);
  const [state, setState] = useState<State>({ key: '', pages: [], loading: false });
  const [attempt, setAttempt] = useState(0);
  const more = useRef<AbortController | undefined>(undefined);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for the variables' value.
  useEffect(() => {
    more.current?.abort();
    if (variables.query === '') {
      setState({ key, pages: [], loading: false });
      return;
    }
    const controller = new AbortController();
    setState((previous) => ({ ...previous, loading: true, error: undefined }));
    request(SearchDocument, { ...variables, after: null }, controller.signal).then(
      (data) => !controller.signal.aborted && setState({ key, pages: [data.search], loading: false }),
      (error: unknown) =>
        !controller.signal.aborted &&
        setState((previous) => ({ ...previous, loading: false, error: asApiError(error) })),
    );
    return () => controller.abort();
  }, [key, attempt]);

  const last = state.pages.at(-1);
  const loadMore = useCallback(() => {
    if (!last?.pageInfo.hasNextPage || state.key !== key) return;
    const controller = new AbortController();
    more.current = controller;
    setState((previous) => ({ ...previous, loading: true }));
    request(SearchDocument, { ...variables, after: last.pageInfo.endCursor ?? null }, controller.signal).then(
      (data) =>
        !controller.signal.aborted &&
        setState((previous) =>
          previous.key === key ? { key, pages: [...previous.pages, data.search], loading: false } : previous,
        ),
      (error: unknown) =>
        !controller.signal.aborted &&
        setState((previous) => ({ ...previous, loading: false, error: asApiError(error) })),
    );
  }, [last, state.key, key, variables]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const answered = state.key === '' ? undefined : (JSON.parse(state.key) as SearchVariables);
  return {
    /** The query the shown pages answer (it may lag the typed one while a request runs). */
    answered,
    hits: state.pages.flatMap((page) => page.edges.map((edge) => edge.node)),
    totalCount: state.pages[0]?.totalCount ?? 0,
    hasMore: Boolean(last?.pageInfo.hasNextPage),
    loading: state.loading,
    error: state.error,
    retry,
    loadMore,
  };
}
