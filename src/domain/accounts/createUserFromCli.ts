import type { Db } from '../../db/types.ts';
import { parseInput } from '../verb.ts';
import { insertApiToken } from './createApiToken.ts';
import { insertPerson, personInput, type PersonInput } from './createPerson.ts';

/**
 * The operator's bootstrap: records a person (typically the first administrator) and a token for
 * them, in one transaction. Only the CLI calls this: whoever can run it can already read the
 * database file, so there is no viewer to check.
 */
export function createUserFromCli({ db, input, now = new Date() }: { db: Db; input: PersonInput; now?: Date }) {
  const data = parseInput(personInput, input);
  const at = now.toISOString();
  return db.transaction(
    (tx) => {
      const personId = insertPerson(tx, data, at, null);
      const token = insertApiToken(tx, personId, 'created by the command line', at, null);
      return { personId, tokenId: token.id, secret: token.secret };
    },
    { behavior: 'immediate' },
  );
}
