/* eslint-disable */
import * as types from './graphql.ts';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

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
    "\n  query Viewer {\n    viewer { name email isAdmin memberships { role committee { code } } tokens { name revokedAt } }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) { person { id name email organisationKind isAdmin } }\n  }\n": typeof types.CreatePersonDocument,
    "\n  mutation SetMembership($input: SetMembershipInput!) {\n    setMembership(input: $input) { membership { role person { name } committee { code } } }\n  }\n": typeof types.SetMembershipDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) { secret token { id name } }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) { revokeApiToken(input: $input) { revoked } }\n": typeof types.RevokeApiTokenDocument,
    "\n  query StandardsPage($first: Int, $after: String, $filter: StandardFilter) {\n    standards(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          designation\n          committee { code }\n          versions(first: 10) {\n            totalCount\n            edges { node { designation published effective replaces { designation } replacedBy { designation } } }\n          }\n        }\n      }\n    }\n  }\n": typeof types.StandardsPageDocument,
    "\n  query Committees {\n    committees(first: 50) {\n      totalCount\n      edges { node { code name { en } parent { code } children { code } } }\n    }\n    committee(code: \"iso/tc22/sc32\") {\n      code\n      standards(first: 1) { totalCount edges { node { designation } } }\n    }\n  }\n": typeof types.CommitteesDocument,
    "\n  query NodeRefetch($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n      ... on Standard { designation }\n      ... on StandardVersion { designation }\n      ... on Committee { code }\n    }\n  }\n": typeof types.NodeRefetchDocument,
    "\n  query Ids {\n    standard(designation: \"UN R155\") { id versions(first: 1) { edges { node { id } } } committee { id } }\n  }\n": typeof types.IdsDocument,
    "\n  query StandardApplicability($designation: String!, $on: Date!, $scope: ApplicabilityScope) {\n    standard(designation: $designation) {\n      designation\n      kind\n      title { en zh }\n      applicability(on: $on, scope: $scope) {\n        on\n        scope\n        current { designation }\n        versions { status version { designation } modifications { designation } }\n        unknown { designation }\n        successors { designation }\n      }\n    }\n  }\n": typeof types.StandardApplicabilityDocument,
    "\n  query VersionLookup($designation: String!, $on: Date!) {\n    version(designation: $designation) {\n      designation\n      type\n      published\n      effective\n      status(on: $on)\n      existing: status(on: $on, scope: EXISTING_TYPES)\n      standard { designation }\n      title { en zh }\n      base { designation }\n      replaces { designation }\n      replacedBy { designation }\n    }\n  }\n": typeof types.VersionLookupDocument,
};
const documents: Documents = {
    "\n  query Viewer {\n    viewer { name email isAdmin memberships { role committee { code } } tokens { name revokedAt } }\n  }\n": types.ViewerDocument,
    "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) { person { id name email organisationKind isAdmin } }\n  }\n": types.CreatePersonDocument,
    "\n  mutation SetMembership($input: SetMembershipInput!) {\n    setMembership(input: $input) { membership { role person { name } committee { code } } }\n  }\n": types.SetMembershipDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) { secret token { id name } }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) { revokeApiToken(input: $input) { revoked } }\n": types.RevokeApiTokenDocument,
    "\n  query StandardsPage($first: Int, $after: String, $filter: StandardFilter) {\n    standards(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          designation\n          committee { code }\n          versions(first: 10) {\n            totalCount\n            edges { node { designation published effective replaces { designation } replacedBy { designation } } }\n          }\n        }\n      }\n    }\n  }\n": types.StandardsPageDocument,
    "\n  query Committees {\n    committees(first: 50) {\n      totalCount\n      edges { node { code name { en } parent { code } children { code } } }\n    }\n    committee(code: \"iso/tc22/sc32\") {\n      code\n      standards(first: 1) { totalCount edges { node { designation } } }\n    }\n  }\n": types.CommitteesDocument,
    "\n  query NodeRefetch($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n      ... on Standard { designation }\n      ... on StandardVersion { designation }\n      ... on Committee { code }\n    }\n  }\n": types.NodeRefetchDocument,
    "\n  query Ids {\n    standard(designation: \"UN R155\") { id versions(first: 1) { edges { node { id } } } committee { id } }\n  }\n": types.IdsDocument,
    "\n  query StandardApplicability($designation: String!, $on: Date!, $scope: ApplicabilityScope) {\n    standard(designation: $designation) {\n      designation\n      kind\n      title { en zh }\n      applicability(on: $on, scope: $scope) {\n        on\n        scope\n        current { designation }\n        versions { status version { designation } modifications { designation } }\n        unknown { designation }\n        successors { designation }\n      }\n    }\n  }\n": types.StandardApplicabilityDocument,
    "\n  query VersionLookup($designation: String!, $on: Date!) {\n    version(designation: $designation) {\n      designation\n      type\n      published\n      effective\n      status(on: $on)\n      existing: status(on: $on, scope: EXISTING_TYPES)\n      standard { designation }\n      title { en zh }\n      base { designation }\n      replaces { designation }\n      replacedBy { designation }\n    }\n  }\n": types.VersionLookupDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer { name email isAdmin memberships { role committee { code } } tokens { name revokedAt } }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer { name email isAdmin memberships { role committee { code } } tokens { name revokedAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) { person { id name email organisationKind isAdmin } }\n  }\n"): (typeof documents)["\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) { person { id name email organisationKind isAdmin } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMembership($input: SetMembershipInput!) {\n    setMembership(input: $input) { membership { role person { name } committee { code } } }\n  }\n"): (typeof documents)["\n  mutation SetMembership($input: SetMembershipInput!) {\n    setMembership(input: $input) { membership { role person { name } committee { code } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) { secret token { id name } }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) { secret token { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) { revokeApiToken(input: $input) { revoked } }\n"): (typeof documents)["\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) { revokeApiToken(input: $input) { revoked } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StandardsPage($first: Int, $after: String, $filter: StandardFilter) {\n    standards(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          designation\n          committee { code }\n          versions(first: 10) {\n            totalCount\n            edges { node { designation published effective replaces { designation } replacedBy { designation } } }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StandardsPage($first: Int, $after: String, $filter: StandardFilter) {\n    standards(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          designation\n          committee { code }\n          versions(first: 10) {\n            totalCount\n            edges { node { designation published effective replaces { designation } replacedBy { designation } } }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Committees {\n    committees(first: 50) {\n      totalCount\n      edges { node { code name { en } parent { code } children { code } } }\n    }\n    committee(code: \"iso/tc22/sc32\") {\n      code\n      standards(first: 1) { totalCount edges { node { designation } } }\n    }\n  }\n"): (typeof documents)["\n  query Committees {\n    committees(first: 50) {\n      totalCount\n      edges { node { code name { en } parent { code } children { code } } }\n    }\n    committee(code: \"iso/tc22/sc32\") {\n      code\n      standards(first: 1) { totalCount edges { node { designation } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeRefetch($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n      ... on Standard { designation }\n      ... on StandardVersion { designation }\n      ... on Committee { code }\n    }\n  }\n"): (typeof documents)["\n  query NodeRefetch($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n      ... on Standard { designation }\n      ... on StandardVersion { designation }\n      ... on Committee { code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Ids {\n    standard(designation: \"UN R155\") { id versions(first: 1) { edges { node { id } } } committee { id } }\n  }\n"): (typeof documents)["\n  query Ids {\n    standard(designation: \"UN R155\") { id versions(first: 1) { edges { node { id } } } committee { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StandardApplicability($designation: String!, $on: Date!, $scope: ApplicabilityScope) {\n    standard(designation: $designation) {\n      designation\n      kind\n      title { en zh }\n      applicability(on: $on, scope: $scope) {\n        on\n        scope\n        current { designation }\n        versions { status version { designation } modifications { designation } }\n        unknown { designation }\n        successors { designation }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StandardApplicability($designation: String!, $on: Date!, $scope: ApplicabilityScope) {\n    standard(designation: $designation) {\n      designation\n      kind\n      title { en zh }\n      applicability(on: $on, scope: $scope) {\n        on\n        scope\n        current { designation }\n        versions { status version { designation } modifications { designation } }\n        unknown { designation }\n        successors { designation }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VersionLookup($designation: String!, $on: Date!) {\n    version(designation: $designation) {\n      designation\n      type\n      published\n      effective\n      status(on: $on)\n      existing: status(on: $on, scope: EXISTING_TYPES)\n      standard { designation }\n      title { en zh }\n      base { designation }\n      replaces { designation }\n      replacedBy { designation }\n    }\n  }\n"): (typeof documents)["\n  query VersionLookup($designation: String!, $on: Date!) {\n    version(designation: $designation) {\n      designation\n      type\n      published\n      effective\n      status(on: $on)\n      existing: status(on: $on, scope: EXISTING_TYPES)\n      standard { designation }\n      title { en zh }\n      base { designation }\n      replaces { designation }\n      replacedBy { designation }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;