import { beforeEach, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.ts';
import { codeOf, executeAs, ok, proposeDraft, readStage, setUpCommittee, type Committee } from './support/committee.ts';
import { createTestDb } from './support/db.ts';

// Administrators read every committee's work but act as its officers only through an explicit,
// recorded role: taken with a reason, ended explicitly, both in the committee's history.

const ActAsOfficer = graphql(`
  mutation RoleActAsOfficer($input: ActAsOfficerInput!) { actAsOfficer(input: $input) { committee { code } } }
`);
const StopActing = graphql(`
  mutation RoleStopActing($input: StopActingAsOfficerInput!) { stopActingAsOfficer(input: $input) { committee {
    code } } }
`);
const DraftAbilities = graphql(`
  query RoleDraftAbilities($id: ID!) { draft(id: $id) { stage viewerCanMoveTo viewerCanRevise } }
`);
const Move = graphql(`
  mutation RoleMove($input: MoveDraftStageInput!) { moveDraftStage(input: $input) { draft { stage } } }
`);
const CommitteeHistory = graphql(`
  query RoleCommitteeHistory($code: String!) {
    committee(code: $code) { history(first: 10) { edges { node { action actor { name } data } } } }
  }
`);

const ActsAsOfficer = graphql(`
  query RoleActsAsOfficer($code: String!) { committee(code: $code) { viewerActsAsOfficer } }
`);
const ActAndRead = graphql(`
  mutation RoleActAndRead($input: ActAsOfficerInput!) { actAsOfficer(input: $input) { committee {
    viewerActsAsOfficer } } }
`);

const ActAndAbilities = graphql(`
  mutation RoleActAndAbilities($input: ActAsOfficerInput!) { actAsOfficer(input: $input) { committee {
    viewerActsAsOfficer viewerCanCreateDraft } } }
`);
const StopAndAbilities = graphql(`
  mutation RoleStopAndAbilities($input: StopActingAsOfficerInput!) { stopActingAsOfficer(input: $input) {
    committee { viewerActsAsOfficer viewerCanCreateDraft } } }
`);

const ActingOfficerOf = graphql(`
  query RoleActingOfficerOf { viewer { actingOfficerOf { code } } }
`);

let c: Committee;
let draftId: string;
beforeEach(async () => {
  c = setUpCommittee(createTestDb().db);
  draftId = await proposeDraft(c);
});

const moveToWorkingDraft = async (token: string) => {
  const read = await readStage(c, draftId);
  return executeAs(c.app, token, Move, {
    input: { draftId, fromStage: read.stage, lockVersion: read.lockVersion, toStage: 'WORKING_DRAFT' },
  });
};
const abilities = async () => ok(await executeAs(c.app, c.admin.token, DraftAbilities, { id: draftId })).draft!;
const history = async () =>
  ok(await executeAs(c.app, c.admin.token, CommitteeHistory, { code: 'SAC/TC114/SC27' }))
    .committee!.history!.edges.map((e) => e.node)
    .filter((event) => event.action !== 'committee.imported');

describe("an administrator's acting officer role", () => {
  it('is needed to act as an officer: without it an administrator reads the draft but may not move it', async () => {
    expect(await abilities()).toEqual({ stage: 'PROPOSAL', viewerCanMoveTo: [], viewerCanRevise: false });
    expect(codeOf(await moveToWorkingDraft(c.admin.token))).toBe('FORBIDDEN');
    expect((await readStage(c, draftId)).stage).toBe('PROPOSAL');
  });

  it('is taken with a reason, recorded, and gives the officer powers in that committee until it ends', async () => {
    const take = (token: string, reason: string) =>
      executeAs(c.app, token, ActAsOfficer, { input: { committeeId: c.committeeGid, reason } });
    expect(codeOf(await take(c.secretary.token, 'I am the secretary.'))).toBe('FORBIDDEN');
    expect((await take(c.admin.token, '  ')).errors?.[0]?.extensions).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'reason',
    });
    expect(await history()).toEqual([]);

    ok(await take(c.admin.token, 'The secretariat is vacant until June.'));
    expect(codeOf(await take(c.admin.token, 'Again.'))).toBe('CONFLICT');
    expect(await history()).toEqual([
      {
        action: 'committee.actingOfficerTaken',
        actor: { name: 'Ada Admin' },
        data: { personId: c.admin.personId, reason: 'The secretariat is vacant until June.' },
      },
    ]);
    expect(await abilities()).toEqual({
      stage: 'PROPOSAL',
      viewerCanMoveTo: ['WORKING_DRAFT', 'CANCELLED'],
      viewerCanRevise: true,
    });
    expect(ok(await moveToWorkingDraft(c.admin.token)).moveDraftStage.draft.stage).toBe('WORKING_DRAFT');

    ok(
      await executeAs(c.app, c.admin.token, StopActing, {
        input: { committeeId: c.committeeGid, reason: 'A secretary was appointed.' },
      }),
    );
    expect((await history())[0]).toMatchObject({
      action: 'committee.actingOfficerEnded',
      actor: { name: 'Ada Admin' },
      data: { personId: c.admin.personId, reason: 'A secretary was appointed.' },
    });
    expect(await abilities()).toMatchObject({ viewerCanMoveTo: [], viewerCanRevise: false });
    const again = await executeAs(c.app, c.admin.token, StopActing, { input: { committeeId: c.committeeGid } });
    expect(codeOf(again)).toBe('NOT_FOUND');
  });

  it('shows in viewerActsAsOfficer: true for the acting administrator only, from the payload on', async () => {
    const acts = async (token: string) =>
      ok(await executeAs(c.app, token, ActsAsOfficer, { code: 'SAC/TC114/SC27' })).committee!.viewerActsAsOfficer;
    expect(await acts(c.admin.token)).toBe(false);
    const taken = ok(
      await executeAs(c.app, c.admin.token, ActAndRead, { input: { committeeId: c.committeeGid, reason: 'Vacancy.' } }),
    );
    expect(taken.actAsOfficer.committee.viewerActsAsOfficer).toBe(true);
    expect(await acts(c.admin.token)).toBe(true);
    expect(await acts(c.secretary.token)).toBe(false);
    ok(await executeAs(c.app, c.admin.token, StopActing, { input: { committeeId: c.committeeGid } }));
    expect(await acts(c.admin.token)).toBe(false);
  });

  it("the payload's viewer fields agree: the role and the powers it gives, taken and ended", async () => {
    const input = { committeeId: c.committeeGid, reason: 'Vacancy.' };
    const taken = ok(await executeAs(c.app, c.admin.token, ActAndAbilities, { input }));
    expect(taken.actAsOfficer.committee).toEqual({ viewerActsAsOfficer: true, viewerCanCreateDraft: true });
    const ended = ok(await executeAs(c.app, c.admin.token, StopAndAbilities, { input }));
    expect(ended.stopActingAsOfficer.committee).toEqual({ viewerActsAsOfficer: false, viewerCanCreateDraft: false });
  });

  it("lists the committees in the viewer's actingOfficerOf while the role lasts; empty for others", async () => {
    const acting = async (token: string) =>
      ok(await executeAs(c.app, token, ActingOfficerOf)).viewer?.actingOfficerOf?.map((committee) => committee.code);
    expect(await acting(c.admin.token)).toEqual([]);
    ok(
      await executeAs(c.app, c.admin.token, ActAsOfficer, {
        input: { committeeId: c.committeeGid, reason: 'Vacancy.' },
      }),
    );
    expect(await acting(c.admin.token)).toEqual(['SAC/TC114/SC27']);
    expect(await acting(c.secretary.token)).toEqual([]);
    ok(await executeAs(c.app, c.admin.token, StopActing, { input: { committeeId: c.committeeGid } }));
    expect(await acting(c.admin.token)).toEqual([]);
  });
});
