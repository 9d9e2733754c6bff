import { request } from '../../api/client.ts';
import { graphql } from '../../gql/index.ts';
import type { WebNotificationFeedQuery, WebNotificationSubjectsQuery } from '../../gql/graphql.ts';

const FeedDocument = graphql(`
  query WebNotificationFeed($first: Int, $after: String) {
    viewer {
      id
      notifications(first: $first, after: $after) {
        unreadCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            kind
            subject
            data
            read
            createdAt
          }
        }
      }
    }
  }
`);

/** What a notification is about, read with `nodes(ids:)` under the usual permissions (null when not readable). */
const SubjectsDocument = graphql(`
  query WebNotificationSubjects($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      id
      ... on Draft {
        versionDesignation
      }
      ... on StandardVersion {
        designation
        standard {
          designation
        }
      }
    }
  }
`);

type Node = NonNullable<NonNullable<WebNotificationFeedQuery['viewer']>['notifications']>['edges'][number]['node'];
export type Subject = NonNullable<WebNotificationSubjectsQuery['nodes'][number]>;
export interface NotificationItem extends Node {
  about: Subject | null;
}
export interface FeedPage {
  items: NotificationItem[];
  hasNextPage: boolean;
  endCursor: string | null;
}

export const PAGE_SIZE = 10;

/** One page of the viewer's feed, newest first, each notification with what it is about; null when anonymous. */
export async function loadFeedPage(after: string | null, signal?: AbortSignal): Promise<FeedPage | null> {
  const feed = (await request(FeedDocument, { first: PAGE_SIZE, after }, signal)).viewer?.notifications;
  if (!feed) return null;
  const ids = [...new Set(feed.edges.map((edge) => edge.node.subject))];
  const nodes = ids.length ? (await request(SubjectsDocument, { ids }, signal)).nodes : [];
  const byId = new Map(ids.map((id, k) => [id, nodes[k] ?? null]));
  return {
    items: feed.edges.map(({ node }) => ({ ...node, about: byId.get(node.subject) ?? null })),
    hasNextPage: feed.pageInfo.hasNextPage,
    endCursor: feed.pageInfo.endCursor ?? null,
  };
}

export const MarkReadDocument = graphql(`
  mutation WebMarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) {
      marked
    }
  }
`);
