import { graphql } from '../../gql/index.ts';

/** A draft as its page shows it: text of the current revision, threads, ballots, moves the viewer may make. */
export const DraftDocument = graphql(`
  query WebDraft($id: ID!) {
    viewer {
      id
    }
    draft(id: $id) {
      id
      versionDesignation
      versionType
      stage
      lockVersion
      publicEnquiry
      title {
        en
        zh
      }
      committee {
        code
        name {
          en
          zh
        }
      }
      leader {
        name
      }
      viewerCanMoveTo
      viewerCanComment
      viewerCanOpenBallot
      viewerCanPublish
      publishPreview {
        ...WebPublishPreview
      }
      publishedVersion {
        ...WebPublishedVersion
      }
      viewerCanRevise
      commentSheetPath
      currentRevision {
        id
        number
        clauses {
          ...WebDraftClause
          children {
            ...WebDraftClause
            children {
              ...WebDraftClause
              children {
                ...WebDraftClause
                children {
                  ...WebDraftClause
                  children {
                    ...WebDraftClause
                    children {
                      ...WebDraftClause
                      children {
                        ...WebDraftClause
                        children {
                          ...WebDraftClause
                          children {
                            ...WebDraftClause
                            children {
                              ...WebDraftClause
                              children {
                                ...WebDraftClause
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
        threads(first: 100) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              ...WebDraftThread
            }
          }
        }
      }
      openEarlierThreads {
        ...WebDraftThread
        revision {
          number
        }
      }
      revisions(last: 50) {
        totalCount
        edges {
          node {
            id
            number
            note
            createdAt
            isCurrent
            createdBy {
              name
            }
          }
        }
      }
      ballots {
        ...WebDraftBallot
      }
      history(first: 50) {
        edges {
          node {
            id
            action
            at
            data
            actor {
              name
            }
          }
        }
      }
    }
  }

  fragment WebDraftClause on RevisionClause {
    number
    heading
    text
    informative
  }

  fragment WebDraftThread on CommentThread {
    id
    type
    clauseNumber
    comment
    proposedChange
    status
    disposition
    observation
    createdAt
    viewerCanReply
    lockVersion
    viewerCanEdit
    viewerCanWithdraw
    viewerCanDispose
    viewerCanCarry
    disposedAt
    disposedBy {
      name
    }
    author {
      id
      name
    }
    replies {
      body
      createdAt
      author {
        name
      }
    }
  }

  fragment WebDraftBallot on Ballot {
    id
    stage
    status
    opensAt
    closesAt
    result
    viewerCanVote
    viewerCanClose
    counts {
      approve
      disapprove
      abstain
    }
    explanation {
      en
      zh
    }
    revision {
      number
    }
    votes {
      value
      reason
      castAt
      voter {
        id
        name
      }
    }
  }
`);

export const MoveDraftDocument = graphql(`
  mutation WebMoveDraft($input: MoveDraftStageInput!) {
    moveDraftStage(input: $input) {
      draft {
        id
        stage
        lockVersion
      }
    }
  }
`);

export const CastVoteDocument = graphql(`
  mutation WebCastVote($input: CastVoteInput!) {
    castVote(input: $input) {
      vote {
        value
      }
    }
  }
`);

export const CreateThreadDocument = graphql(`
  mutation WebCreateThread($input: CreateCommentThreadInput!) {
    createCommentThread(input: $input) {
      thread {
        id
      }
    }
  }
`);

export const ReplyDocument = graphql(`
  mutation WebReply($input: ReplyToCommentInput!) {
    replyToComment(input: $input) {
      thread {
        id
      }
    }
  }
`);

export const OpenBallotDocument = graphql(`
  mutation WebOpenBallot($input: OpenBallotInput!) {
    openBallot(input: $input) {
      ballot {
        id
      }
    }
  }
`);

export const CloseBallotDocument = graphql(`
  mutation WebCloseBallot($input: CloseBallotInput!) {
    closeBallot(input: $input) {
      ballot {
        id
      }
    }
  }
`);
