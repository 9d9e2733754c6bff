import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { useCallback, useState } from 'react';
import { ApiError, request } from '../../api/client.ts';

/** A mutation the page runs on a click: busy while it runs, its error kept to show, `onDone` after success. */
export function useAction<TResult, TVariables>(
  document: DocumentTypeDecoration<TResult, TVariables> & { toString(): string },
  onDone: () => void,
) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  const run = useCallback(
    async (variables: TVariables): Promise<boolean> => {
      setBusy(true);
      setError(undefined);
      try {
        await request(document, variables);
        onDone();
        return true;
      } catch (caught) {
        setError(caught instanceof ApiError ? caught : new ApiError('UNKNOWN', String(caught)));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [document, onDone],
  );
  return { run, busy, error };
}
