import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, request } from './client.ts';

export interface QueryState<TResult> {
  /** The latest answer; kept while a newer request runs, so the page does not flash empty. */
  data?: TResult;
  error?: ApiError;
  loading: boolean;
  refetch(): void;
}

/**
 * Runs `document` whenever its variables change (compared by value); a newer request aborts the
 * older one, so an answer never overwrites a later one. `skip` runs nothing.
 */
export function useQuery<TResult, TVariables>(
  document: DocumentTypeDecoration<TResult, TVariables> & { toString(): string },
  variables: TVariables,
  options: { skip?: boolean } = {},
): QueryState<TResult> {
  const key = JSON.stringify(variables);
  const [state, setState] = useState<{ data?: TResult; error?: ApiError; loading: boolean }>({
    loading: !options.skip,
  });
  const [attempt, setAttempt] = useState(0);
  const variablesRef = useRef(variables);
  variablesRef.current = variables;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for the variables' value.
  useEffect(() => {
    if (options.skip) {
      setState((previous) => ({ data: previous.data, loading: false }));
      return;
    }
    const controller = new AbortController();
    setState((previous) => ({ data: previous.data, loading: true }));
    request(document, variablesRef.current, controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ data, loading: false });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const apiError = error instanceof ApiError ? error : new ApiError('UNKNOWN', String(error));
        setState((previous) => ({ data: previous.data, error: apiError, loading: false }));
      },
    );
    return () => controller.abort();
  }, [document, key, options.skip, attempt]);

  const refetch = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, refetch };
}
