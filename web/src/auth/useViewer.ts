import { graphql } from '../gql/index.ts';
import { useQuery } from '../api/useQuery.ts';

const ViewerDocument = graphql(`
  query WebViewer {
    viewer {
      id
      name
      isAdmin
    }
  }
`);

export interface Viewer {
  id: string;
  name: string;
  isAdmin: boolean;
}

/** Who is signed in (the session cookie), or null for an anonymous reader. */
export function useViewer(): { viewer: Viewer | null; loading: boolean; refresh(): void } {
  const { data, loading, refetch } = useQuery(ViewerDocument, {});
  return { viewer: data?.viewer ?? null, loading: loading && !data, refresh: refetch };
}
