import { graphql } from '../../gql/index.ts';

/** What publishing would create and replace (`Draft.publishPreview`), as the publish step shows it. */
export const PublishPreviewFragment = graphql(`
  fragment WebPublishPreview on PublishPreview {
    designation
    versionType
    standardDesignation
    clauseCount
    designationTaken
    standard {
      designation
    }
    revision {
      number
    }
    baseVersion {
      designation
    }
    replaces {
      ...WebPublishVersionRef
    }
    awaitingConsent {
      ...WebPublishVersionRef
    }
  }

  fragment WebPublishVersionRef on StandardVersion {
    designation
    published
    standard {
      designation
      committee {
        code
      }
    }
  }

  fragment WebPublishedVersion on StandardVersion {
    designation
    published
    effective
    standard {
      designation
    }
  }
`);

export const PublishDraftDocument = graphql(`
  mutation WebPublishDraft($input: PublishDraftInput!) {
    publishDraft(input: $input) {
      version {
        designation
      }
    }
  }
`);
