/**
 * Pothos's offset and array connections give an empty page cursors that point outside the list
 * (`OffsetConnection:-1` for `first: 0`, or past the end); by the Relay convention, which every
 * other connection here follows, an empty page has no cursors.
 */
export function withoutEmptyPageCursors<C extends { edges: readonly unknown[]; pageInfo: object }>(connection: C): C {
  if (connection.edges.length > 0) return connection;
  return { ...connection, pageInfo: { ...connection.pageInfo, startCursor: null, endCursor: null } };
}
