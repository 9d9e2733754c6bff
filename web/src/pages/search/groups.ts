import type { SearchHit, VersionStatus } from './document.ts';

export type Applying = { designation: string; status: VersionStatus } | null;

export interface HitGroup {
  /** The standard's global ID. */
  id: string;
  designation: string;
  title: SearchHit['standard']['title'];
  /**
   * The version that certainly applies on the date for the scope, with its status; null when none does;
   * undefined while not known yet (asked separately when the standard itself did not match).
   */
  applying: Applying | undefined;
  /** What replaced the standard, when its versions stopped applying because others replaced them. */
  replacedBy: { designation: string; standard: string; status: VersionStatus }[];
  /** The matched versions and clauses (a match of the standard itself is the group's heading). */
  hits: SearchHit[];
  /** Where the standard itself (designation or title) matched, if it did. */
  standardSnippet: SearchHit['snippet'] | null;
}

/**
 * Groups hits by standard, in the order of each standard's best hit (the API ranks best first);
 * within a group the hits keep their rank. A STANDARD hit says which version applies; for the
 * others `applying` comes from `applyingById` (standard ID → answer), when known.
 */
export function groupHits(hits: readonly SearchHit[], applyingById: ReadonlyMap<string, Applying>): HitGroup[] {
  const groups = new Map<string, HitGroup>();
  for (const hit of hits) {
    const { id } = hit.standard;
    let group = groups.get(id);
    if (!group) {
      group = {
        id,
        designation: hit.standard.designation,
        title: hit.standard.title,
        applying: applyingById.get(id),
        replacedBy: [],
        hits: [],
        standardSnippet: null,
      };
      groups.set(id, group);
    }
    if (hit.kind === 'STANDARD') {
      group.standardSnippet = hit.snippet;
      group.applying = hit.version && hit.status ? { designation: hit.version.designation, status: hit.status } : null;
      group.replacedBy = hit.replacedBy.map((r) => ({
        designation: r.version.designation,
        standard: r.version.standard.designation,
        status: r.status,
      }));
    } else group.hits.push(hit);
  }
  return [...groups.values()];
}

/** The standards whose group does not say yet which version applies (at most `limit`, the API's list bound). */
export const standardsToAsk = (hits: readonly SearchHit[], limit = 100): string[] => {
  const matched = new Set(hits.filter((h) => h.kind === 'STANDARD').map((h) => h.standard.id));
  return [...new Set(hits.map((h) => h.standard.id))].filter((id) => !matched.has(id)).slice(0, limit);
};
