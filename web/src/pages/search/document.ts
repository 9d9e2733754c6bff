import { graphql } from '../../gql/index.ts';
import type { WebSearchApplicabilityQuery, WebSearchQuery } from '../../gql/graphql.ts';

/** One page of search hits. */
export const SearchDocument = graphql(`
  query WebSearch($query: String!, $on: Date!, $scope: ApplicabilityScope, $after: String) {
    search(query: $query, on: $on, scope: $scope, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          kind
          status
          standard {
            id
            designation
            title {
              en
              zh
            }
          }
          version {
            designation
          }
          clause {
            number
          }
          snippet {
            field
            parts {
              match
              text
            }
          }
          replacedBy {
            status
            version {
              designation
              standard {
                designation
              }
            }
          }
        }
      }
    }
  }
`);

/**
 * Which version applies, for the standards whose own match (a STANDARD hit, which carries it) is not
 * among the hits: asked after the hits are shown, so the first results wait for nothing else.
 */
export const ApplicabilityDocument = graphql(`
  query WebSearchApplicability($ids: [ID!]!, $on: Date!, $scope: ApplicabilityScope) {
    nodes(ids: $ids) {
      ... on Standard {
        id
        applicability(on: $on, scope: $scope) {
          on
          scope
          versions {
            status
            version {
              designation
            }
          }
        }
      }
    }
  }
`);

export type SearchPage = WebSearchQuery['search'];
export type SearchHit = SearchPage['edges'][number]['node'];
export type VersionStatus = NonNullable<SearchHit['status']>;
export type Scope = 'NEW_TYPES' | 'EXISTING_TYPES';

type ApplicabilityNode = WebSearchApplicabilityQuery['nodes'][number];
/** The answer for one standard (the `... on Standard` part of a node). */
export type StandardApplicability = Extract<NonNullable<ApplicabilityNode>, { applicability: unknown }>;
