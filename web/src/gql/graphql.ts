/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Degree of correspondence of an adoption (ISO/IEC Guide 21-1). */
export type AdoptionDegree =
  /** Identical. */
  | 'IDT'
  /** Modified. */
  | 'MOD'
  /** Not equivalent. */
  | 'NEQ';

/** Whom the applicability question is about. */
export type ApplicabilityScope =
  /** Types approved before, e.g. for extensions or conformity of production. */
  | 'EXISTING_TYPES'
  /** New type approvals (the default). */
  | 'NEW_TYPES';

/** How a version relates to the document it names. */
export type ReferenceKind =
  /** The version adopts the named document (e.g. a GB/T adopting an ISO standard), with a degree. */
  | 'ADOPTS'
  /** Cited for information only. */
  | 'INFORMATIVE_REFERENCE'
  /** Cited as indispensable for applying the version. */
  | 'NORMATIVE_REFERENCE';

/** What a search hit is. */
export type SearchHitKind =
  /** A clause of a version's text, matched by its number, heading or text. */
  | 'CLAUSE'
  /** A standard, matched by its designation or title. */
  | 'STANDARD'
  /** A version, matched by its full designation or its own title. */
  | 'VERSION';

/** The family a standard belongs to, which decides how it is designated and whether it is mandatory. */
export type StandardKind =
  /** Chinese mandatory national standard (GB). */
  | 'GB'
  /** Chinese recommended national standard (GB/T). */
  | 'GB_T'
  /** ISO (or ISO/IEC, ISO/SAE) international standard. */
  | 'ISO'
  /** Any other publisher. */
  | 'OTHER'
  /** SAE International standard. */
  | 'SAE'
  /** UNECE WP.29 UN Regulation. */
  | 'UN_R';

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

/** What kind of text a version is: a base text, or a modification of one. */
export type VersionType =
  /** An amendment (ISO Amd, GB 修改单); modifies its base and never replaces it. */
  | 'AMENDMENT'
  /** A correction of its base; never replaces it. */
  | 'CORRIGENDUM'
  /** A base text identified by year (GB, ISO, SAE editions). */
  | 'EDITION'
  /** A UN Regulation series of amendments: a base text; series run in parallel. */
  | 'SERIES'
  /** A UN supplement to a series; modifies its base and never replaces it. */
  | 'SUPPLEMENT';

export type WebSearchQueryVariables = Exact<{
  query: string;
}>;


export type WebSearchQuery = { search: { totalCount: number, edges: Array<{ cursor: string, node: { kind: SearchHitKind, standard: { designation: string, title: { en: string, zh: string | null } }, version: { designation: string } | null } }> } };

export type WebStandardQueryVariables = Exact<{
  designation: string;
}>;


export type WebStandardQuery = { standard: { id: string, designation: string, kind: StandardKind, publisher: string, title: { en: string, zh: string | null }, committee: { code: string, name: { en: string, zh: string | null } } | null, versions: { totalCount: number, edges: Array<{ node: { id: string, designation: string, type: VersionType, published: string | null, effective: string | null, mandatoryNewTypes: string | null, mandatoryExistingTypes: string | null, withdrawn: string | null, base: { designation: string } | null, replaces: Array<{ designation: string, standard: { designation: string } }>, replacedBy: Array<{ designation: string, published: string | null, effective: string | null, mandatoryNewTypes: string | null, mandatoryExistingTypes: string | null, standard: { designation: string } }> } }> }, citedBy: { totalCount: number, edges: Array<{ node: { kind: ReferenceKind, degree: AdoptionDegree | null, citingVersion: { designation: string, standard: { designation: string } } } }> } } | null };

export type WebStandardApplicabilityQueryVariables = Exact<{
  designation: string;
  on: string;
  scope: ApplicabilityScope;
}>;


export type WebStandardApplicabilityQuery = { standard: { id: string, applicability: { on: string, scope: ApplicabilityScope, current: { designation: string } | null, versions: Array<{ status: VersionStatus, mandatory: boolean | null, version: { designation: string }, modifications: Array<{ designation: string }> }>, unknown: Array<{ designation: string, published: string | null, effective: string | null }>, successors: Array<{ designation: string, standard: { designation: string } }> }, versions: { edges: Array<{ node: { designation: string, status: VersionStatus } }> } } | null };

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
export const WebStandardDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<WebStandardQuery, WebStandardQueryVariables>;
export const WebStandardApplicabilityDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<WebStandardApplicabilityQuery, WebStandardApplicabilityQueryVariables>;