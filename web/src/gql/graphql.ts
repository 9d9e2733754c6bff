/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Whom the applicability question is about. */
export type ApplicabilityScope =
  /** Types approved before, e.g. for extensions or conformity of production. */
  | 'EXISTING_TYPES'
  /** New type approvals (the default). */
  | 'NEW_TYPES';

/** The text a snippet is taken from. */
export type SearchField =
  /** The designation. */
  | 'DESIGNATION'
  /** The clause number and heading. */
  | 'HEADING'
  /** The clause text. */
  | 'TEXT'
  /** The English title. */
  | 'TITLE_EN'
  /** The Chinese title. */
  | 'TITLE_ZH';

/** What a search hit is. */
export type SearchHitKind =
  /** A clause of a version's text, matched by its number, heading or text. */
  | 'CLAUSE'
  /** A standard, matched by its designation or title. */
  | 'STANDARD'
  /** A version, matched by its full designation or its own title. */
  | 'VERSION';

/** The status of a version on a date for a scope; computed for the date, never stored. */
export type VersionStatus =
  /** Applies, and nothing that replaces it has taken effect. */
  | 'IN_FORCE'
  /** Still applies, but a replacement has taken effect and its cut-off for the scope is ahead (or, for existing types, there is none). */
  | 'IN_TRANSITION'
  /** Stopped applying: a replacement reached its cut-off for the scope. */
  | 'SUPERSEDED'
  /** The record cannot decide (dates unknown or of reduced precision); never a guess. */
  | 'UNKNOWN'
  /** Has not taken effect yet on the date. */
  | 'UPCOMING'
  /** Stopped applying on its withdrawal date (wins over SUPERSEDED). */
  | 'WITHDRAWN';

export type WebSearchQueryVariables = Exact<{
  query: string;
  on: string;
  scope?: ApplicabilityScope | null | undefined;
  after?: string | null | undefined;
}>;


export type WebSearchQuery = { search: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { kind: SearchHitKind, status: VersionStatus | null, standard: { id: string, designation: string, title: { en: string, zh: string | null } }, version: { designation: string } | null, clause: { number: string } | null, snippet: { field: SearchField, parts: Array<{ match: boolean, text: string }> }, replacedBy: Array<{ status: VersionStatus, version: { designation: string, standard: { designation: string } } }> } }> } };

export type WebSearchApplicabilityQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
  on: string;
  scope?: ApplicabilityScope | null | undefined;
}>;


export type WebSearchApplicabilityQuery = { nodes: Array<
    | { id: string, applicability: { on: string, scope: ApplicabilityScope, versions: Array<{ status: VersionStatus, version: { designation: string } }> } }
    | Record<PropertyKey, never>
   | null> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const WebSearchDocument = new TypedDocumentString(`
    query WebSearch($query: String!, $on: Date!, $scope: ApplicabilityScope, $after: String) {
  search(query: $query, on: $on, scope: $scope, first: 20, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        kind
        status
        standard {
          id
          designation
          title {
            en
            zh
          }
        }
        version {
          designation
        }
        clause {
          number
        }
        snippet {
          field
          parts {
            match
            text
          }
        }
        replacedBy {
          status
          version {
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
    `) as unknown as TypedDocumentString<WebSearchQuery, WebSearchQueryVariables>;
export const WebSearchApplicabilityDocument = new TypedDocumentString(`
    query WebSearchApplicability($ids: [ID!]!, $on: Date!, $scope: ApplicabilityScope) {
  nodes(ids: $ids) {
    ... on Standard {
      id
      applicability(on: $on, scope: $scope) {
        on
        scope
        versions {
          status
          version {
            designation
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebSearchApplicabilityQuery, WebSearchApplicabilityQueryVariables>;