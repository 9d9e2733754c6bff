import { catalogueLoaders } from '../../catalogue/loaders.ts';
import type { ReferenceRow } from '../../catalogue/rows.ts';
import { builder } from '../builder.ts';
import { AdoptionDegreeEnum, ReferenceKindEnum } from './enums.ts';
import { StandardRef, StandardVersionRef } from './catalogue-refs.ts';

export const VersionReference = builder.objectRef<ReferenceRow>('VersionReference').implement({
  description:
    'A document a version cites or adopts, named as the printed text names it: a dated reference names a ' +
    'version, an undated one a standard. The target need not be in the registry.',
  fields: (t) => ({
    kind: t.expose('kind', {
      type: ReferenceKindEnum,
      description: 'Normative or informative reference, or adoption.',
    }),
    designation: t.exposeString('targetDesignation', {
      description: 'The designation as cited, e.g. `ISO 6469-3:2021` or `GB/T 19596`.',
    }),
    degree: t.expose('degree', {
      type: AdoptionDegreeEnum,
      nullable: true,
      description: 'For an adoption, its degree; otherwise null.',
    }),
    citingVersion: t.field({
      type: StandardVersionRef,
      description: 'The version that cites or adopts the document (read `citedBy` the other way).',
      resolve: async (reference, _args, ctx) => (await catalogueLoaders(ctx).versionById.load(reference.versionId))!,
    }),
    // References name their target by designation key: these resolve it when the registry holds it.
    version: t.field({
      type: StandardVersionRef,
      nullable: true,
      description: 'The cited version, when the reference is dated and the registry holds it.',
      resolve: async (reference, _args, ctx) =>
        (await catalogueLoaders(ctx).versionByKey.load(reference.targetKey)) ?? null,
    }),
    standard: t.field({
      type: StandardRef,
      nullable: true,
      description: 'The cited standard, when the reference is undated and the registry holds it.',
      resolve: async (reference, _args, ctx) =>
        (await catalogueLoaders(ctx).standardByKey.load(reference.targetKey)) ?? null,
    }),
  }),
});
