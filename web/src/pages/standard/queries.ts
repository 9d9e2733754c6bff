import { graphql } from '../../gql/index.ts';

/** What the page shows whatever the date: the standard, every version with its dates, and who cites it. */
export const StandardDocument = graphql(`
  query WebStandard($designation: String!) {
    standard(designation: $designation) {
      id
      designation
      kind
      publisher
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
      versions(first: 100) {
        totalCount
        edges {
          node {
            id
            designation
            type
            published
            effective
            mandatoryNewTypes
            mandatoryExistingTypes
            withdrawn
            base {
              designation
            }
            replaces {
              designation
              standard {
                designation
              }
            }
            replacedBy {
              designation
              published
              effective
              mandatoryNewTypes
              mandatoryExistingTypes
              standard {
                designation
              }
            }
          }
        }
      }
      citedBy(first: 100) {
        totalCount
        edges {
          node {
            kind
            degree
            citingVersion {
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

/** The rule's answer for one date and scope, and each version's status then: all a date move fetches. */
export const ApplicabilityDocument = graphql(`
  query WebStandardApplicability($designation: String!, $on: Date!, $scope: ApplicabilityScope!) {
    standard(designation: $designation) {
      id
      applicability(on: $on, scope: $scope) {
        on
        scope
        current {
          designation
        }
        versions {
          status
          mandatory
          version {
            designation
          }
          modifications {
            designation
          }
        }
        unknown {
          designation
          published
          effective
        }
        successors {
          designation
          standard {
            designation
          }
        }
      }
      versions(first: 100) {
        edges {
          node {
            designation
            status(on: $on, scope: $scope)
          }
        }
      }
    }
  }
`);
