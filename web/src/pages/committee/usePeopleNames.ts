import { useQuery } from '../../api/useQuery.ts';
import { PeopleDoc, type HistoryNode, type Member } from './queries.ts';

// History payloads name people by row number (`data.personId`); the API's global IDs are base64 of
// `Person:<row>`, so the names come from the members list and, for people no longer in it, from `nodes`.

const rowOf = (globalId: string): number | undefined => {
  try {
    const [type, row] = atob(globalId).split(':');
    return type === 'Person' ? Number(row) : undefined;
  } catch {
    return undefined;
  }
};

/** Names of the people a committee's history mentions, by row number (those the viewer may read). */
export function usePeopleNames(events: readonly HistoryNode[], members: readonly Member[]): Map<number, string> {
  const known = new Map<number, string>();
  for (const member of members) {
    const row = rowOf(member.person.id);
    if (row !== undefined) known.set(row, member.person.name);
  }
  const missing = [
    ...new Set(
      events
        .map((event) => (event.data as Record<string, unknown> | null)?.personId)
        .filter((id): id is number => typeof id === 'number' && !known.has(id)),
    ),
  ].sort((a, b) => a - b);
  const { data } = useQuery(PeopleDoc, { ids: missing.map((row) => btoa(`Person:${row}`)) }, { skip: !missing.length });
  for (const node of data?.nodes ?? []) {
    const row = node && 'name' in node ? rowOf(node.id) : undefined;
    if (node && 'name' in node && row !== undefined) known.set(row, node.name);
  }
  return known;
}
