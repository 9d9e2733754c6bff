import type { Committee, Person } from './committee.ts';
import { postAs } from './people.ts';

// Watch lists and the notification feed, through HTTP, as a client would use them.

export const FEED = `query Feed($first: Int, $after: String, $unreadOnly: Boolean) {
  viewer { notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
    totalCount unreadCount pageInfo { hasNextPage endCursor }
    edges { node { id kind subject data read createdAt } } } } }`;

export interface FeedNode {
  id: string;
  kind: string;
  subject: string;
  data: Record<string, unknown>;
  read: boolean;
  createdAt: string;
}
type FeedAnswer = {
  viewer: {
    notifications: {
      totalCount: number;
      unreadCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { node: FeedNode }[];
    };
  };
};

export async function feedOf(c: Committee, person: Person, variables: Record<string, unknown> = { first: 100 }) {
  const result = await postAs<FeedAnswer>(c.app, person.token, FEED, variables);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.viewer.notifications;
}

export async function kindsOf(c: Committee, person: Person): Promise<string[]> {
  return (await feedOf(c, person)).edges.map((e) => e.node.kind).reverse();
}

export const FOLLOW_STANDARD =
  'mutation($id: ID!) { followStandard(input: { standardId: $id }) { watch { id standard { designation } } } }';
export const FOLLOW_COMMITTEE =
  'mutation($id: ID!) { followCommittee(input: { committeeId: $id }) { watch { id committee { code } } } }';

export function standardGid(c: Committee, designation: string): string {
  const id = c.db.$client.prepare('select id from standards where designation = ?').pluck().get(designation) as number;
  return Buffer.from(`Standard:${id}`).toString('base64');
}

/** Every notification row, for checks on the database itself. */
export const notificationRows = (c: Committee) =>
  c.db.$client.prepare('select person_id, kind, event_id, reminder, data from notifications order by id').all() as {
    person_id: number;
    kind: string;
    event_id: number | null;
    reminder: string | null;
    data: string;
  }[];
