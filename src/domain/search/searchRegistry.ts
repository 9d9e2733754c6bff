import type { SearchContext } from '../context.ts';
import { loadVersionGraph } from '../applicability/load.ts';
import { analyseGraph, standardApplicability, versionState } from '../applicability/rule.ts';
import type { clauses, standards, versions } from '../../db/tables.ts';
import {
  countSearchMatches,
  DOC_KIND,
  foldFullWidth,
  searchPage,
  syncPendingSearch,
  type DocKind,
} from '../../db/search-index.ts';
import { SearchReaderBusy } from '../../db/search-readers.ts';
import { DomainError } from '../errors.ts';
import type { IsoDate } from '../dates.ts';
import { designationCandidates, normaliseDesignation, normaliseUnRegulations } from '../designation.ts';
import type { ApplicabilityScope, VehicleCategory, VersionStatus } from '../enums.ts';
import { parseSearchQuery } from './query.ts';
import { withSynonyms } from './synonyms.ts';
import { snippetOf, type Snippet } from './snippet.ts';

type StandardRow = typeof standards.$inferSelect;
type VersionRow = typeof versions.$inferSelect;
type ClauseRow = typeof clauses.$inferSelect;

export interface SearchHit {
  kind: DocKind;
  /** Relevance (bm25), larger is better. */
  score: number;
  standard: StandardRow;
  /** The matched version, the clause's version, or for a standard the version that applies on the date. */
  version: VersionRow | null;
  clause: ClauseRow | null;
  /** Status of `version` on the date; null without a version. */
  status: VersionStatus | null;
  /** Whether `version` applies on the date: null when the record cannot decide (or no version). */
  applies: boolean | null;
  snippet: Snippet;
  /**
   * For a standard: where its versions stopped applying because versions of other standards
   * replaced them, those replacing versions that apply on the date, with their status (its
   * applicability's successors). Empty for versions and clauses.
   */
  replacedBy: { version: VersionRow; status: VersionStatus }[];
}

export interface SearchInput {
  query: string;
  on: IsoDate;
  scope: ApplicabilityScope;
  limit: number;
  offset: number;
  /** Keep hits of versions recording any of these categories (a standard: of one of its versions). */
  vehicleCategories?: readonly VehicleCategory[] | null;
}

/** What a refused search tells the client to wait: a full queue of the default size drains in about a second. */
const RETRY_AFTER_SECONDS = 1;

/**
 * The query with designations in the registry's spelling: at its start (the normaliser), and UN Regulations anywhere.
 */
const asRegistryWrites = (query: string) => normaliseUnRegulations(normaliseDesignation(foldFullWidth(query)));

function busyAsDomainError(error: unknown): never {
  if (error instanceof SearchReaderBusy)
    throw new DomainError('BUSY', 'Too many searches are waiting; retry in a moment.', {
      retryAfterSeconds: RETRY_AFTER_SECONDS,
    });
  throw error;
}

/** How many documents a search matches, across all pages: one count statement on the search reader. */
export async function countSearchHits({
  ctx,
  input,
}: {
  ctx: SearchContext;
  input: Pick<SearchInput, 'query' | 'vehicleCategories'>;
}): Promise<number> {
  const terms = parseSearchQuery(asRegistryWrites(input.query));
  if (terms.length === 0) return 0;
  // Asked with a page only (`search.totalCount`): the page's search has brought the index up to date.
  return countSearchMatches(ctx.searchReader, {
    terms: withSynonyms(terms),
    vehicleCategories: input.vehicleCategories,
  }).catch(busyAsDomainError);
}

const KIND_OF = new Map<number, DocKind>(Object.entries(DOC_KIND).map(([kind, code]) => [code, kind as DocKind]));

/**
 * Full-text search over designations, titles and clause text, ranked, with snippets, and for each
 * hit whether its version applies on the date. A page costs a constant number of statements
 * whatever its size: the page of the index, the clause, version and standard rows of its hits, and
 * one version graph (one statement, whole version rows) for the applicability of all of them.
 */
export async function searchRegistry({ ctx, input }: { ctx: SearchContext; input: SearchInput }): Promise<SearchHit[]> {
  const query = asRegistryWrites(input.query);
  const terms = parseSearchQuery(query);
  if (terms.length === 0) return [];
  syncPendingSearch(ctx.db);
  const page = {
    terms: withSynonyms(terms),
    designationKeys: designationCandidates(query),
    limit: input.limit,
    offset: input.offset,
    vehicleCategories: input.vehicleCategories,
  };
  const rows = await searchPage(ctx.db, ctx.searchReader, page).catch(busyAsDomainError);
  if (rows.length === 0) return [];

  const docs = rows.map((row) => ({ row, kind: KIND_OF.get(row.rowid % 4)!, id: Math.floor(row.rowid / 4) }));
  const idsOf = (kind: DocKind) => docs.filter((d) => d.kind === kind).map((d) => d.id);

  const clauseIds = idsOf('CLAUSE');
  const clauseRows =
    clauseIds.length === 0 ? [] : ctx.db.query.clauses.findMany({ where: { id: { in: clauseIds } } }).sync();
  const clauseById = new Map(clauseRows.map((c) => [c.id, c]));

  // The hits' versions are read for their standards; the version graph of those standards then holds
  // every version of them, whole: the hits' own and the ones that apply to a standard hit.
  const versionIds = [...new Set([...idsOf('VERSION'), ...clauseRows.map((c) => c.versionId)])];
  const hitVersions =
    versionIds.length === 0
      ? []
      : ctx.db.query.versions.findMany({ columns: { standardId: true }, where: { id: { in: versionIds } } }).sync();
  const standardIds = [...new Set([...idsOf('STANDARD'), ...hitVersions.map((v) => v.standardId)])];
  const loaded = loadVersionGraph(ctx.db, standardIds);
  const versionById = new Map<number, VersionRow>(loaded.versions.map((v) => [v.id, v]));
  const graph = analyseGraph(loaded);
  const standardAnswers = new Map(
    idsOf('STANDARD').map((id) => [id, standardApplicability(graph, id, input.on, input.scope)]),
  );
  const standardById = new Map(
    (standardIds.length === 0
      ? []
      : ctx.db.query.standards.findMany({ where: { id: { in: standardIds } } }).sync()
    ).map((s) => [s.id, s]),
  );

  const hits: SearchHit[] = [];
  for (const { row, kind, id } of docs) {
    const clause = kind === 'CLAUSE' ? (clauseById.get(id) ?? null) : null;
    let version: VersionRow | null = null;
    let status: VersionStatus | null = null;
    let applies: boolean | null = null;
    const replacedBy: SearchHit['replacedBy'] = [];
    if (kind === 'STANDARD') {
      const answer = standardAnswers.get(id)!;
      for (const successorId of answer.successorIds) {
        const successor = versionById.get(successorId);
        if (successor)
          replacedBy.push({
            version: successor,
            status: versionState(graph, successorId, input.on, input.scope).status,
          });
      }
      const current = answer.versions[0];
      if (current) {
        version = versionById.get(current.versionId) ?? null;
        status = current.status;
        applies = true;
      } else applies = answer.unknownIds.length > 0 ? null : false;
    } else {
      version = versionById.get(kind === 'VERSION' ? id : (clause?.versionId ?? -1)) ?? null;
      if (version && graph.has(version.id)) {
        const state = versionState(graph, version.id, input.on, input.scope);
        status = state.status;
        applies = state.applies === 'YES' ? true : state.applies === 'NO' ? false : null;
      }
    }
    const standard = standardById.get(kind === 'STANDARD' ? id : (version?.standardId ?? -1));
    // The index is read on another connection (a search thread) than the rows, and a write can commit
    // between the two (from this process during the await, or from another): a hit whose row is gone
    // is skipped, not an error, and its row is read as it is now.
    if (!standard || (kind !== 'STANDARD' && !version) || (kind === 'CLAUSE' && !clause)) continue;
    hits.push({
      kind,
      score: row.score,
      standard,
      version,
      clause,
      status,
      applies,
      snippet: snippetOf(row),
      replacedBy,
    });
  }
  return hits;
}
