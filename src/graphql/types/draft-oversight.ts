import type { Db } from '../../db/client.ts';
import { isAllowed } from '../../domain/accounts/permissions.ts';
import {
  actAsOfficer,
  actingOfficerCommittees,
  isActingOfficer,
  stopActingAsOfficer,
} from '../../domain/accounts/actingOfficer.ts';
import { draftSubject } from '../../domain/drafts/access.ts';
import { assignStandardCommittee } from '../../domain/drafts/assignStandardCommittee.ts';
import { consentToReplacement } from '../../domain/drafts/consentToReplacement.ts';
import { type ReplacementConsent, replacementConsentsOf } from '../../domain/drafts/planChecks.ts';
import { builder } from '../builder.ts';
import { Committee } from './committee.ts';
import { Draft } from './draft.ts';
import { Person } from './person.ts';
import { Standard } from './standard.ts';
import { StandardVersion } from './version.ts';

// Oversight of committee work: consents to replace another committee's versions, the committee
// responsible for a standard, and an administrator's acting officer role.

const versionById = (db: Db, id: number) => db.query.versions.findFirst({ where: { id } }).sync()!;

const ReplacementConsentRef = builder.objectRef<ReplacementConsent>('ReplacementConsent').implement({
  description:
    "A version of another committee's standard (or of one with no committee) that the draft will replace: " +
    "publication waits for that committee's consent (`consentToReplacement`).",
  fields: (t) => ({
    version: t.field({
      type: StandardVersion,
      description: 'The version to be replaced.',
      resolve: (r, _a, ctx) => versionById(ctx.db, r.versionId),
    }),
    committee: t.field({
      type: Committee,
      nullable: true,
      description: "The committee whose officers consent; null when the standard has none (an administrator's).",
      resolve: (r, _a, ctx) =>
        r.committeeId === null ? null : ctx.db.query.committees.findFirst({ where: { id: r.committeeId } }).sync()!,
    }),
    consented: t.boolean({ description: 'The consent has been given.', resolve: (r) => r.consent !== null }),
    consentedBy: t.field({
      type: Person,
      nullable: true,
      description: 'Who consented; null until then.',
      resolve: (r, _a, ctx) =>
        r.consent === null ? null : ctx.db.query.people.findFirst({ where: { id: r.consent.personId } }).sync()!,
    }),
    asAdministrator: t.boolean({
      nullable: true,
      description: "The consent was an administrator's rather than an officer's of the committee; null until given.",
      resolve: (r) => r.consent?.asAdministrator ?? null,
    }),
    consentedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the consent was given; null until then.',
      resolve: (r) => r.consent?.at ?? null,
    }),
  }),
});

builder.objectField(Draft, 'replacementConsents', (t) =>
  t.field({
    type: [ReplacementConsentRef],
    description:
      "The replaced versions that belong to another committee (or to none), each with that committee's consent " +
      'once given; `publishDraft` answers CONSENT_REQUIRED while any is missing.',
    resolve: (draft, _a, ctx) => replacementConsentsOf(ctx.db, [draft.id]).get(draft.id) ?? [],
  }),
);

builder.relayMutationField(
  'consentToReplacement',
  {
    description: "A committee's consent that another committee's draft replaces one of its versions.",
    inputFields: (t) => ({
      draftId: t.globalID({ required: true, for: Draft, description: 'The draft that will replace the version.' }),
      versionId: t.globalID({ required: true, for: StandardVersion, description: 'The version it will replace.' }),
    }),
  },
  {
    description:
      'Consents, as an officer of the committee responsible for the version (or as an administrator), that the ' +
      'draft replaces it. Recorded on the draft.',
    resolve: (_root, { input }, ctx) => {
      const versionId = Number(input.versionId.id);
      const draftId = consentToReplacement({ ctx, input: { draftId: Number(input.draftId.id), versionId } });
      return { draftId, versionId };
    },
  },
  {
    outputFields: (t) => ({
      draft: t.field({
        type: Draft,
        nullable: true,
        description: 'The draft, with its `replacementConsents`; null for a consenting officer who may not read it.',
        resolve: (r, _a, ctx) => {
          const draft = ctx.db.query.drafts.findFirst({ where: { id: r.draftId } }).sync()!;
          return isAllowed(ctx.viewer, 'draft.read', draftSubject(draft)) ? draft : null;
        },
      }),
      version: t.field({
        type: StandardVersion,
        description: 'The version consented to be replaced.',
        resolve: (r, _a, ctx) => versionById(ctx.db, r.versionId),
      }),
    }),
  },
);

builder.relayMutationField(
  'assignStandardCommittee',
  {
    description: 'The committee to make responsible for a standard.',
    inputFields: (t) => ({
      standardId: t.globalID({ required: true, for: Standard, description: 'The standard.' }),
      committeeId: t.globalID({ required: true, for: Committee, description: 'The committee to be responsible.' }),
    }),
  },
  {
    description:
      'Makes a committee responsible for a standard (administrators): only it may then propose drafts revising it.',
    resolve: (_root, { input }, ctx) => ({
      standardId: assignStandardCommittee({
        ctx,
        input: { standardId: Number(input.standardId.id), committeeId: Number(input.committeeId.id) },
      }),
    }),
  },
  {
    outputFields: (t) => ({
      standard: t.field({
        type: Standard,
        description: 'The standard, with its committee.',
        resolve: (r, _a, ctx) => ctx.db.query.standards.findFirst({ where: { id: r.standardId } }).sync()!,
      }),
    }),
  },
);

const committeeById = (db: Db, id: number) => db.query.committees.findFirst({ where: { id } }).sync()!;

// Read from the table, not the viewer loaded with the request: a mutation's payload shows the role it changed.
builder.objectField(Committee, 'viewerActsAsOfficer', (t) =>
  t.boolean({
    description:
      'True while the viewer, an administrator, holds the acting officer role in this committee (`actAsOfficer` ' +
      'until `stopActingAsOfficer`); false for everyone else.',
    resolve: (committee, _a, ctx) =>
      ctx.viewer?.isAdmin === true && isActingOfficer(ctx.db, ctx.viewer.personId, committee.id),
  }),
);

builder.objectField(Person, 'actingOfficerOf', (t) =>
  t.field({
    type: [Committee],
    nullable: true,
    description:
      'The committees this person, an administrator, acts in as an officer now (`actAsOfficer`), by code; empty ' +
      'for anyone else. Null unless the caller is the person or an administrator.',
    resolve: (person, _a, ctx) => {
      const ids = actingOfficerCommittees(ctx, person);
      if (ids === null) return null;
      if (ids.length === 0) return [];
      return ctx.db.query.committees.findMany({ where: { id: { in: ids } }, orderBy: { code: 'asc' } }).sync();
    },
  }),
);

builder.relayMutationField(
  'actAsOfficer',
  {
    description: 'The committee to act in as an officer, and why.',
    inputFields: (t) => ({
      committeeId: t.globalID({ required: true, for: Committee, description: 'The committee.' }),
      reason: t.string({ required: true, description: 'Why an administrator acts for its officers (recorded).' }),
    }),
  },
  {
    description:
      "An administrator takes an officer's powers in one committee (moving, revising, publishing drafts, " +
      'dispositions, ballots) until `stopActingAsOfficer`; recorded with the reason in the committee history.',
    resolve: (_root, { input }, ctx) => {
      const committeeId = Number(input.committeeId.id);
      actAsOfficer({ ctx, input: { committeeId, reason: input.reason } });
      return { committeeId };
    },
  },
  {
    outputFields: (t) => ({
      committee: t.field({
        type: Committee,
        description: 'The committee.',
        resolve: (r, _a, ctx) => committeeById(ctx.db, r.committeeId),
      }),
    }),
  },
);

builder.relayMutationField(
  'stopActingAsOfficer',
  {
    description: "The administrator's acting officer role to end.",
    inputFields: (t) => ({
      committeeId: t.globalID({ required: true, for: Committee, description: 'The committee.' }),
      personId: t.globalID({ for: Person, description: 'The administrator acting; default the caller.' }),
      reason: t.string({ description: 'Why it ends (recorded).' }),
    }),
  },
  {
    description: "Ends an administrator's acting officer role in a committee (administrators).",
    resolve: (_root, { input }, ctx) => {
      const committeeId = Number(input.committeeId.id);
      stopActingAsOfficer({
        ctx,
        input: { committeeId, personId: input.personId ? Number(input.personId.id) : null, reason: input.reason },
      });
      return { committeeId };
    },
  },
  {
    outputFields: (t) => ({
      committee: t.field({
        type: Committee,
        description: 'The committee.',
        resolve: (r, _a, ctx) => committeeById(ctx.db, r.committeeId),
      }),
    }),
  },
);
