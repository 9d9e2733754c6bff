import type { VariablesOf } from '@graphql-typed-document-node/core';
import { beforeEach, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.ts';
import {
  addRevision,
  approvedDraft,
  codeOf,
  committeeRegistry,
  draftInCommittee,
  executeAs,
  moveTo,
  ok,
  readStage,
  runBallot,
  setUpCommittee,
  type Committee,
} from './support/committee.ts';
import { createTestDb } from './support/db.ts';
import { importRegistry, InterchangeValidationError } from '../src/domain/interchange/importRegistry.ts';

const PublishDraft = graphql(`
  mutation PublishDraft($input: PublishDraftInput!) {
    publishDraft(input: $input) {
      draft { stage lockVersion viewerCanMoveTo viewerCanPublish publishedVersion { designation } }
      version {
        designation type published effective mandatoryNewTypes
        standard { designation committee { code } title { en } }
        title { en zh }
        replaces { designation }
        clauses { number heading text informative children { number heading text } }
        history { edges { node { action } } }
      }
    }
  }
`);
const Applicability = graphql(`
  query PublishedApplicability($designation: String!) {
    standard(designation: $designation) {
      before: applicability(on: "2026-12-31") { current { designation } }
      after: applicability(on: "2027-06-01") { current { designation } versions { status version { designation } } }
      existing: applicability(on: "2027-06-01", scope: EXISTING_TYPES) { versions { status version { designation } } }
    }
  }
`);
const ReadyToPublish = graphql(`
  query ReadyToPublish($id: ID!) { draft(id: $id) { viewerCanPublish lockVersion } }
`);

const ReadThenPublish = graphql(`
  mutation ReadThenPublish($publish: PublishDraftInput!, $draft: CreateDraftInput!) {
    first: createDraft(input: $draft) { draft { replaces { designation status(on: "2027-06-01") } } }
    then: publishDraft(input: $publish) { version { replaces { designation status(on: "2027-06-01") } } }
  }
`);

const StandardHistory = graphql(`
  query StandardHistory { standard(designation: "GB 38031") { history { edges { node { action actor { name } } } } } }
`);
const CreateAmendment = graphql(`
  mutation CreateAmendment($input: CreateDraftInput!) { createDraft(input: $input) { draft { id } } }
`);

let c: Committee;
beforeEach(() => {
  c = setUpCommittee(createTestDb().db);
});

const count = (table: string) => c.db.$client.prepare(`select count(*) from ${table}`).pluck().get() as number;

const publishInput = (draftId: string, lockVersion: number) => ({
  draftId,
  lockVersion,
  published: '2026-06',
  effective: '2027-01-01',
  mandatoryNewTypes: '2027-01-01',
});

describe('publishing an approved draft', () => {
  it(
    'creates the version with the approved clause tree and its replacements, and closes the draft, in one ' +
      'transaction',
    async () => {
      const { draftId } = await approvedDraft(c);
      const read = await readStage(c, draftId);
      expect(
        ok(await executeAs(c.app, c.members[0].token, ReadyToPublish, { id: draftId })).draft!.viewerCanPublish,
      ).toBe(false);
      expect(ok(await executeAs(c.app, c.chair.token, ReadyToPublish, { id: draftId })).draft!.viewerCanPublish).toBe(
        true,
      );
      const published = ok(
        await executeAs(c.app, c.chair.token, PublishDraft, { input: publishInput(draftId, read.lockVersion) }),
      ).publishDraft;
      expect(published.draft).toEqual({
        stage: 'PUBLISHED',
        lockVersion: read.lockVersion + 1,
        viewerCanMoveTo: [],
        viewerCanPublish: false,
        publishedVersion: { designation: 'GB 38031-2026' },
      });
      expect(published.version).toEqual({
        designation: 'GB 38031-2026',
        type: 'EDITION',
        published: '2026-06',
        effective: '2027-01-01',
        mandatoryNewTypes: '2027-01-01',
        standard: {
          designation: 'GB 38031',
          committee: { code: 'SAC/TC114/SC27' },
          title: { en: 'Electric vehicles traction battery safety requirements' },
        },
        title: { en: 'Electric vehicles traction battery safety requirements', zh: '电动汽车用动力蓄电池安全要求' },
        replaces: [{ designation: 'GB 38031-2020' }],
        clauses: [
          {
            number: '1',
            heading: 'Scope',
            text: 'This document specifies safety requirements for traction batteries.',
            informative: false,
            children: [],
          },
          {
            number: '5',
            heading: 'Requirements',
            text: null,
            informative: false,
            children: [
              {
                number: '5.1',
                heading: 'Thermal propagation',
                text: 'No fire or explosion within 5 min of the alarm.',
              },
              { number: '5.2', heading: 'External short circuit', text: 'No fire or explosion.' },
            ],
          },
          { number: 'A', heading: 'Test methods', text: null, informative: true, children: [] },
        ],
        history: { edges: [{ node: { action: 'version.published' } }] },
      });
      const actions = c.db.$client
        .prepare("select entity_type || ':' || action from events where action like '%published' order by id")
        .pluck()
        .all();
      expect(actions).toEqual([
        'Standard:standard.versionPublished',
        'StandardVersion:version.published',
        'Draft:draft.published',
      ]);
    },
  );

  it('makes the published version immutable in the database itself', async () => {
    const { draftId } = await approvedDraft(c);
    ok(
      await executeAs(c.app, c.chair.token, PublishDraft, {
        input: publishInput(draftId, (await readStage(c, draftId)).lockVersion),
      }),
    );
    const versionId = c.db.$client.prepare("select id from versions where designation = 'GB 38031-2026'").pluck().get();
    expect(() =>
      c.db.$client.prepare("update clauses set text = 'weakened' where version_id = ?").run(versionId),
    ).toThrow(/immutable/);
    expect(() => c.db.$client.prepare('delete from clauses where version_id = ?').run(versionId)).toThrow(/immutable/);
    expect(() =>
      c.db.$client.prepare("update versions set effective = '2030-01-01' where id = ?").run(versionId),
    ).toThrow(/immutable/);
    expect(() => c.db.$client.prepare('delete from versions where id = ?').run(versionId)).toThrow(/immutable/);
  });

  it('answers applicability with the new version from its effective date, the replaced one before', async () => {
    const { draftId } = await approvedDraft(c);
    ok(
      await executeAs(c.app, c.chair.token, PublishDraft, {
        input: publishInput(draftId, (await readStage(c, draftId)).lockVersion),
      }),
    );
    const answer = ok(await executeAs(c.app, null, Applicability, { designation: 'GB 38031' })).standard!;
    expect(answer.before.current).toEqual({ designation: 'GB 38031-2020' });
    expect(answer.after.current).toEqual({ designation: 'GB 38031-2026' });
    expect(answer.after.versions).toEqual([{ status: 'IN_FORCE', version: { designation: 'GB 38031-2026' } }]);
    expect(answer.existing.versions).toEqual([
      { status: 'IN_FORCE', version: { designation: 'GB 38031-2026' } },
      { status: 'IN_TRANSITION', version: { designation: 'GB 38031-2020' } },
    ]);
  });

  it('answers each mutation of a request from the data as the previous ones left it', async () => {
    // The first mutation reads GB 38031-2020 (in force on 2027-06-01); the second publishes its
    // replacement, effective 2027-01-01, so its payload must see 2020 superseded on that day.
    const { draftId } = await approvedDraft(c);
    const { lockVersion } = ok(await executeAs(c.app, c.chair.token, ReadyToPublish, { id: draftId })).draft!;
    const answer = ok(
      await executeAs(c.app, c.chair.token, ReadThenPublish, {
        publish: { draftId, lockVersion, published: '2026-06', effective: '2027-01-01' },
        draft: {
          committeeId: c.committeeGid,
          standardDesignation: 'GB 38031',
          versionDesignation: 'GB 38031-2028',
          versionType: 'EDITION',
          replaces: ['GB 38031-2020'],
        },
      }),
    );
    expect(answer.first.draft.replaces).toEqual([{ designation: 'GB 38031-2020', status: 'IN_FORCE' }]);
    expect(answer.then.version.replaces).toEqual([{ designation: 'GB 38031-2020', status: 'SUPERSEDED' }]);
  });

  it('keeps the base of an open draft a base text: an import may not turn it into a modification', async () => {
    ok(
      await executeAs(c.app, c.secretary.token, CreateAmendment, {
        input: {
          committeeId: c.committeeGid,
          standardDesignation: 'GB 38031',
          versionDesignation: 'GB 38031-2020/XG1',
          versionType: 'AMENDMENT',
          baseVersionDesignation: 'GB 38031-2020',
          replaces: [],
        },
      }),
    );
    const file = committeeRegistry();
    file.standards[0]!.versions = [
      { designation: 'GB 38031-2015', type: 'EDITION', published: '2015', effective: null, replaces: [] } as never,
      {
        designation: 'GB 38031-2020',
        type: 'CORRIGENDUM',
        base: 'GB 38031-2015',
        published: '2020-05-12',
        effective: '2021-01-01',
        replaces: [],
      } as never,
    ];
    const before = c.db.$client.prepare('select * from versions order by id').all();
    let refused: unknown;
    try {
      importRegistry({ db: c.db, input: file });
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(InterchangeValidationError);
    expect((refused as InterchangeValidationError).issues.map((i) => i.message)).toEqual([
      'the open draft of "GB 38031-2020/XG1" modifies this version, so it must stay an EDITION or SERIES',
    ]);
    expect(c.db.$client.prepare('select * from versions order by id').all()).toEqual(before);
  });

  it(
    "shows a standard's public history to anonymous readers " + 'without naming people, and to members with names',
    async () => {
      const { draftId } = await approvedDraft(c);
      const { lockVersion } = ok(await executeAs(c.app, c.chair.token, ReadyToPublish, { id: draftId })).draft!;
      ok(await executeAs(c.app, c.chair.token, PublishDraft, { input: publishInput(draftId, lockVersion) }));
      const anonymous = await executeAs(c.app, null, StandardHistory);
      expect(anonymous.errors).toBeUndefined();
      expect(anonymous.data!.standard!.history.edges.map((e) => e.node)).toEqual([
        { action: 'standard.versionPublished', actor: null },
        { action: 'standard.imported', actor: null },
      ]);
      const member = ok(await executeAs(c.app, c.members[0].token, StandardHistory));
      expect(member.standard!.history.edges[0]!.node.actor).toEqual({ name: c.chair.name });
    },
  );

  it('publishes the revision approved last: a final text written at APPROVAL and balloted there', async () => {
    const { draftId } = await approvedDraft(c);
    await addRevision(c, draftId, [{ number: '1', heading: 'Scope', text: 'Final text.' }]);
    const stale = await executeAs(c.app, c.chair.token, PublishDraft, {
      input: publishInput(draftId, (await readStage(c, draftId)).lockVersion),
    });
    expect(codeOf(stale)).toBe('ILLEGAL_TRANSITION');
    await runBallot(c, draftId);
    const version = ok(
      await executeAs(c.app, c.chair.token, PublishDraft, {
        input: publishInput(draftId, (await readStage(c, draftId)).lockVersion),
      }),
    ).publishDraft.version;
    expect(version.clauses).toEqual([
      { number: '1', heading: 'Scope', text: 'Final text.', informative: false, children: [] },
    ]);
  });

  it("creates the standard a draft proposes, in the draft's committee", async () => {
    const Propose = graphql(`
      mutation ProposeNewStandard($input: CreateDraftInput!) { createDraft(input: $input) { draft { id } } }
    `);
    const draftId = ok(
      await executeAs(c.app, c.secretary.token, Propose, {
        input: {
          committeeId: c.committeeGid,
          newStandard: { designation: 'GB 46031', kind: 'GB', publisher: 'SAMR/SAC' },
          title: { en: 'Safety requirements for battery swap stations', zh: '换电站安全要求' },
          versionDesignation: 'GB 46031-2026',
          versionType: 'EDITION',
        },
      }),
    ).createDraft.draft.id;
    await moveTo(c, draftId, ['WORKING_DRAFT']);
    await addRevision(c, draftId, [{ number: '1', heading: 'Scope' }]);
    await moveTo(c, draftId, ['COMMITTEE_DRAFT', 'ENQUIRY']);
    await runBallot(c, draftId);
    await moveTo(c, draftId, ['APPROVAL']);
    await runBallot(c, draftId);
    const result = ok(
      await executeAs(c.app, c.secretary.token, PublishDraft, {
        input: {
          draftId,
          lockVersion: (await readStage(c, draftId)).lockVersion,
          published: '2026-09-01',
          designation: 'GB 46031-2026',
        },
      }),
    ).publishDraft.version;
    expect(result).toMatchObject({
      designation: 'GB 46031-2026',
      effective: null,
      standard: {
        designation: 'GB 46031',
        committee: { code: 'SAC/TC114/SC27' },
        title: { en: 'Safety requirements for battery swap stations' },
      },
      title: { en: 'Safety requirements for battery swap stations', zh: '换电站安全要求' },
      replaces: [],
    });
    expect(
      c.db.$client
        .prepare("select action from events where entity_type = 'Standard' order by id desc limit 1")
        .pluck()
        .get(),
    ).toBe('standard.created');
  });

  it('refuses what is not ready or not consistent, writing nothing', async () => {
    const { draftId } = await approvedDraft(c);
    const lockVersion = (await readStage(c, draftId)).lockVersion;
    const before = [count('versions'), count('clauses'), count('version_replacements'), count('events')];
    const attempt = (input: Partial<VariablesOf<typeof PublishDraft>['input']>, token = c.chair.token) =>
      executeAs(c.app, token, PublishDraft, { input: { ...publishInput(draftId, lockVersion), ...input } });
    expect(codeOf(await attempt({}, c.members[0].token))).toBe('FORBIDDEN');
    expect(codeOf(await attempt({ lockVersion: lockVersion - 1 }))).toBe('CONFLICT');
    const early = await attempt({ mandatoryNewTypes: '2026-12-31' });
    expect(early.errors?.[0]).toMatchObject({
      message: 'mandatoryNewTypes: 2026-12-31 is before the version takes effect (2027-01-01)',
      extensions: { code: 'INVALID_INPUT', field: 'mandatoryNewTypes' },
    });
    const earlyExisting = await attempt({
      effective: null,
      published: '2027-03',
      mandatoryNewTypes: null,
      mandatoryExistingTypes: '2027-02-28',
    });
    expect(earlyExisting.errors?.[0]?.extensions).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'mandatoryExistingTypes',
    });
    const taken = await attempt({ designation: 'GB 38031-2020' });
    expect(taken.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'designation' });
    expect([count('versions'), count('clauses'), count('version_replacements'), count('events')]).toEqual(before);
    expect((await readStage(c, draftId)).stage).toBe('APPROVAL');
  });

  it('is refused before the approval ballot on the current revision passed', async () => {
    const { draftId } = await draftInCommittee(c);
    await moveTo(c, draftId, ['ENQUIRY']);
    await runBallot(c, draftId);
    const atEnquiry = await executeAs(c.app, c.chair.token, PublishDraft, {
      input: publishInput(draftId, (await readStage(c, draftId)).lockVersion),
    });
    expect(atEnquiry.errors?.[0]).toMatchObject({
      extensions: { code: 'ILLEGAL_TRANSITION' },
      message: expect.stringContaining('from ENQUIRY to PUBLISHED'),
    });
    await moveTo(c, draftId, ['APPROVAL']);
    const unballoted = await executeAs(c.app, c.chair.token, PublishDraft, {
      input: publishInput(draftId, (await readStage(c, draftId)).lockVersion),
    });
    expect(unballoted.errors?.[0]).toMatchObject({
      extensions: { code: 'ILLEGAL_TRANSITION' },
      message:
        'Moving from APPROVAL to PUBLISHED requires that an APPROVAL ballot on the current revision approved it.',
    });
    expect(count('versions')).toBe(2);
  });
});
