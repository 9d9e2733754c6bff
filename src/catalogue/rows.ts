import type { clauses, committees, standards, versionReferences, versions } from '../db/tables.ts';

// The rows the catalogue's GraphQL types are drawn from: whole rows of their tables.

export type StandardRow = typeof standards.$inferSelect;
export type VersionRow = typeof versions.$inferSelect;
export type CommitteeRow = typeof committees.$inferSelect;
export type ReferenceRow = typeof versionReferences.$inferSelect;
export type ClauseRow = typeof clauses.$inferSelect;
/** A clause with its sub-clauses, in printed order. */
export type ClauseNode = ClauseRow & { children: ClauseNode[] };
