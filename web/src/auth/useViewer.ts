import { createContext, createElement, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import { request } from '../api/client.ts';
import { graphql } from '../gql/index.ts';

const ViewerDoc = graphql(`
  query WebViewer {
    viewer { id name isAdmin }
  }
`);

export interface Viewer {
  id: string;
  name: string;
  isAdmin: boolean;
}

export interface ViewerState {
  /** Who is signed in (by the session cookie); null when nobody is, or the registry cannot be reached. */
  viewer: Viewer | null;
  loading: boolean;
  /** Asks the registry again, e.g. after signing in or out; `loading` is true until it answers. */
  refresh(): void;
}

const ViewerContext = createContext<ViewerState | undefined>(undefined);

/** Holds who is signed in, asked once per page load and again on `refresh()`. */
export function ViewerProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<{ viewer: Viewer | null; loading: boolean }>({ viewer: null, loading: true });
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` asks again.
  useEffect(() => {
    const controller = new AbortController();
    request(ViewerDoc, {}, controller.signal).then(
      (data) => setState({ viewer: data.viewer ?? null, loading: false }),
      () => {
        if (!controller.signal.aborted) setState({ viewer: null, loading: false });
      },
    );
    return () => controller.abort();
  }, [attempt]);

  // Loading turns true in the same render as the caller's navigation, so no page sees the old answer as final.
  const refresh = useCallback(() => {
    setState((previous) => ({ ...previous, loading: true }));
    setAttempt((n) => n + 1);
  }, []);

  return createElement(ViewerContext.Provider, { value: { ...state, refresh } }, children);
}

export function useViewer(): ViewerState {
  const state = useContext(ViewerContext);
  if (!state) throw new Error('useViewer needs a ViewerProvider');
  return state;
}
