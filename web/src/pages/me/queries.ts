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
        standard { id designation title { en zh } }
        committee { id code name { en zh } }
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

export const UnfollowStandardDoc = graphql(`
  mutation WebUnfollowStandard($input: UnfollowStandardInput!) { unfollowStandard(input: $input) { unfollowed } }
`);

export const UnfollowCommitteeDoc = graphql(`
  mutation WebUnfollowCommittee($input: UnfollowCommitteeInput!) { unfollowCommittee(input: $input) { unfollowed } }
`);

export const UnfollowHorizonFilterDoc = graphql(`
  mutation WebUnfollowHorizonFilter($input: UnfollowHorizonFilterInput!) {
    unfollowHorizonFilter(input: $input) { unfollowed }
  }
`);

export const CreateWebhookDoc = graphql(`
  mutation WebCreateWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { secret webhook { id url } } }
`);

export const DeleteWebhookDoc = graphql(`
  mutation WebDeleteWebhook($input: DeleteWebhookInput!) { deleteWebhook(input: $input) { deleted } }
`);
