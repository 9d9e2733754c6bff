import { defineRelations } from 'drizzle-orm';
import * as tables from './schema.ts';

export const relations = defineRelations(tables, (r) => ({
  committees: {
    parent: r.one.committees({ from: r.committees.parentId, to: r.committees.id, alias: 'committee_parent' }),
    children: r.many.committees({ from: r.committees.id, to: r.committees.parentId, alias: 'committee_parent' }),
    standards: r.many.standards({ from: r.committees.id, to: r.standards.committeeId }),
    memberships: r.many.memberships({ from: r.committees.id, to: r.memberships.committeeId }),
    drafts: r.many.drafts({ from: r.committees.id, to: r.drafts.committeeId }),
  },
  standards: {
    committee: r.one.committees({ from: r.standards.committeeId, to: r.committees.id }),
    versions: r.many.versions({ from: r.standards.id, to: r.versions.standardId }),
    history: r.many.events({
      from: r.standards.id,
      to: r.events.entityId,
      where: { entityType: 'Standard' },
      alias: 'standard_history',
    }),
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
    history: r.many.events({
      from: r.versions.id,
      to: r.events.entityId,
      where: { entityType: 'StandardVersion' },
      alias: 'version_history',
    }),
  },
  versionReferences: {
    version: r.one.versions({ from: r.versionReferences.versionId, to: r.versions.id, optional: false }),
    // References name their target by designation; these resolve it when the registry holds it.
    targetVersion: r.one.versions({
      from: r.versionReferences.targetKey,
      to: r.versions.designationKey,
      alias: 'reference_target_version',
    }),
    targetStandard: r.one.standards({
      from: r.versionReferences.targetKey,
      to: r.standards.designationKey,
      alias: 'reference_target_standard',
    }),
  },
  clauses: {
    version: r.one.versions({ from: r.clauses.versionId, to: r.versions.id, optional: false }),
    parent: r.one.clauses({ from: r.clauses.parentId, to: r.clauses.id, alias: 'clause_parent' }),
    children: r.many.clauses({ from: r.clauses.id, to: r.clauses.parentId, alias: 'clause_parent' }),
  },
  people: {
    memberships: r.many.memberships({ from: r.people.id, to: r.memberships.personId }),
    tokens: r.many.apiTokens({ from: r.people.id, to: r.apiTokens.personId }),
  },
  memberships: {
    person: r.one.people({ from: r.memberships.personId, to: r.people.id, optional: false }),
    committee: r.one.committees({ from: r.memberships.committeeId, to: r.committees.id, optional: false }),
  },
  apiTokens: {
    person: r.one.people({ from: r.apiTokens.personId, to: r.people.id, optional: false }),
  },
  drafts: {
    committee: r.one.committees({ from: r.drafts.committeeId, to: r.committees.id, optional: false }),
    leader: r.one.people({ from: r.drafts.leaderId, to: r.people.id, optional: false }),
    standard: r.one.standards({ from: r.drafts.standardId, to: r.standards.id }),
    baseVersion: r.one.versions({ from: r.drafts.baseVersionId, to: r.versions.id, alias: 'draft_base_version' }),
    publishedVersion: r.one.versions({
      from: r.drafts.publishedVersionId,
      to: r.versions.id,
      alias: 'draft_published_version',
    }),
    replaces: r.many.versions({
      from: r.drafts.id.through(r.draftReplaces.draftId),
      to: r.versions.id.through(r.draftReplaces.versionId),
      alias: 'draft_replaces',
    }),
    revisions: r.many.draftRevisions({ from: r.drafts.id, to: r.draftRevisions.draftId }),
    history: r.many.events({
      from: r.drafts.id,
      to: r.events.entityId,
      where: { entityType: 'Draft' },
      alias: 'draft_history',
    }),
    ballots: r.many.ballots({ from: r.drafts.id, to: r.ballots.draftId }),
  },
  draftRevisions: {
    draft: r.one.drafts({ from: r.draftRevisions.draftId, to: r.drafts.id, optional: false }),
    createdBy: r.one.people({ from: r.draftRevisions.createdById, to: r.people.id, optional: false }),
    clauses: r.many.revisionClauses({ from: r.draftRevisions.id, to: r.revisionClauses.revisionId }),
    threads: r.many.commentThreads({ from: r.draftRevisions.id, to: r.commentThreads.revisionId }),
  },
  revisionClauses: {
    revision: r.one.draftRevisions({ from: r.revisionClauses.revisionId, to: r.draftRevisions.id, optional: false }),
    children: r.many.revisionClauses({
      from: r.revisionClauses.id,
      to: r.revisionClauses.parentId,
      alias: 'revision_clause_parent',
    }),
    parent: r.one.revisionClauses({
      from: r.revisionClauses.parentId,
      to: r.revisionClauses.id,
      alias: 'revision_clause_parent',
    }),
  },
  commentThreads: {
    revision: r.one.draftRevisions({ from: r.commentThreads.revisionId, to: r.draftRevisions.id, optional: false }),
    author: r.one.people({ from: r.commentThreads.authorId, to: r.people.id, optional: false, alias: 'thread_author' }),
    disposedBy: r.one.people({ from: r.commentThreads.disposedById, to: r.people.id, alias: 'thread_disposed_by' }),
    replies: r.many.commentReplies({ from: r.commentThreads.id, to: r.commentReplies.threadId }),
  },
  commentReplies: {
    thread: r.one.commentThreads({ from: r.commentReplies.threadId, to: r.commentThreads.id, optional: false }),
    author: r.one.people({ from: r.commentReplies.authorId, to: r.people.id, optional: false }),
  },
  ballots: {
    draft: r.one.drafts({ from: r.ballots.draftId, to: r.drafts.id, optional: false }),
    revision: r.one.draftRevisions({ from: r.ballots.revisionId, to: r.draftRevisions.id, optional: false }),
    votes: r.many.votes({ from: r.ballots.id, to: r.votes.ballotId }),
  },
  votes: {
    ballot: r.one.ballots({ from: r.votes.ballotId, to: r.ballots.id, optional: false }),
    person: r.one.people({ from: r.votes.personId, to: r.people.id, optional: false }),
  },
  events: {
    actor: r.one.people({ from: r.events.actorId, to: r.people.id }),
  },
}));
