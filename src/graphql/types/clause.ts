import { builder } from '../builder.ts';

export const Clause = builder.drizzleObject('clauses', {
  name: 'Clause',
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
    children: t.relation('children', {
      description: 'Sub-clauses, in the printed order.',
      query: { orderBy: { position: 'asc' } },
    }),
  }),
});
