import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { withoutEmptyPageCursors } from '../empty-page.ts';
import { todayUtc } from '../../domain/dates.ts';
import { countSearchHits, searchRegistry, type SearchHit } from '../../domain/search/searchRegistry.ts';
import { SEARCH_FIELDS, type Snippet, type SnippetPart } from '../../domain/search/snippet.ts';
import { DOC_KIND, type DocKind } from '../../db/search-index.ts';
import { builder, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../builder.ts';
import { Clause } from './clause.ts';
import { enumOf } from './enum-of.ts';
import { ApplicabilityScopeEnum, VehicleCategoryEnum, VersionStatusEnum } from './enums.ts';
import { Standard } from './standard.ts';
import { StandardVersion } from './version.ts';

const SearchHitKindEnum = enumOf('SearchHitKind', 'What a search hit is.', Object.keys(DOC_KIND) as DocKind[], {
  STANDARD: 'A standard, matched by its designation or title.',
  VERSION: 'A version, matched by its full designation or its own title.',
  CLAUSE: "A clause of a version's text, matched by its number, heading or text.",
});

const SearchFieldEnum = enumOf('SearchField', 'The text a snippet is taken from.', SEARCH_FIELDS, {
  DESIGNATION: 'The designation.',
  TITLE_EN: 'The English title.',
  TITLE_ZH: 'The Chinese title.',
  HEADING: 'The clause number and heading.',
  TEXT: 'The clause text.',
});

const SnippetPartRef = builder.objectRef<SnippetPart>('SnippetPart').implement({
  description: 'A piece of a snippet: text that matched the query, or text around it.',
  fields: (t) => ({
    text: t.exposeString('text', { description: 'The text of this piece, as stored.' }),
    match: t.exposeBoolean('match', { description: 'True when this piece matched a term of the query.' }),
  }),
});

const SnippetRef = builder.objectRef<Snippet>('SearchSnippet').implement({
  description:
    'Where a hit matched: a fragment of one field, as pieces marked matched or not (render the matched ones ' +
    'highlighted). Long texts are cut around the matches, with `…` at a cut.',
  fields: (t) => ({
    field: t.expose('field', { type: SearchFieldEnum, description: 'The field the fragment comes from.' }),
    text: t.string({
      description: 'The fragment as plain text (the pieces joined).',
      resolve: (s) => s.parts.map((p) => p.text).join(''),
    }),
    parts: t.field({
      type: [SnippetPartRef],
      description: 'The fragment, in order, split where matches start and end.',
      resolve: (s) => s.parts,
    }),
  }),
});

const SearchSuccessorRef = builder.objectRef<SearchHit['replacedBy'][number]>('SearchSuccessor').implement({
  description: 'A version of another standard that replaced a matched standard, with its status on the date.',
  fields: (t) => ({
    version: t.field({
      type: StandardVersion,
      description: 'The replacing version.',
      resolve: (s) => s.version,
    }),
    status: t.field({
      type: VersionStatusEnum,
      description: 'Its status on the date for the scope.',
      resolve: (s) => s.status,
    }),
  }),
});

const SearchHitRef = builder.objectRef<SearchHit>('SearchHit').implement({
  description:
    'One match of a search, with the version it concerns and whether that version applies on the date asked about.',
  fields: (t) => ({
    kind: t.expose('kind', {
      type: SearchHitKindEnum,
      description: 'Whether a standard, a version or a clause matched.',
    }),
    score: t.exposeFloat('score', {
      description: 'Relevance (bm25 over the fields, designations weighing most; larger is better).',
    }),
    standard: t.field({
      type: Standard,
      description: 'The standard the hit belongs to.',
      resolve: (hit) => hit.standard,
    }),
    version: t.field({
      type: StandardVersion,
      nullable: true,
      description:
        'The matched version, or the version of the matched clause; for a matched standard, the version that ' +
        'applies on the date (its `applicability.current`), null when none certainly does.',
      resolve: (hit) => hit.version,
    }),
    clause: t.field({
      type: Clause,
      nullable: true,
      description: 'The matched clause (CLAUSE hits only).',
      resolve: (hit) => hit.clause,
    }),
    status: t.field({
      type: VersionStatusEnum,
      nullable: true,
      description: 'The status of `version` on the date for the scope; null when there is no version.',
      resolve: (hit) => hit.status,
    }),
    applies: t.boolean({
      nullable: true,
      description:
        'True when `version` certainly applies on the date, false when it certainly does not (or, for a ' +
        'standard, when none of its versions does); null when the record cannot decide.',
      resolve: (hit) => hit.applies,
    }),
    snippet: t.field({
      type: SnippetRef,
      description: 'Where the hit matched, with the matches marked.',
      resolve: (hit) => hit.snippet,
    }),
    replacedBy: t.field({
      type: [SearchSuccessorRef],
      description:
        'For a matched standard whose versions stopped applying because versions of other standards replaced ' +
        'them (`version` is then null): those replacing versions that apply on the date, with their status, so ' +
        'the search points on without a second query. Empty for versions and clauses.',
      resolve: (hit) => hit.replacedBy,
    }),
  }),
});

builder.queryFields((t) => ({
  search: t.connection(
    {
      type: SearchHitRef,
      description:
        'Full-text search of designations, titles (English and Chinese) and clause text, best match first (a ' +
        'standard or version whose designation is exactly the query comes first). Every term must occur, ' +
        'ignoring case and accents: English words by their stem (`batteries` finds battery), numbers as whole ' +
        'words, the last term also from its beginning as you type (`traction batt` finds traction battery, `r15` ' +
        'finds R155), Chinese and Japanese as the exact run of characters, of any length (`电池`, `动力蓄电池`); a term ' +
        'such as `GB/T` or `38031-2025` must occur as written. Synonyms and compounds of a small table match ' +
        'each other (`cyber security` and `cybersecurity`, `EV` and `electric vehicle`, `动力电池` and `动力蓄电池`), and ' +
        'UN Regulations are read however written (`ECE R100`, `UN-R100`, `UNECE Regulation No. 100` as `UN ' +
        'R100`). Matching standards rank above versions and clauses. Quotes, operators and brackets are searched ' +
        'as text, never as syntax. Pages hold at most 100.',
      args: {
        query: t.arg.string({
          required: true,
          description: 'The words to find, e.g. `traction battery`, `动力蓄电池`, `GB 38031`.',
        }),
        on: t.arg({
          type: 'Date',
          required: false,
          description: 'The date for `status` and `applies`; default today (UTC).',
        }),
        scope: t.arg({
          type: ApplicabilityScopeEnum,
          defaultValue: 'NEW_TYPES',
          description: 'New type approvals (default) or existing ones.',
        }),
        vehicleCategories: t.arg({
          type: [VehicleCategoryEnum],
          required: false,
          description:
            'Keep hits of versions (and clauses of versions) that record any of these vehicle categories, and ' +
            'standards with such a version. A version recording none is not matched (not recorded is not "all").',
        }),
      },
      resolve: async (_root, args, ctx) => {
        const vehicleCategories = args.vehicleCategories;
        const page = withoutEmptyPageCursors(
          await resolveOffsetConnection(
            { args, defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE },
            ({ limit, offset }) =>
              searchRegistry({
                ctx,
                input: {
                  query: args.query,
                  on: args.on ?? todayUtc(ctx.now()),
                  scope: args.scope ?? 'NEW_TYPES',
                  limit,
                  offset,
                  vehicleCategories,
                },
              }),
          ),
        );
        // Counted only when asked for: one more statement.
        return { ...page, totalCount: () => countSearchHits({ ctx, input: { query: args.query, vehicleCategories } }) };
      },
    },
    {
      name: 'SearchConnection',
      description: 'A page of search hits, best match first.',
      fields: (c) => ({
        totalCount: c.int({
          description: 'How many documents (standards, versions, clauses) match, across all pages.',
          resolve: (connection) => (connection as unknown as { totalCount: () => Promise<number> }).totalCount(),
        }),
      }),
    },
    { name: 'SearchEdge', description: 'One search hit, with its cursor.' },
  ),
}));
