import type { SearchHit, VersionStatus } from './document.ts';

export interface HitGroup {
  designation: string;
  title: SearchHit['standard']['title'];
  /** The version that certainly applies on the date for the scope, with its status; null when none does. */
  applying: { designation: string; status: VersionStatus } | null;
  /** What replaced the standard, when its versions stopped applying because others replaced them. */
  replacedBy: { designation: string; standard: string; status: VersionStatus }[];
  /** The matched versions and clauses (a match of the standard itself is the group's heading). */
  hits: SearchHit[];
  /** Whether the standard itself (designation or title) matched. */
  standardMatched: boolean;
  standardSnippet: SearchHit['snippet'] | null;
}

/**
 * Groups hits by standard, in the order of each standard's best hit (the API ranks best first);
 * within a group the hits keep their rank.
 */
export function groupHits(hits: readonly SearchHit[]): HitGroup[] {
  const groups = new Map<string, HitGroup>();
  for (const hit of hits) {
    const key = hit.standard.designation;
    let group = groups.get(key);
    if (!group) {
      const first = hit.standard.applicability.versions[0];
      group = {
        designation: key,
        title: hit.standard.title,
        applying: first ? { designation: first.version.designation, status: first.status } : null,
        replacedBy: [],
        hits: [],
        standardMatched: false,
        standardSnippet: null,
      };
      groups.set(key, group);
    }
    if (hit.kind === 'STANDARD') {
      group.standardMatched = true;
      group.standardSnippet = hit.snippet;
      group.replacedBy = hit.replacedBy.map((r) => ({
        designation: r.version.designation,
        standard: r.version.standard.designation,
        status: r.status,
      }));
    } else group.hits.push(hit);
  }
  return [...groups.values()];
}
