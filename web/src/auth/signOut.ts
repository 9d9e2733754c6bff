import { graphql } from '../gql/index.ts';

/** Ends this session (or, `everywhere`, every session of the person); the registry clears the cookie. */
export const SignOutDoc = graphql(`
  mutation WebSignOut($input: SignOutInput!) { signOut(input: $input) { sessionsEnded } }
`);
