import { graphql } from '../../gql/index.ts';

/**
 * A draft's current text for the editor, to the 12 levels a revision may nest (a fragment cannot
 * recurse): a deeper clause left out would be lost on saving.
 */
export const EditorDraftDocument = graphql(`
  query WebEditorDraft($id: ID!) {
    viewer {
      id
    }
    draft(id: $id) {
      id
      versionDesignation
      title {
        en
        zh
      }
      viewerCanRevise
      currentRevision {
        number
        clauses {
          ...WebEditorClause
          children {
            ...WebEditorClause
            children {
              ...WebEditorClause
              children {
                ...WebEditorClause
                children {
                  ...WebEditorClause
                  children {
                    ...WebEditorClause
                    children {
                      ...WebEditorClause
                      children {
                        ...WebEditorClause
                        children {
                          ...WebEditorClause
                          children {
                            ...WebEditorClause
                            children {
                              ...WebEditorClause
                              children {
                                ...WebEditorClause
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

  fragment WebEditorClause on RevisionClause {
    number
    heading
    text
    informative
  }
`);

export const AddRevisionDocument = graphql(`
  mutation WebAddRevision($input: AddDraftRevisionInput!) {
    addDraftRevision(input: $input) {
      revision {
        number
      }
    }
  }
`);
