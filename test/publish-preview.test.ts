import { describe, expect, it } from 'vitest';
import { graphql } from './gql/index.ts';
import { approvedDraft, executeAs, ok, readStage, setUpCommittee } from './support/committee.ts';
import { createTestDb } from './support/db.ts';

// Before confirming a publication, the officer sees the version it would create and what it replaces.

const Preview = graphql(`
  query PreviewOfDraft($id: ID!) {
    draft(id: $id) {
      publishPreview {
        designation versionType standardDesignation standard { designation } baseVersion { designation }
        replaces { designation } awaitingConsent { designation } revision { number } clauseCount designationTaken
      }
    }
  }
`);
const Publish = graphql(`
  mutation PreviewPublish($input: PublishDraftInput!) {
    publishDraft(input: $input) { version { designation type standard { designation } replaces { designation } } }
  }
`);

describe('the publish preview of a draft', () => {
  it('shows the version publication would create and what it replaces; publication creates that', async () => {
    const c = setUpCommittee(createTestDb().db);
    const { draftId } = await approvedDraft(c);
    const preview = ok(await executeAs(c.app, c.secretary.token, Preview, { id: draftId })).draft!.publishPreview;
    expect(preview).toEqual({
      designation: 'GB 38031-2026',
      versionType: 'EDITION',
      standardDesignation: 'GB 38031',
      standard: { designation: 'GB 38031' },
      baseVersion: null,
      replaces: [{ designation: 'GB 38031-2020' }],
      awaitingConsent: [],
      revision: { number: 1 },
      clauseCount: 5,
      designationTaken: false,
    });
    const { lockVersion } = await readStage(c, draftId);
    const version = ok(
      await executeAs(c.app, c.secretary.token, Publish, { input: { draftId, lockVersion, published: '2026-05-01' } }),
    ).publishDraft.version;
    expect([version.designation, version.type, version.standard.designation, version.replaces]).toEqual([
      preview!.designation,
      preview!.versionType,
      preview!.standardDesignation,
      preview!.replaces,
    ]);
    expect(ok(await executeAs(c.app, c.secretary.token, Preview, { id: draftId })).draft!.publishPreview).toBeNull();
  });
});
