import { compareDraftRevisions, type RevisionComparison } from '../../domain/drafts/compareDraftRevisions.ts';
import type { RevisionClauseRow } from '../../domain/drafts/revisionChanges.ts';
import { builder } from '../builder.ts';
import { clauseChangeRef } from './compare.ts';
import { Draft } from './draft.ts';
import { DraftRevision, RevisionClause } from './revision.ts';

// Two revisions of a draft compared with the same pairing and word diff as two versions (compareVersions).

const RevisionClauseChange = clauseChangeRef<RevisionClauseRow>('RevisionClauseChange', RevisionClause, 'revision');

const RevisionComparisonRef = builder.objectRef<RevisionComparison>('RevisionComparison').implement({
  description:
    'What changed between two revisions of a draft, paired as `compareVersions` pairs two versions: clauses (at ' +
    'every level) by number and heading; a heading found under another number is a moved clause.',
  fields: (t) => ({
    from: t.field({
      type: DraftRevision,
      description: 'The revision compared from (as asked).',
      resolve: (c) => c.from,
    }),
    to: t.field({ type: DraftRevision, description: 'The revision compared to (as asked).', resolve: (c) => c.to }),
    added: t.field({
      type: [RevisionClause],
      description: 'Clauses only in `to`, in printed order.',
      resolve: (c) => c.added,
    }),
    removed: t.field({
      type: [RevisionClause],
      description: 'Clauses only in `from`, in printed order.',
      resolve: (c) => c.removed,
    }),
    changed: t.field({
      type: [RevisionClauseChange],
      description: 'Clauses in both that differ, in the printed order of `to`.',
      resolve: (c) => c.changed,
    }),
    unchangedCount: t.int({
      description: 'How many clauses are identical in both (same number, heading, text).',
      resolve: (c) => c.unchanged,
    }),
  }),
});

builder.drizzleObjectFields(Draft, (t) => ({
  compareRevisions: t.field({
    type: RevisionComparisonRef,
    nullable: true,
    description:
      'Compares any two revisions of the draft by number (e.g. 1 and 3): clauses added, removed and changed, ' +
      'with a word diff. Null when either number is not a revision of this draft.',
    args: {
      from: t.arg.int({ required: true, description: 'The revision compared from, usually the older.' }),
      to: t.arg.int({ required: true, description: 'The revision compared to, usually the newer.' }),
    },
    select: { columns: { id: true } },
    resolve: (draft, args, ctx) => compareDraftRevisions(ctx.db, { draftId: draft.id, from: args.from, to: args.to }),
  }),
}));
