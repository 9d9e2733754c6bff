import { graphql } from '../../gql/index.ts';

/**
 * One revision's whole clause tree, to the 12 levels a revision may nest (a fragment cannot recurse),
 * asked by the revision's ID: top-level, the tree stays within the API's depth limit.
 */
export const RevisionTreeDocument = graphql(`
  query WebRevisionTree($id: ID!) {
    node(id: $id) {
      __typename
      ... on DraftRevision {
        id
        clauses {
        ...WebRevisionTreeClause
        children {
          ...WebRevisionTreeClause
          children {
            ...WebRevisionTreeClause
            children {
              ...WebRevisionTreeClause
              children {
                ...WebRevisionTreeClause
                children {
                  ...WebRevisionTreeClause
                  children {
                    ...WebRevisionTreeClause
                    children {
                      ...WebRevisionTreeClause
                      children {
                        ...WebRevisionTreeClause
                        children {
                          ...WebRevisionTreeClause
                          children {
                            ...WebRevisionTreeClause
                            children {
                              ...WebRevisionTreeClause
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
        }
      }
    }
  }

  fragment WebRevisionTreeClause on RevisionClause {
    number
    heading
    text
    informative
  }
`);
