/* eslint-disable */
import * as types from './graphql.ts';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query WebSearch($query: String!, $on: Date!, $scope: ApplicabilityScope, $after: String) {\n    search(query: $query, on: $on, scope: $scope, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          kind\n          status\n          standard {\n            id\n            designation\n            title {\n              en\n              zh\n            }\n          }\n          version {\n            designation\n          }\n          clause {\n            number\n          }\n          snippet {\n            field\n            parts {\n              match\n              text\n            }\n          }\n          replacedBy {\n            status\n            version {\n              designation\n              standard {\n                designation\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.WebSearchDocument,
    "\n  query WebSearchApplicability($ids: [ID!]!, $on: Date!, $scope: ApplicabilityScope) {\n    nodes(ids: $ids) {\n      ... on Standard {\n        id\n        applicability(on: $on, scope: $scope) {\n          on\n          scope\n          versions {\n            status\n            version {\n              designation\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.WebSearchApplicabilityDocument,
};
const documents: Documents = {
    "\n  query WebSearch($query: String!, $on: Date!, $scope: ApplicabilityScope, $after: String) {\n    search(query: $query, on: $on, scope: $scope, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          kind\n          status\n          standard {\n            id\n            designation\n            title {\n              en\n              zh\n            }\n          }\n          version {\n            designation\n          }\n          clause {\n            number\n          }\n          snippet {\n            field\n            parts {\n              match\n              text\n            }\n          }\n          replacedBy {\n            status\n            version {\n              designation\n              standard {\n                designation\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.WebSearchDocument,
    "\n  query WebSearchApplicability($ids: [ID!]!, $on: Date!, $scope: ApplicabilityScope) {\n    nodes(ids: $ids) {\n      ... on Standard {\n        id\n        applicability(on: $on, scope: $scope) {\n          on\n          scope\n          versions {\n            status\n            version {\n              designation\n            }\n          }\n        }\n      }\n    }\n  }\n": types.WebSearchApplicabilityDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebSearch($query: String!, $on: Date!, $scope: ApplicabilityScope, $after: String) {\n    search(query: $query, on: $on, scope: $scope, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          kind\n          status\n          standard {\n            id\n            designation\n            title {\n              en\n              zh\n            }\n          }\n          version {\n            designation\n          }\n          clause {\n            number\n          }\n          snippet {\n            field\n            parts {\n              match\n              text\n            }\n          }\n          replacedBy {\n            status\n            version {\n              designation\n              standard {\n                designation\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.ts').WebSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebSearchApplicability($ids: [ID!]!, $on: Date!, $scope: ApplicabilityScope) {\n    nodes(ids: $ids) {\n      ... on Standard {\n        id\n        applicability(on: $on, scope: $scope) {\n          on\n          scope\n          versions {\n            status\n            version {\n              designation\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.ts').WebSearchApplicabilityDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
