import { graphql } from '../../gql/index.ts';

/**
 * The committees the viewer may propose a draft in (those where `viewerCanCreateDraft`): where they hold a
 * role, and where an administrator acts as an officer.
 */
export const ProposeCommitteesDoc = graphql(`
  query WebProposeCommittees {
    viewer {
      id
      memberships {
        role
        committee {
          id code name { en zh } viewerCanCreateDraft
          standards(first: 100) { edges { node { designation } } }
        }
      }
      actingOfficerOf {
        id code name { en zh } viewerCanCreateDraft
        standards(first: 100) { edges { node { designation } } }
      }
    }
  }
`);

export const CreateDraftDoc = graphql(`
  mutation WebCreateDraft($input: CreateDraftInput!) {
    createDraft(input: $input) { draft { id } }
  }
`);
