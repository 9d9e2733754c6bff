/** The `totalCount` a connection's resolver returned beside its page (Pothos types the page only). */
export function totalCountOf(connection: object): number {
  return (connection as { totalCount: number }).totalCount;
}
