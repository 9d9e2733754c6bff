/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** What a search hit is. */
export type SearchHitKind =
  /** A clause of a version's text, matched by its number, heading or text. */
  | 'CLAUSE'
  /** A standard, matched by its designation or title. */
  | 'STANDARD'
  /** A version, matched by its full designation or its own title. */
  | 'VERSION';

export type WebSearchQueryVariables = Exact<{
  query: string;
}>;


export type WebSearchQuery = { search: { totalCount: number, edges: Array<{ cursor: string, node: { kind: SearchHitKind, standard: { designation: string, title: { en: string, zh: string | null } }, version: { designation: string } | null } }> } };

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
    query WebSearch($query: String!) {
  search(query: $query, first: 20) {
    totalCount
    edges {
      cursor
      node {
        kind
        standard {
          designation
          title {
            en
            zh
          }
        }
        version {
          designation
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebSearchQuery, WebSearchQueryVariables>;