import type { VariablesOf } from '@graphql-typed-document-node/core';
import { beforeEach, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.ts';
import {
  addRevision,
  codeOf,
  draftInCommittee,
  executeAs,
  moveTo,
  ok,
  proposeDraft,
  readStage,
  setUpCommittee,
  type Committee,
} from './support/committee.ts';
import { createTestDb } from './support/db.ts';
import { globalId } from './support/people.ts';

const CreateDraft = graphql(`
  mutation CreateDraft($input: CreateDraftInput!) {
    createDraft(input: $input) {
      draft {
        id stage lockVersion versionDesignation versionType title { en zh }
        standard { designation } proposedStandard { designation kind publisher }
        baseVersion { designation } replaces { designation } leader { name } committee { code }
      }
    }
  }
`);
const DraftView = graphql(`
  query DraftView($id: ID!) {
    draft(id: $id) {
      stage lockVersion publicEnquiry
      viewerCanMoveTo viewerCanRevise viewerCanComment viewerCanOpenBallot viewerCanPublish
      currentRevision { number isCurrent }
      revisions { totalCount edges { node { number isCurrent note } } }
      history { edges { node { action actor { name } data } } }
    }
  }
`);
const DraftNode = graphql(`
  query DraftNode($id: ID!) { node(id: $id) { id ... on Draft { stage versionDesignation } } }
`);
const CommitteeDrafts = graphql(`
  query CommitteeDrafts($code: String!, $stages: [DraftStage!]) {
    committee(code: $code) { drafts(stages: $stages) { totalCount edges { node { id stage } } } }
  }
`);
const DraftsWithAbilities = graphql(`
  query DraftsWithAbilities($code: String!) {
    committee(code: $code) {
      drafts(first: 50) {
        edges { node { id stage viewerCanMoveTo viewerCanRevise viewerCanComment viewerCanOpenBallot viewerCanPublish }
          }
      }
    }
  }
`);
const MoveDraftStage = graphql(`
  mutation MoveDraftStage($input: MoveDraftStageInput!) { moveDraftStage(input: $input) { draft { stage lockVersion
    publicEnquiry } } }
`);
const AddDraftRevision = graphql(`
  mutation AddDraftRevision($input: AddDraftRevisionInput!) { addDraftRevision(input: $input) { revision { id number
    note createdBy { name } } } }
`);
const RevisionChanges = graphql(`
  query RevisionChanges($id: ID!) {
    node(id: $id) {
      ... on DraftRevision {
        number
        clauses { number heading informative children { number text } }
        changes { number change before { text } after { heading text } }
      }
    }
  }
`);

let c: Committee;
beforeEach(() => {
  c = setUpCommittee(createTestDb().db);
});

const baseInput = (committeeGid: string) => ({
  committeeId: committeeGid,
  standardDesignation: 'gb38031',
  versionDesignation: 'GB 38031-2026',
  versionType: 'EDITION' as const,
  replaces: ['GB 38031-2020'],
});

describe('proposing a draft', () => {
  it(
    'records a revision of an existing standard at PROPOSAL, ' + 'led by the caller, with its planned version',
    async () => {
      const draft = ok(await executeAs(c.app, c.members[0].token, CreateDraft, { input: baseInput(c.committeeGid) }))
        .createDraft.draft;
      expect(draft).toMatchObject({
        stage: 'PROPOSAL',
        lockVersion: 1,
        versionDesignation: 'GB 38031-2026',
        versionType: 'EDITION',
        title: { en: 'Electric vehicles traction battery safety requirements', zh: '电动汽车用动力蓄电池安全要求' },
        standard: { designation: 'GB 38031' },
        proposedStandard: null,
        replaces: [{ designation: 'GB 38031-2020' }],
        leader: { name: 'Ma Member' },
        committee: { code: 'SAC/TC114/SC27' },
      });
      const view = ok(await executeAs(c.app, c.secretary.token, DraftView, { id: draft.id })).draft!;
      expect(view.history.edges.map((e) => [e.node.action, e.node.actor?.name])).toEqual([
        ['draft.created', 'Ma Member'],
      ]);
      expect(view.viewerCanMoveTo).toEqual(['WORKING_DRAFT', 'CANCELLED']);
      expect(view.viewerCanRevise).toBe(true);
      const asLeader = ok(await executeAs(c.app, c.members[0].token, DraftView, { id: draft.id })).draft!;
      expect([asLeader.viewerCanMoveTo, asLeader.viewerCanRevise, asLeader.viewerCanComment]).toEqual([
        [],
        true,
        false,
      ]);
      const asOtherMember = ok(await executeAs(c.app, c.members[1].token, DraftView, { id: draft.id })).draft!;
      expect(asOtherMember.viewerCanRevise).toBe(false);
    },
  );

  it('records a proposal for a new standard with its title, kind and publisher', async () => {
    const input = {
      committeeId: c.committeeGid,
      newStandard: { designation: 'GB 46031', kind: 'GB' as const, publisher: 'SAMR/SAC' },
      title: { en: 'Safety requirements for battery swap stations', zh: '换电站安全要求' },
      versionDesignation: 'GB 46031-2027',
      versionType: 'EDITION' as const,
      leaderId: globalId('Person', c.members[2].personId),
    };
    const draft = ok(await executeAs(c.app, c.chair.token, CreateDraft, { input })).createDraft.draft;
    expect(draft).toMatchObject({
      standard: null,
      proposedStandard: { designation: 'GB 46031', kind: 'GB', publisher: 'SAMR/SAC' },
      title: { en: 'Safety requirements for battery swap stations', zh: '换电站安全要求' },
      leader: { name: 'Mu Member' },
      replaces: [],
    });
  });

  it('refuses inconsistent proposals with coded errors naming the field, writing nothing', async () => {
    const before = c.db.$client.prepare('select count(*) from drafts').pluck().get();
    const attempt = (input: Record<string, unknown>, token = c.secretary.token) =>
      executeAs(c.app, token, CreateDraft, { input: { ...baseInput(c.committeeGid), ...input } } as VariablesOf<
        typeof CreateDraft
      >);
    const both = await attempt({
      newStandard: { designation: 'GB 1', kind: 'GB', publisher: 'SAC' },
      title: { en: 'x' },
    });
    expect(both.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'standardDesignation' });
    expect(codeOf(await attempt({ standardDesignation: 'GB 99999' }))).toBe('NOT_FOUND');
    const otherCommittee = await attempt({ standardDesignation: 'GB 44495', replaces: [] });
    expect(otherCommittee.errors?.[0]?.message).toContain('responsibility of another committee');
    expect(codeOf(await attempt({ versionDesignation: 'gb 38031-2020', replaces: [] }))).toBe('CONFLICT');
    const noBase = await attempt({ versionType: 'AMENDMENT', replaces: [] });
    expect(noBase.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'baseVersionDesignation' });
    const replacesBase = await attempt({ versionType: 'AMENDMENT', baseVersionDesignation: 'GB 38031-2020' });
    expect(replacesBase.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'replaces.0' });
    const leader = await attempt({ leaderId: globalId('Person', c.outsider.personId) });
    expect(leader.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'leaderId' });
    expect(codeOf(await attempt({}, c.observer.token))).toBe('FORBIDDEN');
    expect(codeOf(await attempt({}, c.outsider.token))).toBe('FORBIDDEN');
    expect(codeOf(await executeAs(c.app, null, CreateDraft, { input: baseInput(c.committeeGid) }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(c.db.$client.prepare('select count(*) from drafts').pluck().get()).toBe(before);
  });
});

describe('moving a draft through its stages', () => {
  it('follows the table, refusing illegal moves and unmet preconditions with ILLEGAL_TRANSITION', async () => {
    const draftId = await proposeDraft(c);
    const move = async (toStage: string, token = c.secretary.token) => {
      const read = await readStage(c, draftId);
      return executeAs(c.app, token, MoveDraftStage, {
        input: { draftId, fromStage: read.stage, lockVersion: read.lockVersion, toStage: toStage as never },
      });
    };
    expect(codeOf(await move('ENQUIRY'))).toBe('ILLEGAL_TRANSITION');
    expect(codeOf(await move('WORKING_DRAFT', c.members[0].token))).toBe('FORBIDDEN');
    expect(ok(await move('WORKING_DRAFT')).moveDraftStage.draft).toEqual({
      stage: 'WORKING_DRAFT',
      lockVersion: 2,
      publicEnquiry: false,
    });
    const noRevision = await move('COMMITTEE_DRAFT');
    expect(noRevision.errors?.[0]).toMatchObject({
      message: 'Moving from WORKING_DRAFT to COMMITTEE_DRAFT requires that the draft has a revision.',
      extensions: { code: 'ILLEGAL_TRANSITION' },
    });
    await addRevision(c, draftId);
    await move('COMMITTEE_DRAFT');
    expect(codeOf(await move('APPROVAL'))).toBe('ILLEGAL_TRANSITION');
    expect(codeOf(await move('PUBLISHED'))).toBe('ILLEGAL_TRANSITION');
    expect(ok(await move('CANCELLED')).moveDraftStage.draft.stage).toBe('CANCELLED');
    expect(codeOf(await move('PROPOSAL'))).toBe('ILLEGAL_TRANSITION');
    const view = ok(await executeAs(c.app, c.secretary.token, DraftView, { id: draftId })).draft!;
    expect(view.history.edges.map((e) => e.node.action)).toEqual([
      'draft.stageMoved',
      'draft.stageMoved',
      'draft.revisionAdded',
      'draft.stageMoved',
      'draft.created',
    ]);
    expect(view.history.edges[0]!.node.data).toEqual({
      from: 'COMMITTEE_DRAFT',
      to: 'CANCELLED',
      publicEnquiry: false,
    });
    expect(view.viewerCanMoveTo).toEqual([]);
  });

  it('refuses a move sent with a stale stage or lock version (CONFLICT), changing nothing', async () => {
    const draftId = await proposeDraft(c);
    const read = await readStage(c, draftId);
    await moveTo(c, draftId, ['WORKING_DRAFT']);
    const stale = await executeAs(c.app, c.chair.token, MoveDraftStage, {
      input: { draftId, fromStage: read.stage, lockVersion: read.lockVersion, toStage: 'CANCELLED' },
    });
    expect(codeOf(stale)).toBe('CONFLICT');
    const staleLock = await executeAs(c.app, c.chair.token, MoveDraftStage, {
      input: { draftId, fromStage: 'WORKING_DRAFT', lockVersion: read.lockVersion, toStage: 'CANCELLED' },
    });
    expect(codeOf(staleLock)).toBe('CONFLICT');
    expect(await readStage(c, draftId)).toMatchObject({ stage: 'WORKING_DRAFT', lockVersion: 2 });
  });

  it('lets exactly one of two concurrent moves sent with the same read win; the other gets CONFLICT', async () => {
    const { draftId } = await draftInCommittee(c);
    const read = await readStage(c, draftId);
    const send = (token: string, toStage: 'ENQUIRY' | 'CANCELLED') =>
      executeAs(c.app, token, MoveDraftStage, {
        input: { draftId, fromStage: read.stage, lockVersion: read.lockVersion, toStage },
      });
    const results = await Promise.all([send(c.secretary.token, 'ENQUIRY'), send(c.chair.token, 'CANCELLED')]);
    const codes = results.map((r) => (r.errors ? codeOf(r) : 'OK')).sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const winner = results.find((r) => !r.errors)!.data!.moveDraftStage.draft;
    expect(await readStage(c, draftId)).toMatchObject({ stage: winner.stage, lockVersion: read.lockVersion + 1 });
    expect(c.db.$client.prepare("select count(*) from events where action = 'draft.stageMoved'").pluck().get()).toBe(3);
  });
});

describe('revisions', () => {
  it('numbers immutable snapshots and compares each with the previous one clause by clause', async () => {
    const { draftId, revisionId } = await draftInCommittee(c);
    const second = ok(
      await executeAs(c.app, c.secretary.token, AddDraftRevision, {
        input: {
          draftId,
          note: 'Thermal propagation tightened; annex dropped',
          basedOn: 1,
          clauses: [
            {
              number: '1',
              heading: 'Scope',
              text: 'This document specifies safety requirements for traction batteries.',
            },
            {
              number: '5',
              heading: 'Requirements',
              clauses: [
                {
                  number: '5.1',
                  heading: 'Thermal propagation',
                  text: 'No fire or explosion within 10 min of the alarm.',
                },
                { number: '5.2', heading: 'External short circuit', text: 'No fire or explosion.' },
                { number: '5.3', heading: 'Overcharge', text: 'No fire or explosion.' },
              ],
            },
          ],
        },
      }),
    ).addDraftRevision.revision;
    expect(second).toMatchObject({
      number: 2,
      note: 'Thermal propagation tightened; annex dropped',
      createdBy: { name: 'Sun Secretary' },
    });
    const diff = ok(await executeAs(c.app, c.members[1].token, RevisionChanges, { id: second.id })).node;
    expect(diff).toEqual({
      number: 2,
      clauses: [
        { number: '1', heading: 'Scope', informative: false, children: [] },
        {
          number: '5',
          heading: 'Requirements',
          informative: false,
          children: [
            { number: '5.1', text: 'No fire or explosion within 10 min of the alarm.' },
            { number: '5.2', text: 'No fire or explosion.' },
            { number: '5.3', text: 'No fire or explosion.' },
          ],
        },
      ],
      changes: [
        {
          number: '5.1',
          change: 'CHANGED',
          before: { text: 'No fire or explosion within 5 min of the alarm.' },
          after: { heading: 'Thermal propagation', text: 'No fire or explosion within 10 min of the alarm.' },
        },
        {
          number: '5.3',
          change: 'ADDED',
          before: null,
          after: { heading: 'Overcharge', text: 'No fire or explosion.' },
        },
        { number: 'A', change: 'REMOVED', before: { text: null }, after: null },
      ],
    });
    const first = ok(await executeAs(c.app, c.secretary.token, RevisionChanges, { id: revisionId })).node;
    expect(first && 'changes' in first ? first.changes.map((ch) => ch.change) : []).toEqual([
      'ADDED',
      'ADDED',
      'ADDED',
      'ADDED',
      'ADDED',
    ]);
    const view = ok(await executeAs(c.app, c.secretary.token, DraftView, { id: draftId })).draft!;
    expect(view.currentRevision).toEqual({ number: 2, isCurrent: true });
    expect(view.revisions.edges.map((e) => [e.node.number, e.node.isCurrent])).toEqual([
      [1, false],
      [2, true],
    ]);
    expect(() => c.db.$client.prepare("update revision_clauses set text = 'changed'").run()).toThrow(/immutable/);
    expect(() => c.db.$client.prepare('delete from draft_revisions').run()).toThrow(/immutable/);
  });

  it('refuses a revision written from a superseded one, a duplicate clause number, and non-editors', async () => {
    const { draftId } = await draftInCommittee(c);
    const add = (input: Record<string, unknown>, token = c.secretary.token) =>
      executeAs(c.app, token, AddDraftRevision, {
        input: { draftId, clauses: [{ number: '1', heading: 'Scope' }], ...input },
      } as VariablesOf<typeof AddDraftRevision>);
    const stale = await add({ basedOn: 0 });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'basedOn' });
    const duplicate = await add({ clauses: [{ number: '1', heading: 'A', clauses: [{ number: '1', heading: 'B' }] }] });
    expect(duplicate.errors?.[0]?.extensions).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'clauses.0.clauses.0.number',
    });
    expect(codeOf(await add({ clauses: [] }))).toBe('INVALID_INPUT');
    // Twelve levels, as the import allows, and not thirteen.
    const nest = (depth: number): Record<string, unknown> => ({
      number: `n${depth}`,
      heading: 'h',
      ...(depth > 1 ? { clauses: [nest(depth - 1)] } : {}),
    });
    expect(codeOf(await add({ clauses: [nest(13)] }))).toBe('INVALID_INPUT');
    // Text that is not Unicode (a lone surrogate) would be stored corrupted, then published.
    const surrogate = await add({
      clauses: [
        { number: '1', heading: 'Sc\ud800ope' },
        { number: '2', heading: 'Terms', text: 'x\udc00' },
      ],
    });
    expect(surrogate.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'clauses.0.heading' });
    expect(codeOf(await add({ clauses: [{ number: '2', heading: 'Terms', text: 'x\udc00' }] }))).toBe('INVALID_INPUT');
    expect(codeOf(await add({}, c.members[1].token))).toBe('FORBIDDEN');
    expect(c.db.$client.prepare('select count(*) from draft_revisions').pluck().get()).toBe(1);
    expect(ok(await add({ clauses: [nest(12)] })).addDraftRevision.revision).toBeDefined();
  });
});

describe('who sees a draft', () => {
  it('hides drafts from outsiders and anonymous callers, also through node(id:) and the committee list', async () => {
    const draftId = await proposeDraft(c);
    const outsiderRead = await executeAs(c.app, c.outsider.token, DraftView, { id: draftId });
    expect(outsiderRead.data?.draft ?? null).toBeNull();
    expect(codeOf(outsiderRead)).toBe('FORBIDDEN');
    const outsiderNode = await executeAs(c.app, c.outsider.token, DraftNode, { id: draftId });
    expect(outsiderNode.data?.node ?? null).toBeNull();
    expect(codeOf(outsiderNode)).toBe('FORBIDDEN');
    const anonymousNode = await executeAs(c.app, null, DraftNode, { id: draftId });
    expect(anonymousNode.data?.node ?? null).toBeNull();
    expect(codeOf(anonymousNode)).toBe('UNAUTHENTICATED');
    expect(ok(await executeAs(c.app, c.observer.token, DraftNode, { id: draftId })).node).toMatchObject({
      stage: 'PROPOSAL',
    });
    expect(ok(await executeAs(c.app, c.admin.token, DraftNode, { id: draftId })).node).toMatchObject({
      versionDesignation: 'GB 38031-2026',
    });

    const list = async (token: string | null) =>
      ok(await executeAs(c.app, token, CommitteeDrafts, { code: 'SAC/TC114/SC27' })).committee!.drafts.totalCount;
    expect([
      await list(c.observer.token),
      await list(c.admin.token),
      await list(c.outsider.token),
      await list(null),
    ]).toEqual([1, 1, 0, 0]);
    const filtered = ok(
      await executeAs(c.app, c.chair.token, CommitteeDrafts, { code: 'SAC/TC114/SC27', stages: ['ENQUIRY'] }),
    );
    expect(filtered.committee!.drafts.totalCount).toBe(0);
  });

  it(
    'opens a draft at a public ENQUIRY to every signed-in ' + 'user, and closes it again when the enquiry ends',
    async () => {
      const { draftId } = await draftInCommittee(c);
      expect(
        codeOf(
          await executeAs(c.app, c.secretary.token, MoveDraftStage, {
            input: {
              draftId,
              fromStage: 'COMMITTEE_DRAFT',
              lockVersion: (await readStage(c, draftId)).lockVersion,
              toStage: 'CANCELLED',
              publicEnquiry: true,
            },
          }),
        ),
      ).toBe('INVALID_INPUT');
      await moveTo(c, draftId, ['ENQUIRY'], { publicEnquiry: true });
      const asOutsider = ok(await executeAs(c.app, c.outsider.token, DraftView, { id: draftId })).draft!;
      expect(asOutsider).toMatchObject({
        stage: 'ENQUIRY',
        publicEnquiry: true,
        viewerCanComment: true,
        viewerCanMoveTo: [],
        viewerCanOpenBallot: false,
      });
      const list = ok(await executeAs(c.app, c.outsider.token, CommitteeDrafts, { code: 'SAC/TC114/SC27' }));
      expect(list.committee!.drafts.edges.map((e) => e.node.id)).toEqual([draftId]);
      expect(codeOf(await executeAs(c.app, null, DraftView, { id: draftId }))).toBe('UNAUTHENTICATED');
      await moveTo(c, draftId, ['COMMITTEE_DRAFT']);
      expect(codeOf(await executeAs(c.app, c.outsider.token, DraftView, { id: draftId }))).toBe('FORBIDDEN');
    },
  );
});

describe('a page of drafts', () => {
  it(
    'decides every viewerCan… field of the page in the same ' + 'number of SQL statements for 2 drafts as for 8',
    async () => {
      const counts: number[] = [];
      for (const drafts of [2, 8]) {
        const database = createTestDb();
        const committee = setUpCommittee(database.db);
        for (let k = 0; k < drafts; k += 1) {
          const draftId = await proposeDraft(committee, committee.secretary, `GB 38031-${2030 + k}`);
          if (k % 2 === 0) await moveTo(committee, draftId, ['WORKING_DRAFT']);
        }
        database.resetCount();
        const page = ok(
          await executeAs(committee.app, committee.secretary.token, DraftsWithAbilities, { code: 'SAC/TC114/SC27' }),
        ).committee!.drafts;
        counts.push(database.statements.length);
        expect(page.edges).toHaveLength(drafts);
        expect(page.edges.filter((e) => e.node.stage === 'WORKING_DRAFT').every((e) => e.node.viewerCanRevise)).toBe(
          true,
        );
        expect(
          page.edges
            .filter((e) => e.node.stage === 'PROPOSAL')
            .every((e) => e.node.viewerCanMoveTo.includes('WORKING_DRAFT')),
        ).toBe(true);
        database.close();
      }
      expect(counts[1]).toBe(counts[0]);
    },
  );
});
