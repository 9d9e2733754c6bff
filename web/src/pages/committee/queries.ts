import { graphql } from '../../gql/index.ts';
import type { WebCommitteeQuery } from '../../gql/graphql.ts';

export const CommitteeDoc = graphql(`
  query WebCommittee($code: String!) {
    viewer { id isAdmin }
    committee(code: $code) {
      id code name { en zh } viewerActsAsOfficer
      members { role memberBody headOfDelegation since person { id name organisation email } }
      ballotRules { rule votesBy minimumDays { enquiry approval } }
      drafts(first: 100) { totalCount edges { node { id stage versionDesignation title { en zh } } } }
      history(first: 50) { edges { node { action at actor { name } data } } }
    }
  }
`);

export type CommitteeData = NonNullable<WebCommitteeQuery['committee']>;
export type Member = NonNullable<CommitteeData['members']>[number];
export type Rules = NonNullable<CommitteeData['ballotRules']>;
export type HistoryNode = NonNullable<CommitteeData['history']>['edges'][number]['node'];

/** Names of the people a history names by row number (`data.personId`), for those who may read them. */
export const PeopleDoc = graphql(`
  query WebCommitteePeople($ids: [ID!]!) { nodes(ids: $ids) { ... on Person { id name } } }
`);

export const CreatePersonDoc = graphql(`
  mutation WebCreatePerson($input: CreatePersonInput!) { createPerson(input: $input) { person { id name } } }
`);

export const SetMembershipDoc = graphql(`
  mutation WebSetMembership($input: SetMembershipInput!) { setMembership(input: $input) { membership { role } } }
`);

export const RemoveMembershipDoc = graphql(`
  mutation WebRemoveMembership($input: RemoveMembershipInput!) { removeMembership(input: $input) { removed } }
`);

export const IssueLinkDoc = graphql(`
  mutation WebIssueAccountLink($input: IssueAccountLinkInput!) {
    issueAccountLink(input: $input) { url expiresAt person { name webhooks { enabled kinds } } }
  }
`);

export const SetBallotRulesDoc = graphql(`
  mutation WebSetBallotRules($input: SetCommitteeBallotRulesInput!) {
    setCommitteeBallotRules(input: $input) { ballotRules { rule } }
  }
`);

export const SetMemberBodyDoc = graphql(`
  mutation WebSetMemberBody($input: SetMemberBodyInput!) { setMemberBody(input: $input) { membership { role } } }
`);

export const ActAsOfficerDoc = graphql(`
  mutation WebActAsOfficer($input: ActAsOfficerInput!) { actAsOfficer(input: $input) { committee { id } } }
`);

export const StopActingDoc = graphql(`
  mutation WebStopActing($input: StopActingAsOfficerInput!) { stopActingAsOfficer(input: $input) { committee { id } } }
`);

export const PersonByEmailDoc = graphql(`
  query WebPersonByEmail($email: String!) { personByEmail(email: $email) { id name } }
`);
