import type { CommitteeRole } from '../../gql/graphql.ts';

/** The roles an administrator may give, officers first. */
export const ROLES: readonly CommitteeRole[] = ['CHAIR', 'SECRETARY', 'MEMBER', 'OBSERVER'];
