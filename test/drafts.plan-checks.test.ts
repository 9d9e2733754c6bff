import type { VariablesOf } from '@graphql-typed-document-node/core';
import { beforeEach, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.ts';
import {
  approvedDraft,
  codeOf,
  executeAs,
  gid,
  moveTo,
  ok,
  readStage,
  setUpCommittee,
  type Committee,
} from './support/committee.ts';
import { createTestDb } from './support/db.ts';
import { createPersonWithToken } from './support/people.ts';

// What a draft plans is checked when it is proposed: its version's designation is its standard's
// and planned by no other active draft, its committee is responsible for the standard, and a
// version of another committee is replaced only with that committee's consent.

const CreateDraft = graphql(`
  mutation PlanCreateDraft($input: CreateDraftInput!) {
    createDraft(input: $input) { draft { id lockVersion replacementConsents { version { designation } consented } } }
  }
`);
const MoveStage = graphql(`
  mutation PlanMove($input: MoveDraftStageInput!) { moveDraftStage(input: $input) { draft { stage } } }
`);
const AssignCommittee = graphql(`
  mutation PlanAssign($input: AssignStandardCommitteeInput!) {
    assignStandardCommittee(input: $input) { standard { designation committee { code } } }
  }
`);
const StandardHistory = graphql(`
  query PlanStandardHistory($designation: String!) {
    standard(designation: $designation) { id history { edges { node { action actor { name } data } } } }
  }
`);
const Consent = graphql(`
  mutation PlanConsent($input: ConsentToReplacementInput!) {
    consentToReplacement(input: $input) {
      draft { replacementConsents { version { designation } committee { code } consented consentedBy { name }
        asAdministrator } }
    }
  }
`);
const Publish = graphql(`
  mutation PlanPublish($input: PublishDraftInput!) { publishDraft(input: $input) { version { designation } } }
`);
const DraftHistory = graphql(`
  query PlanDraftHistory($id: ID!) { draft(id: $id) { history { edges { node { action actor { name } } } } } }
`);

let c: Committee;
beforeEach(() => {
  c = setUpCommittee(createTestDb().db);
});

type Input = VariablesOf<typeof CreateDraft>['input'];
const revision = (input: Partial<Input> = {}): Input => ({
  committeeId: c.committeeGid,
  standardDesignation: 'GB 38031',
  versionDesignation: 'GB 38031-2026',
  versionType: 'EDITION',
  replaces: ['GB 38031-2020'],
  ...input,
});
const propose = (input: Partial<Input> = {}, token = c.secretary.token) =>
  executeAs(c.app, token, CreateDraft, { input: revision(input) });
const draftCount = () => c.db.$client.prepare('select count(*) from drafts').pluck().get();
const versionId = (designation: string) =>
  c.db.$client.prepare('select id from versions where designation = ?').pluck().get(designation) as number;

/** Someone who chairs SAC/TC114/SC34, the committee responsible for GB 44495. */
function otherChair() {
  const person = createPersonWithToken(c.db, { name: 'Qi Chair' });
  c.db.$client
    .prepare(
      "insert into memberships (person_id, committee_id, role, created_at) select ?, id, 'CHAIR', ? from committees " +
        "where code = 'SAC/TC114/SC34'",
    )
    .run(person.personId, c.clock.now.toISOString());
  return person;
}

describe('two drafts cannot plan the same thing', () => {
  it('refuses a version another active draft plans, however spelled, until that draft is cancelled', async () => {
    const first = ok(await propose()).createDraft.draft;
    const before = draftCount();
    const again = await propose({ versionDesignation: 'gb38031—2026' }, c.members[0].token);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'DESIGNATION_PLANNED', field: 'versionDesignation' });
    expect(draftCount()).toBe(before);
    await moveTo(c, first.id, ['CANCELLED']);
    ok(await propose({ versionDesignation: 'gb38031—2026' }, c.members[0].token));
  });

  it('refuses a new standard another active draft already proposes', async () => {
    const proposal = (version: string) =>
      propose({
        standardDesignation: null,
        newStandard: { designation: 'GB 46031', kind: 'GB', publisher: 'SAMR/SAC' },
        title: { en: 'Battery swap stations' },
        versionDesignation: version,
        replaces: [],
      });
    ok(await proposal('GB 46031-2027'));
    const second = await proposal('GB 46031-2028');
    expect(second.errors?.[0]?.extensions).toMatchObject({
      code: 'DESIGNATION_PLANNED',
      field: 'newStandard.designation',
    });
    expect(draftCount()).toBe(1);
  });
});

describe("a planned version's designation belongs to its standard", () => {
  it('refuses designations of other standards, for a revision and for a new standard', async () => {
    for (const versionDesignation of ['GB 38032-2026', 'GB 380311-2026', 'GB/T 38031-2026', 'GB 38031.2-2026']) {
      const refused = await propose({ versionDesignation });
      expect(refused.errors?.[0]?.extensions, versionDesignation).toMatchObject({
        code: 'DESIGNATION_NOT_OF_STANDARD',
        field: 'versionDesignation',
      });
    }
    const newStandard = await propose({
      standardDesignation: null,
      newStandard: { designation: 'GB 46031', kind: 'GB', publisher: 'SAMR/SAC' },
      title: { en: 'Battery swap stations' },
      versionDesignation: 'GB 46032-2027',
      replaces: [],
    });
    expect(codeOf(newStandard)).toBe('DESIGNATION_NOT_OF_STANDARD');
    expect(draftCount()).toBe(0);
    // Spelled as people type it, the standard's own designation is accepted.
    ok(await propose({ versionDesignation: 'gb38031—2026' }));
  });
});

describe('publishing under another designation than the one planned', () => {
  it("meets the same checks: its standard's, and planned by no other active draft", async () => {
    const { draftId } = await approvedDraft(c);
    ok(await propose({ versionDesignation: 'GB 38031-2027', replaces: [] }));
    const { lockVersion } = await readStage(c, draftId);
    const publish = (designation: string) =>
      executeAs(c.app, c.secretary.token, Publish, {
        input: { draftId, lockVersion, published: '2026-05-01', designation },
      });
    expect((await publish('GB 38032-2026')).errors?.[0]?.extensions).toMatchObject({
      code: 'DESIGNATION_NOT_OF_STANDARD',
      field: 'designation',
    });
    expect((await publish('GB 38031-2027')).errors?.[0]?.extensions).toMatchObject({
      code: 'DESIGNATION_PLANNED',
      field: 'designation',
    });
    expect(c.db.$client.prepare('select count(*) from versions').pluck().get()).toBe(2);
    expect(ok(await publish('GB 38031-2026 ')).publishDraft.version.designation).toBe('GB 38031-2026');
  });
});

describe('a committee revises only the standards it is responsible for', () => {
  it("refuses another committee's standard and one with none, until an administrator assigns it", async () => {
    const other = await propose({ standardDesignation: 'GB 44495', versionDesignation: 'GB 44495-2027', replaces: [] });
    expect(other.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_RESPONSIBLE_COMMITTEE',
      field: 'standardDesignation',
    });
    c.db.$client.prepare("update standards set committee_id = null where designation = 'GB 44495'").run();
    const unowned = await propose({
      standardDesignation: 'GB 44495',
      versionDesignation: 'GB 44495-2027',
      replaces: [],
    });
    expect(codeOf(unowned)).toBe('NOT_RESPONSIBLE_COMMITTEE');
    expect(unowned.errors?.[0]?.message).toContain('an administrator assigns one first');
    expect(draftCount()).toBe(0);

    const standardId = ok(await executeAs(c.app, null, StandardHistory, { designation: 'GB 44495' })).standard!.id;
    const assign = { input: { standardId, committeeId: c.committeeGid } };
    expect(codeOf(await executeAs(c.app, c.chair.token, AssignCommittee, assign))).toBe('FORBIDDEN');
    expect(ok(await executeAs(c.app, c.admin.token, AssignCommittee, assign)).assignStandardCommittee.standard).toEqual(
      {
        designation: 'GB 44495',
        committee: { code: 'SAC/TC114/SC27' },
      },
    );
    expect(codeOf(await executeAs(c.app, c.admin.token, AssignCommittee, assign))).toBe('CONFLICT');
    const history = ok(await executeAs(c.app, c.secretary.token, StandardHistory, { designation: 'GB 44495' }))
      .standard!.history;
    expect(history.edges[0]!.node).toMatchObject({
      action: 'standard.committeeAssigned',
      actor: { name: 'Ada Admin' },
      data: { committeeId: c.committeeId, previousCommitteeId: null },
    });
    ok(await propose({ standardDesignation: 'GB 44495', versionDesignation: 'GB 44495-2027', replaces: [] }));
  });
});

describe("replacing another committee's version", () => {
  it("waits for that committee's officers' consent, recorded on the draft, before publication", async () => {
    const chair = otherChair();
    // The draft created by the helper replaces GB 38031-2020; it also replaces SC34's GB 44495-2024.
    const { draftId } = await approvedDraft(c);
    c.db.$client
      .prepare('insert into draft_replaces (draft_id, version_id) values (?, ?)')
      .run(Number(Buffer.from(draftId, 'base64').toString().split(':')[1]), versionId('GB 44495-2024'));
    const read = await readStage(c, draftId);
    const publish = () =>
      executeAs(c.app, c.secretary.token, Publish, {
        input: { draftId, lockVersion: read.lockVersion, published: '2026-05-01' },
      });
    const refused = await publish();
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'CONSENT_REQUIRED',
      designations: ['GB 44495-2024'],
    });
    expect(c.db.$client.prepare('select count(*) from versions').pluck().get()).toBe(2);

    const consent = { input: { draftId, versionId: gid('StandardVersion', versionId('GB 44495-2024')) } };
    // The drafting committee's own officers cannot consent for another committee.
    expect(codeOf(await executeAs(c.app, c.secretary.token, Consent, consent))).toBe('FORBIDDEN');
    const own = { input: { draftId, versionId: gid('StandardVersion', versionId('GB 38031-2020')) } };
    expect(codeOf(await executeAs(c.app, c.secretary.token, Consent, own))).toBe('NOT_FOUND');
    const consented = ok(await executeAs(c.app, chair.token, Consent, consent)).consentToReplacement;
    expect(consented.draft).toBeNull();
    expect(codeOf(await executeAs(c.app, chair.token, Consent, consent))).toBe('CONFLICT');
    const history = ok(await executeAs(c.app, c.secretary.token, DraftHistory, { id: draftId })).draft!.history;
    expect(history.edges[0]!.node).toEqual({ action: 'draft.replacementConsented', actor: { name: 'Qi Chair' } });
    expect(ok(await publish()).publishDraft.version.designation).toBe('GB 38031-2026');
  });

  it("needs an administrator's consent for a version of a standard no committee is responsible for", async () => {
    c.db.$client.prepare("update standards set committee_id = null where designation = 'GB 44495'").run();
    const draft = ok(await propose({ replaces: ['GB 38031-2020', 'GB 44495-2024'] })).createDraft.draft;
    expect(draft.replacementConsents).toEqual([{ version: { designation: 'GB 44495-2024' }, consented: false }]);
    const consent = { input: { draftId: draft.id, versionId: gid('StandardVersion', versionId('GB 44495-2024')) } };
    expect(codeOf(await executeAs(c.app, c.chair.token, Consent, consent))).toBe('FORBIDDEN');
    const given = ok(await executeAs(c.app, c.admin.token, Consent, consent)).consentToReplacement.draft!;
    expect(given.replacementConsents).toEqual([
      {
        version: { designation: 'GB 44495-2024' },
        committee: null,
        consented: true,
        consentedBy: { name: 'Ada Admin' },
        asAdministrator: true,
      },
    ]);
  });
});

// `MoveStage` keeps the document set whole for codegen even where a test does not move a draft.
void MoveStage;
