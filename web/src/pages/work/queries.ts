import { graphql } from '../../gql/index.ts';

/** What waits for the signed-in person (`viewer.myWork`); null viewer: anonymous. */
export const MyWorkDocument = graphql(`
  query WebMyWork {
    viewer {
      id
      name
      memberships {
        committee {
          id
          viewerCanCreateDraft
        }
      }
      actingOfficerOf {
        id
        viewerCanCreateDraft
      }
      myWork {
        draftsByStage {
          stage
          drafts {
            id
            versionDesignation
            title {
              en
              zh
            }
            committee {
              code
            }
          }
        }
        ballotsToVote {
          daysLeft
          ballot {
            id
            stage
            closesAt
            draft {
              id
              versionDesignation
            }
          }
        }
        threadsAwaitingReply {
          ...WebWorkThread
        }
        threadsAwaitingDisposition {
          ...WebWorkThread
        }
      }
    }
  }

  fragment WebWorkThread on CommentThread {
    id
    type
    clauseNumber
    comment
    author {
      name
    }
    revision {
      number
      draft {
        id
        versionDesignation
      }
    }
  }
`);
