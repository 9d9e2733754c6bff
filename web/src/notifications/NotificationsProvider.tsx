import { createContext, createElement, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import { request } from '../api/client.ts';
import { subscribeLive } from '../api/live.ts';
import { useViewer } from '../auth/useViewer.ts';
import { graphql } from '../gql/index.ts';
import type { WebNotificationArrivedSubscription } from '../gql/graphql.ts';

const UnreadCountDoc = graphql(`
  query WebUnreadCount {
    viewer {
      id
      notifications(first: 0) {
        unreadCount
      }
    }
  }
`);

export const NotificationArrivedDocument = graphql(`
  subscription WebNotificationArrived {
    notifications {
      id
    }
  }
`);

export interface NotificationsState {
  /** The signed-in person's unread notifications; null for anonymous readers or before the first answer. */
  unread: number | null;
  /** Counts the notifications that arrived live (and reconnections): a page listing them reloads when it changes. */
  arrivals: number;
  /** Asks the count again, e.g. after marking notifications read. */
  refresh(): void;
}

const NotificationsContext = createContext<NotificationsState>({ unread: null, arrivals: 0, refresh: () => undefined });

/**
 * Holds the signed-in person's unread count for the header and follows their `notifications` stream:
 * one stream per browser tab, whatever page is open. A refused stream (TOO_MANY_STREAMS) leaves the
 * count as last asked (again on every `refresh`).
 */
export function NotificationsProvider({ children }: { children: ReactNode }) {
  const { viewer } = useViewer();
  const viewerId = viewer?.id;
  const [unread, setUnread] = useState<number | null>(null);
  const [arrivals, setArrivals] = useState(0);
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` and `arrivals` ask again.
  useEffect(() => {
    if (!viewerId) {
      setUnread(null);
      return;
    }
    const controller = new AbortController();
    request(UnreadCountDoc, {}, controller.signal).then(
      (data) => setUnread(data.viewer?.notifications?.unreadCount ?? null),
      () => undefined,
    );
    return () => controller.abort();
  }, [viewerId, attempt, arrivals]);

  useEffect(() => {
    if (!viewerId) return;
    const arrived = () => setArrivals((n) => n + 1);
    return subscribeLive<WebNotificationArrivedSubscription>(
      NotificationArrivedDocument.toString(),
      {},
      { onData: arrived, onReconnected: arrived },
    );
  }, [viewerId]);

  const refresh = useCallback(() => setAttempt((n) => n + 1), []);
  return createElement(NotificationsContext.Provider, { value: { unread, arrivals, refresh } }, children);
}

export function useNotifications(): NotificationsState {
  return useContext(NotificationsContext);
}
