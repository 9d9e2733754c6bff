import { catalogueLoaders } from '../../catalogue/loaders.ts';
import type { ClauseNode, ClauseRow } from '../../catalogue/rows.ts';
import { builder } from '../builder.ts';

/** A clause row, with its sub-clauses when it was read as part of its version's tree. */
type ClauseShape = ClauseRow & { children?: ClauseNode[] };

export const Clause = builder.objectRef<ClauseShape>('Clause');

/** The clause's place in its version's tree (the whole tree is one statement for a page of versions). */
async function childrenOf(clause: ClauseShape, ctx: Parameters<typeof catalogueLoaders>[0]): Promise<ClauseNode[]> {
  if (clause.children) return clause.children;
  const pending = [...(await catalogueLoaders(ctx).clauseTrees.load(clause.versionId))];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (node.id === clause.id) return node.children;
    pending.push(...node.children);
  }
  return [];
}

Clause.implement({
  description: "A numbered clause of a version's text (e.g. `5.2.3`), with its sub-clauses.",
  fields: (t) => ({
    number: t.exposeString('number', { description: 'The clause number as printed, e.g. `5.2.3` or `A.1`.' }),
    heading: t.exposeString('heading', { description: 'The clause heading.' }),
    text: t.exposeString('text', {
      nullable: true,
      description: "The body text, where the publisher's terms allow storing it.",
    }),
    informative: t.exposeBoolean('informative', {
      description: 'True for an informative clause; false for a normative one.',
    }),
    children: t.field({
      type: [Clause],
      description: 'Sub-clauses, in the printed order.',
      resolve: (clause, _args, ctx) => childrenOf(clause, ctx),
    }),
  }),
});
