import { compareVersions, type VersionComparison } from '../../domain/compare/compareVersions.ts';
import { CLAUSE_MATCHES, type ClausePair } from '../../domain/compare/matchClauses.ts';
import { DIFF_KINDS, type DiffSegment } from '../../domain/compare/wordDiff.ts';
import type { ObjectRef } from '@pothos/core';
import { builder, type SchemaTypes } from '../builder.ts';
import { Clause } from './clause.ts';
import { enumOf } from './enum-of.ts';
import { StandardVersion } from './version.ts';

const DiffKindEnum = enumOf('DiffKind', 'What happened to a piece of text between two versions.', DIFF_KINDS, {
  EQUAL: 'Unchanged.',
  INSERTED: 'Only in the later text.',
  DELETED: 'Only in the earlier text.',
});

export const ClauseMatchEnum = enumOf(
  'ClauseMatch',
  'How a clause of one version was paired with a clause of the other.',
  CLAUSE_MATCHES,
  {
    NUMBER: 'Same clause number.',
    HEADING: 'Same heading under another number: the clause moved.',
  },
);

export const DiffSegmentRef = builder.objectRef<DiffSegment>('DiffSegment').implement({
  description:
    'A run of words of a word-level diff. The EQUAL and DELETED segments, in order, spell the earlier text; the ' +
    'EQUAL and INSERTED ones the later. Chinese and Japanese characters count as words of their own.',
  fields: (t) => ({
    kind: t.expose('kind', { type: DiffKindEnum, description: 'Unchanged, inserted or deleted.' }),
    text: t.exposeString('text', { description: 'The text of the run, white space included.' }),
  }),
});

type ClauseRow = VersionComparison['added'][number];

/**
 * A clause in both compared texts that differs, for versions (`ClauseChange`) and draft revisions
 * (`RevisionClauseChange`): the same fields, over each one's clause type.
 */
export function clauseChangeRef<Row>(
  name: string,
  clause: ObjectRef<PothosSchemaTypes.ExtendDefaultTypes<SchemaTypes>, Row | { $pothosQueryFor?: unknown }>,
  compared: 'version' | 'revision',
) {
  // Pothos cannot match a resolver's result with a type parameter's shape; Row is the clause ref's own.
  const side = (pair: ClausePair<Row>, which: 'before' | 'after') => pair[which] as never;
  const inBoth = `present in both ${compared}s`;
  return builder.objectRef<ClausePair<Row>>(name).implement({
    description: `A clause ${inBoth} that differs: reworded, renumbered (moved), or made (in)formative.`,
    fields: (t) => ({
      before: t.field({
        type: clause,
        description: `The clause in the \`from\` ${compared}.`,
        resolve: (c) => side(c, 'before'),
      }),
      after: t.field({
        type: clause,
        description: `The clause in the \`to\` ${compared}.`,
        resolve: (c) => side(c, 'after'),
      }),
      matchedBy: t.expose('matchedBy', { type: ClauseMatchEnum, description: 'How the two were paired.' }),
      moved: t.exposeBoolean('moved', { description: 'True when the clause number changed.' }),
      informativeChanged: t.exposeBoolean('informativeChanged', {
        description: 'True when it changed between normative and informative.',
      }),
      headingDiff: t.field({
        type: [DiffSegmentRef],
        description: 'Word diff of the heading.',
        resolve: (c) => c.headingDiff,
      }),
      textDiff: t.field({
        type: [DiffSegmentRef],
        description: 'Word diff of the body text.',
        resolve: (c) => c.textDiff,
      }),
    }),
  });
}

const ClauseChangeRef = clauseChangeRef<ClauseRow>('ClauseChange', Clause, 'version');

const VersionComparisonRef = builder.objectRef<VersionComparison>('VersionComparison').implement({
  description:
    'What changed between two versions. Clauses (at every level) are paired by number and heading; a heading ' +
    'found under another number is a moved clause; a number kept with a reworded heading is the same clause ' +
    'changed in place.',
  fields: (t) => ({
    from: t.field({
      type: StandardVersion,
      description: 'The earlier version compared (as asked).',
      resolve: (c) => c.from,
    }),
    to: t.field({
      type: StandardVersion,
      description: 'The later version compared (as asked).',
      resolve: (c) => c.to,
    }),
    added: t.field({
      type: [Clause],
      description: 'Clauses only in `to`, in printed order.',
      resolve: (c) => c.added,
    }),
    removed: t.field({
      type: [Clause],
      description: 'Clauses only in `from`, in printed order.',
      resolve: (c) => c.removed,
    }),
    changed: t.field({
      type: [ClauseChangeRef],
      description: 'Clauses in both that differ, in the printed order of `to`.',
      resolve: (c) => c.changed,
    }),
    textCompared: t.exposeBoolean('textCompared', {
      description:
        'True when the registry holds clause text for both versions. When false, `added`, `removed` and ' +
        '`changed` are empty and `unchangedCount` is 0: they say nothing about what changed.',
    }),
    unchangedCount: t.int({
      description: 'How many clauses are identical in both (same number, heading, text).',
      resolve: (c) => c.unchanged,
    }),
    replacesChain: t.field({
      type: [StandardVersion],
      description:
        'The versions linking the two through "replaces", oldest first, both included (e.g. 2015 → 2020 → 2024 ' +
        'edition), whichever was asked as `from`; empty when neither replaces the other, directly or through ' +
        'others.',
      resolve: (c) => c.replacesChain,
    }),
  }),
});

builder.queryFields((t) => ({
  compareVersions: t.field({
    type: VersionComparisonRef,
    nullable: true,
    description:
      'Compares two versions by full designation (ignoring case and spacing): clauses added, removed and changed ' +
      'with a word diff, and the replacement chain between them. Null when either designation is unknown.',
    args: {
      from: t.arg.string({ required: true, description: 'The earlier version, e.g. `GB 38031-2020`.' }),
      to: t.arg.string({ required: true, description: 'The later version, e.g. `GB 38031-2025`.' }),
    },
    resolve: (_root, args, ctx) => compareVersions({ ctx, input: { from: args.from, to: args.to } }),
  }),
}));
