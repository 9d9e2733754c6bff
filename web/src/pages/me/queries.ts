import { graphql } from '../../gql/index.ts';
import type { WebMeQuery } from '../../gql/graphql.ts';

export const MeDoc = graphql(`
  query WebMe {
    viewer {
      id name email organisation isAdmin hasPassword
      memberships { role memberBody headOfDelegation since committee { code name { en zh } } }
      tokens { id name createdAt lastUsedAt revokedAt }
      sessions { id createdAt lastSeenAt endsAt userAgent current }
      watching {
        id name since
        standard { designation title { en zh } }
        committee { code name { en zh } }
        horizonFilter { committee kinds standards text }
      }
      webhooks { id url enabled kinds disabledAt disabledReason failingSince }
    }
  }
`);

export type Me = NonNullable<WebMeQuery['viewer']>;

export const CreateTokenDoc = graphql(`
  mutation WebCreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) { secret token { id name } }
  }
`);

export const RevokeTokenDoc = graphql(`
  mutation WebRevokeApiToken($input: RevokeApiTokenInput!) { revokeApiToken(input: $input) { revoked } }
`);

export const RevokeSessionDoc = graphql(`
  mutation WebRevokeSession($input: RevokeSessionInput!) { revokeSession(input: $input) { revoked } }
`);

export const ChangePasswordDoc = graphql(`
  mutation WebChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { changed } }
`);
