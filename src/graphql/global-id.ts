import { decodeGlobalID as decodeRelayGlobalID } from '@pothos/plugin-relay';
import type { Context } from '../context.ts';
import { personSubject } from '../domain/accounts/access.ts';
import { isAllowed } from '../domain/accounts/permissions.ts';
import { DomainError } from '../domain/errors.ts';

const ROW_ID = /^[1-9]\d{0,14}$/u; // at most 15 digits: below Number.MAX_SAFE_INTEGER

/**
 * Global IDs are base64 of `Type:rowId`, the row id written as the registry writes it (a positive
 * integer, no sign, leading zero or exponent); anything else is a client error with a stable code.
 * Being strict here, where every ID argument is decoded, keeps `Draft:01` or `Draft:1e0` from
 * reading as draft 1 in one place and as nothing in another.
 */
export function decodeGlobalID(globalID: string): { typename: string; id: string } {
  try {
    const decoded = decodeRelayGlobalID(globalID);
    if (decoded.typename && ROW_ID.test(decoded.id)) return decoded;
  } catch {
    // fall through to the coded error below
  }
  throw new DomainError(
    'INVALID_INPUT',
    `Not a global ID of this registry: ${JSON.stringify(globalID.slice(0, 100))}.`,
  );
}

/** The `node(id:)` answer is null, not an error, for a well-formed ID whose row does not exist. */
export async function resolveNodeOrNull(
  id: { typename: string; id: string },
  resolveNode: (id: { typename: string; id: string }) => unknown,
  nodeTypes: ReadonlySet<string>,
): Promise<unknown> {
  if (!nodeTypes.has(id.typename)) return null;
  try {
    return await resolveNode(id);
  } catch (error) {
    // The drizzle plugin's node loader rejects with "Model <table>(<id>) not found".
    if (error instanceof Error && /^Model \w+\(.*\) not found$/u.test(error.message)) return null;
    throw error;
  }
}

/**
 * People are looked up by ID only by those `person.read` allows (the answer is null otherwise, as
 * for an ID with no row), so signed-in callers cannot list everyone by counting IDs.
 */
export function mayLookUp(ctx: Pick<Context, 'db' | 'viewer'>, id: { typename: string; id: string }): boolean {
  if (id.typename !== 'Person') return true;
  return ctx.viewer !== null && isAllowed(ctx.viewer, 'person.read', personSubject(ctx.db, Number(id.id)));
}
