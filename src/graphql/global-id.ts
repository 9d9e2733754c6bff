import { decodeGlobalID as decodeRelayGlobalID } from '@pothos/plugin-relay';
import { DomainError } from '../domain/errors.ts';

/** Global IDs are base64 of `Type:rowId`; anything else is a client error with a stable code. */
export function decodeGlobalID(globalID: string): { typename: string; id: string } {
  try {
    const decoded = decodeRelayGlobalID(globalID);
    if (decoded.typename && decoded.id) return decoded;
  } catch {
    // fall through to the coded error below
  }
  throw new DomainError('INVALID_INPUT', `Not a global ID of this registry: ${JSON.stringify(globalID.slice(0, 100))}.`);
}

/** The `node(id:)` answer is null, not an error, for a well-formed ID whose row does not exist. */
export async function resolveNodeOrNull(
  id: { typename: string; id: string },
  resolveNode: (id: { typename: string; id: string }) => unknown,
  nodeTypes: ReadonlySet<string>,
): Promise<unknown> {
  if (!nodeTypes.has(id.typename) || !/^[1-9]\d{0,15}$/u.test(id.id)) return null;
  try {
    return await resolveNode(id);
  } catch (error) {
    // The drizzle plugin's node loader rejects with "Model <table>(<id>) not found".
    if (error instanceof Error && /^Model \w+\(.*\) not found$/u.test(error.message)) return null;
    throw error;
  }
}
