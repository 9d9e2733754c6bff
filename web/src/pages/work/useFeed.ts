import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { type FeedPage, loadFeedPage } from './notificationQueries.ts';

const asApiError = (error: unknown) => (error instanceof ApiError ? error : new ApiError('UNKNOWN', String(error)));

/**
 * The viewer's notifications, page after page ("Show more" asks for the next by cursor). `reloadKey`
 * changing (a notification arrived) reads the first page again: what is new goes on top, the pages
 * already shown stay, and when more arrived than a page holds the list starts over from the newest.
 */
export function useFeed(reloadKey: number) {
  const [feed, setFeed] = useState<FeedPage | null>(null);
  const [error, setError] = useState<ApiError | undefined>();
  const [loadingMore, setLoadingMore] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const current = useRef(feed);
  current.current = feed;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `reloadKey` and `attempt` read the first page again.
  useEffect(() => {
    const controller = new AbortController();
    loadFeedPage(null, controller.signal).then(
      (first) => {
        if (controller.signal.aborted || !first) return;
        setError(undefined);
        setFeed((old) => merge(old, first));
      },
      (failure: unknown) => {
        if (!controller.signal.aborted) setError(asApiError(failure));
      },
    );
    return () => controller.abort();
  }, [reloadKey, attempt]);

  const more = useCallback(async () => {
    const shown = current.current;
    if (!shown?.endCursor) return;
    setLoadingMore(true);
    try {
      const next = await loadFeedPage(shown.endCursor);
      if (next) setFeed({ ...next, items: [...shown.items, ...next.items] });
    } catch (failure) {
      setError(asApiError(failure));
    } finally {
      setLoadingMore(false);
    }
  }, []);

  const markedRead = useCallback((ids: string[] | 'all') => {
    setFeed(
      (old) =>
        old && {
          ...old,
          items: old.items.map((n) => (ids === 'all' || ids.includes(n.id) ? { ...n, read: true } : n)),
        },
    );
  }, []);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { feed, error, loadingMore, more, markedRead, retry };
}

/** The first page read again on top of the pages shown; notification numbers grow, newest first. */
function merge(old: FeedPage | null, first: FeedPage): FeedPage {
  if (!old || old.items.length === 0) return first;
  const oldest = Number(first.items.at(-1)?.id ?? Number.POSITIVE_INFINITY);
  const newestShown = Number(old.items[0]?.id ?? 0);
  // More arrived than the first page holds: a gap would open between the two, so start over.
  if (first.hasNextPage && oldest > newestShown) return first;
  const rest = old.items.filter((n) => Number(n.id) < oldest);
  return rest.length === 0 ? first : { ...old, items: [...first.items, ...rest] };
}
