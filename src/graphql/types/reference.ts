import { builder } from '../builder.ts';
import { AdoptionDegreeEnum, ReferenceKindEnum } from './enums.ts';

export const VersionReference = builder.drizzleObject('versionReferences', {
  name: 'VersionReference',
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
    citingVersion: t.relation('version', {
      description: 'The version that cites or adopts the document (read `citedBy` the other way).',
    }),
    version: t.relation('targetVersion', {
      nullable: true,
      description: 'The cited version, when the reference is dated and the registry holds it.',
    }),
    standard: t.relation('targetStandard', {
      nullable: true,
      description: 'The cited standard, when the reference is undated and the registry holds it.',
    }),
  }),
});
