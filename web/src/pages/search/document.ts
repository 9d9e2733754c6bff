import { graphql } from '../../gql/index.ts';
import type { WebSearchQuery } from '../../gql/graphql.ts';

/** One page of search hits, with what each group of hits needs to say which version applies. */
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
            designation
            title {
              en
              zh
            }
            applicability(on: $on, scope: $scope) {
              versions {
                status
                version {
                  designation
                }
              }
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

export type SearchPage = WebSearchQuery['search'];
export type SearchHit = SearchPage['edges'][number]['node'];
export type VersionStatus = NonNullable<SearchHit['status']>;
export type Scope = 'NEW_TYPES' | 'EXISTING_TYPES';
