import { useEffect, useState } from 'react';
import { ApiError, request } from '../../api/client.ts';
import { graphql } from '../../gql/index.ts';
import type { WebDraftThreadFragment } from '../../gql/graphql.ts';

/** The pages after the first of the current revision's threads (the draft's own query reads the first). */
export const DraftMoreThreadsDocument = graphql(`
  query WebDraftMoreThreads($id: ID!, $after: String!) {
    draft(id: $id) {
      id
      currentRevision {
        id
        threads(first: 100, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              ...WebDraftThread
            }
          }
        }
      }
    }
  }
`);

interface FirstPage {
  id: string;
  threads: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor?: string | null };
    edges: { node: WebDraftThreadFragment }[];
  };
}

export interface AllThreads {
  threads: WebDraftThreadFragment[];
  /** False while later pages load: `threads` is then the first page only (or the last complete list). */
  complete: boolean;
  total: number;
  error?: ApiError;
  retry(): void;
}

/**
 * Every thread of the revision: the first page as the draft query read it, then the following pages in turn.
 * Each new answer of the draft query (a refetch) reads the later pages again; meanwhile the last complete
 * list of the same revision stays shown, so a live update does not make comments blink away.
 */
export function useAllThreads(draftId: string, revision: FirstPage | null | undefined): AllThreads {
  const [loaded, setLoaded] = useState<{ from: FirstPage; threads: WebDraftThreadFragment[] } | null>(null);
  const [error, setError] = useState<ApiError>();
  const [attempt, setAttempt] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` asks to load again after a failure.
  useEffect(() => {
    if (!revision) return;
    if (!revision.threads.pageInfo.hasNextPage) return;
    const controller = new AbortController();
    (async () => {
      const threads = revision.threads.edges.map((edge) => edge.node);
      let after = revision.threads.pageInfo.endCursor ?? '';
      for (;;) {
        const page = (await request(DraftMoreThreadsDocument, { id: draftId, after }, controller.signal)).draft
          ?.currentRevision;
        // A newer revision (or none) answers: the draft query's refetch brings its first page.
        if (!page || page.id !== revision.id) return;
        threads.push(...page.threads.edges.map((edge) => edge.node));
        if (!page.threads.pageInfo.hasNextPage || !page.threads.pageInfo.endCursor) break;
        after = page.threads.pageInfo.endCursor;
      }
      if (!controller.signal.aborted) {
        setError(undefined);
        setLoaded({ from: revision, threads });
      }
    })().catch((caught: unknown) => {
      if (controller.signal.aborted) return;
      setError(caught instanceof ApiError ? caught : new ApiError('UNKNOWN', String(caught)));
    });
    return () => controller.abort();
  }, [draftId, revision, attempt]);

  const retry = () => setAttempt((n) => n + 1);
  if (!revision) return { threads: [], complete: true, total: 0, retry };
  const total = revision.threads.totalCount;
  const first = revision.threads.edges.map((edge) => edge.node);
  if (!revision.threads.pageInfo.hasNextPage) return { threads: first, complete: true, total, retry };
  // While a refetch reads the later pages again, the last complete list of this revision stays.
  if (loaded && loaded.from.id === revision.id) return { threads: loaded.threads, complete: true, total, error, retry };
  return { threads: first, complete: false, total, error, retry };
}
