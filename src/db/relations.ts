import { defineRelations } from 'drizzle-orm';
import * as tables from './tables.ts';

export const relations = defineRelations(tables, (r) => ({
  committees: {
    parent: r.one.committees({ from: r.committees.parentId, to: r.committees.id, alias: 'committee_parent' }),
    children: r.many.committees({ from: r.committees.id, to: r.committees.parentId, alias: 'committee_parent' }),
    standards: r.many.standards({ from: r.committees.id, to: r.standards.committeeId }),
  },
  standards: {
    committee: r.one.committees({ from: r.standards.committeeId, to: r.committees.id }),
    versions: r.many.versions({ from: r.standards.id, to: r.versions.standardId }),
  },
  versions: {
    standard: r.one.standards({ from: r.versions.standardId, to: r.standards.id, optional: false }),
    base: r.one.versions({ from: r.versions.baseId, to: r.versions.id, alias: 'version_base' }),
    modifications: r.many.versions({ from: r.versions.id, to: r.versions.baseId, alias: 'version_base' }),
    replaces: r.many.versions({
      from: r.versions.id.through(r.versionReplacements.replacingId),
      to: r.versions.id.through(r.versionReplacements.replacedId),
      alias: 'version_replaces',
    }),
    replacedBy: r.many.versions({
      from: r.versions.id.through(r.versionReplacements.replacedId),
      to: r.versions.id.through(r.versionReplacements.replacingId),
      alias: 'version_replaced_by',
    }),
    references: r.many.versionReferences({ from: r.versions.id, to: r.versionReferences.versionId }),
    clauses: r.many.clauses({ from: r.versions.id, to: r.clauses.versionId }),
  },
  versionReferences: {
    version: r.one.versions({ from: r.versionReferences.versionId, to: r.versions.id, optional: false }),
    // References name their target by designation; these resolve it when the registry holds it.
    targetVersion: r.one.versions({ from: r.versionReferences.targetKey, to: r.versions.designationKey, alias: 'reference_target_version' }),
    targetStandard: r.one.standards({ from: r.versionReferences.targetKey, to: r.standards.designationKey, alias: 'reference_target_standard' }),
  },
  clauses: {
    version: r.one.versions({ from: r.clauses.versionId, to: r.versions.id, optional: false }),
    parent: r.one.clauses({ from: r.clauses.parentId, to: r.clauses.id, alias: 'clause_parent' }),
    children: r.many.clauses({ from: r.clauses.id, to: r.clauses.parentId, alias: 'clause_parent' }),
  },
}));
