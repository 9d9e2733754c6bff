import { resolveArrayConnection } from '@pothos/plugin-relay';
import type { REFERENCE_KINDS } from '../../domain/enums.ts';
import type { versionReferences } from '../../db/tables.ts';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../builder.ts';
import { withoutEmptyPageCursors } from '../empty-page.ts';

type ReferenceRow = typeof versionReferences.$inferSelect;
type Kind = (typeof REFERENCE_KINDS)[number];
interface PageArgs {
  kinds?: readonly Kind[] | null;
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** A page of `rows` (every reference to the document, oldest recorded first), keeping `kinds` when given. */
export function citedByPage(rows: readonly ReferenceRow[], args: PageArgs) {
  const kept = args.kinds ? rows.filter((r) => args.kinds!.includes(r.kind)) : [...rows];
  return {
    ...withoutEmptyPageCursors(
      resolveArrayConnection({ args, defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE }, kept)!,
    ),
    totalCount: kept.length,
  };
}

export const CITED_BY_TOTAL = 'How many references match, across all pages.';
export const CITED_BY_KINDS = 'Keep references of these kinds only, e.g. `[ADOPTS]` for the adoptions.';
