import type { DomainContext } from '../context.ts';
import type { clauses, versions } from '../../db/tables.ts';
import { loadVersionGraphForVersion } from '../applicability/load.ts';
import type { ReplacementEdge } from '../applicability/rule.ts';
import { designationKey } from '../designation.ts';
import { matchClauses, type ClauseMatching } from './matchClauses.ts';

type VersionRow = typeof versions.$inferSelect;
type ClauseRow = typeof clauses.$inferSelect;

export interface VersionComparison extends ClauseMatching<ClauseRow> {
  from: VersionRow;
  to: VersionRow;
  /**
   * The versions linking the two through "replaces", oldest first, both ends included (e.g.
   * 2015 → 2020 → 2024 edition), in whichever direction the link runs; empty when neither
   * replaces the other, directly or through others.
   */
  replacesChain: VersionRow[];
  /**
   * Whether the registry holds clause text for both versions. When it does not, nothing is
   * reported added, removed or changed: a version without text is not a version without clauses.
   */
  textCompared: boolean;
}

/** The shortest path from `start` to `goal` following "replaces" (newer → older); null if none. */
export function replacementPath(edges: readonly ReplacementEdge[], start: number, goal: number): number[] | null {
  const replaces = new Map<number, number[]>();
  for (const e of edges) replaces.set(e.replacingId, [...(replaces.get(e.replacingId) ?? []), e.replacedId]);
  const cameFrom = new Map<number, number>([[start, start]]);
  const queue = [start];
  for (let at = queue.shift(); at !== undefined; at = queue.shift()) {
    if (at === goal) {
      const path = [goal];
      while (path[0] !== start) path.unshift(cameFrom.get(path[0]!)!);
      return path;
    }
    for (const next of (replaces.get(at) ?? []).sort((x, y) => x - y)) {
      if (!cameFrom.has(next)) {
        cameFrom.set(next, at);
        queue.push(next);
      }
    }
  }
  return null;
}

/**
 * What changed between two versions: their clauses paired (see matchClauses) with a word diff of
 * each changed one, and the replacement chain between them. Versions are named by designation,
 * ignoring case and spacing; null when either is unknown. Five statements at most.
 */
export function compareVersions({
  ctx,
  input,
}: {
  ctx: Pick<DomainContext, 'db'>;
  input: { from: string; to: string };
}): VersionComparison | null {
  const keys = [designationKey(input.from), designationKey(input.to)];
  const rows = ctx.db.query.versions.findMany({ where: { designationKey: { in: keys } } }).sync();
  const from = rows.find((v) => v.designationKey === keys[0]);
  const to = rows.find((v) => v.designationKey === keys[1]);
  if (!from || !to) return null;

  const clauseRows = ctx.db.query.clauses.findMany({ where: { versionId: { in: [from.id, to.id] } } }).sync();
  const fromClauses = clauseRows.filter((c) => c.versionId === from.id);
  const toClauses = clauseRows.filter((c) => c.versionId === to.id);
  const textCompared = fromClauses.length > 0 && toClauses.length > 0;
  const matching = textCompared
    ? matchClauses(fromClauses, toClauses)
    : { added: [], removed: [], changed: [], unchanged: 0 };

  // The component of `from` over base and replacement links holds any chain to `to`.
  const graph = loadVersionGraphForVersion(ctx.db, from.id);
  const path =
    from.id === to.id
      ? [from.id]
      : (replacementPath(graph.replacements, to.id, from.id) ??
        replacementPath(graph.replacements, from.id, to.id) ??
        []);
  const oldestFirst = [...path].reverse();
  const chainRows =
    oldestFirst.length === 0 ? [] : ctx.db.query.versions.findMany({ where: { id: { in: oldestFirst } } }).sync();
  const byId = new Map(chainRows.map((v) => [v.id, v]));
  return { from, to, ...matching, textCompared, replacesChain: oldestFirst.flatMap((id) => byId.get(id) ?? []) };
}
