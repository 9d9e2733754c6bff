import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { beforeEach, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.ts';
import {
  addRevision,
  COMMITTEE_CODE,
  codeOf,
  type Committee,
  draftInCommittee,
  executeAs,
  ok,
  SAMPLE_CLAUSES,
  setUpCommittee,
} from './support/committee.ts';
import { createTestDb, type TestDatabase } from './support/db.ts';

const CompareRevisions = graphql(`
  query CompareDraftRevisions($id: ID!, $from: Int!, $to: Int!) {
    draft(id: $id) {
      compareRevisions(from: $from, to: $to) {
        from { number }
        to { number }
        unchangedCount
        added { number heading }
        removed { number heading }
        changed {
          matchedBy moved informativeChanged
          before { number text }
          after { number text }
          headingDiff { kind text }
          textDiff { kind text }
        }
      }
    }
  }
`);

// Revision 1 is the sample text; 2 changes 5.1; 3 changes 5.1 again, adds 5.3 and drops annex A.
const withText = (minutes: number, extra: { add?: boolean; dropAnnex?: boolean } = {}) => {
  const requirements = SAMPLE_CLAUSES[1] as { number: string; heading: string; clauses: object[] };
  return [
    SAMPLE_CLAUSES[0],
    {
      ...requirements,
      clauses: [
        {
          number: '5.1',
          heading: 'Thermal propagation',
          text: `No fire or explosion within ${minutes} min of the alarm.`,
        },
        requirements.clauses[1],
        ...(extra.add ? [{ number: '5.3', heading: 'Overcharge', text: 'No fire or explosion.' }] : []),
      ],
    },
    ...(extra.dropAnnex ? [] : [SAMPLE_CLAUSES[2]]),
  ];
};

let database: TestDatabase;
let c: Committee;
let draftId: string;

beforeEach(async () => {
  database = createTestDb();
  c = setUpCommittee(database.db);
  ({ draftId } = await draftInCommittee(c));
  await addRevision(c, draftId, withText(10));
  await addRevision(c, draftId, withText(15, { add: true, dropAnnex: true }));
});

describe('draft.compareRevisions', () => {
  it('compares revision 1 with 3 across 2: a clause changed twice shows its words changed once', async () => {
    const answer = ok(await executeAs(c.app, c.members[0].token, CompareRevisions, { id: draftId, from: 1, to: 3 }));
    expect(answer.draft?.compareRevisions).toEqual({
      from: { number: 1 },
      to: { number: 3 },
      unchangedCount: 3,
      added: [{ number: '5.3', heading: 'Overcharge' }],
      removed: [{ number: 'A', heading: 'Test methods' }],
      changed: [
        {
          matchedBy: 'NUMBER',
          moved: false,
          informativeChanged: false,
          before: { number: '5.1', text: 'No fire or explosion within 5 min of the alarm.' },
          after: { number: '5.1', text: 'No fire or explosion within 15 min of the alarm.' },
          headingDiff: [{ kind: 'EQUAL', text: 'Thermal propagation' }],
          textDiff: [
            { kind: 'EQUAL', text: 'No fire or explosion within ' },
            { kind: 'DELETED', text: '5' },
            { kind: 'INSERTED', text: '15' },
            { kind: 'EQUAL', text: ' min of the alarm.' },
          ],
        },
      ],
    });
  });

  it('compares in the order asked, and a revision with itself as unchanged', async () => {
    const back = ok(await executeAs(c.app, c.secretary.token, CompareRevisions, { id: draftId, from: 3, to: 2 }));
    const comparison = back.draft?.compareRevisions;
    expect(comparison?.added).toEqual([{ number: 'A', heading: 'Test methods' }]);
    expect(comparison?.removed).toEqual([{ number: '5.3', heading: 'Overcharge' }]);
    expect(comparison?.changed.map((change) => change.after.text)).toEqual([
      'No fire or explosion within 10 min of the alarm.',
    ]);
    const same = ok(await executeAs(c.app, c.secretary.token, CompareRevisions, { id: draftId, from: 2, to: 2 }));
    expect(same.draft?.compareRevisions).toMatchObject({ added: [], removed: [], changed: [], unchangedCount: 5 });
  });

  it('answers null for a number that is not a revision of the draft', async () => {
    for (const [from, to] of [
      [1, 4],
      [0, 1],
      [-1, 3],
    ] as const) {
      const answer = ok(await executeAs(c.app, c.secretary.token, CompareRevisions, { id: draftId, from, to }));
      expect(answer.draft).not.toBeNull();
      expect(answer.draft?.compareRevisions).toBeNull();
    }
  });

  it('is readable only by those who may read the draft', async () => {
    const outsider = await executeAs(c.app, c.outsider.token, CompareRevisions, { id: draftId, from: 1, to: 3 });
    expect(codeOf(outsider)).toBe('FORBIDDEN');
    const anonymous = await executeAs(c.app, null, CompareRevisions, { id: draftId, from: 1, to: 3 });
    expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');
  });

  it('runs a constant, small number of statements', async () => {
    database.resetCount();
    ok(await executeAs(c.app, c.secretary.token, CompareRevisions, { id: draftId, from: 1, to: 3 }));
    // The token and roles (2), the draft, the two revisions, their clauses, the revisions' draft for
    // their access check, and the drizzle plugin's one batched re-read per object type (clauses, revisions).
    expect(database.statements.length).toBeLessThanOrEqual(8);
  });
});

describe('comparisons per request', () => {
  const ask = (query: string) =>
    executeAs(c.app, c.members[0].token, parse(query) as TypedDocumentNode<unknown, Record<string, never>>);
  const comparisons = (count: number, selection = 'changed { textDiff { text } }') =>
    Array.from({ length: count }, (_, i) => `c${i}: compareRevisions(from: 1, to: 3) { ${selection} }`);

  it('25 comparisons in each of a page of 100 drafts are refused before anything runs', async () => {
    database.resetCount();
    const each = comparisons(25, 'unchangedCount').join(' ');
    const answer = await ask(
      `{ committee(code: "${COMMITTEE_CODE}") { drafts(first: 100) { edges { node { ${each} } } } } }`,
    );
    expect([answer.status, codeOf(answer)]).toEqual([400, 'QUERY_TOO_MANY_COMPARISONS']);
    expect(answer.errors?.[0]?.message).toBe('A request may compare at most 10 pairs of revisions; found 2500.');
    expect(answer).not.toHaveProperty('data');
    expect(database.statements.filter((sql) => /draft|revision/u.test(sql))).toEqual([]);
  });

  it('a page of drafts counts as many comparisons as it can hold, also through fragments', async () => {
    const inPage = (first: number) =>
      ask(`{ committee(code: "${COMMITTEE_CODE}") { drafts(first: ${first}) { edges { node { ...C } } } } }
        fragment C on Draft { ${comparisons(1)} }`);
    expect(codeOf(await inPage(11))).toBe('QUERY_TOO_MANY_COMPARISONS');
    const ten = await inPage(10);
    expect([ten.status, codeOf(ten)]).toEqual([200, undefined]);
  });

  it('a single comparison still runs', async () => {
    const answer = await ask(`{ draft(id: "${draftId}") { ${comparisons(1)} } }`);
    expect(answer.status).toBe(200);
    expect(ok(answer)).toMatchObject({ draft: { c0: { changed: [{ textDiff: expect.any(Array) }] } } });
  });
});
