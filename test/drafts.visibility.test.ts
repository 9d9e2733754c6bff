import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { drafts } from '../src/db/committee-tables.ts';
import { committees } from '../src/db/tables.ts';
import { isAllowed } from '../src/domain/accounts/permissions.ts';
import type { Viewer } from '../src/domain/accounts/viewer.ts';
import { draftSubject } from '../src/domain/drafts/access.ts';
import { draftReadFilter, draftReadScope } from '../src/domain/drafts/visibility.ts';
import { type CommitteeRole, DRAFT_STAGES } from '../src/domain/enums.ts';
import { createTestDb } from './support/db.ts';
import { createPersonWithToken } from './support/people.ts';

// Draft visibility has one definition (src/domain/drafts/visibility.ts): the permission every
// draft, revision, comment and ballot is guarded by, and the SQL filter lists page with. Over every
// viewer × draft here, the two must admit exactly the same drafts.

function setUp() {
  const database = createTestDb();
  const { db } = database;
  const [a, b, c] = ['TC/A', 'TC/B', 'TC/C'].map(
    (code) => db.insert(committees).values({ code, nameEn: code }).returning().get().id,
  ) as [number, number, number];
  const leader = createPersonWithToken(db, { name: 'Leader' }).personId;
  const at = '2026-01-01T00:00:00.000Z';
  for (const committeeId of [a, b, c])
    for (const stage of DRAFT_STAGES)
      for (const publicEnquiry of [false, true])
        db.insert(drafts)
          .values({
            committeeId,
            leaderId: leader,
            newStandardDesignation: `GB ${committeeId}${stage}${publicEnquiry}`,
            newStandardKind: 'GB',
            titleEn: 'Draft',
            versionDesignation: `GB ${committeeId}-${stage}-${publicEnquiry}`,
            versionType: 'EDITION',
            stage,
            publicEnquiry,
            createdAt: at,
            updatedAt: at,
          })
          .run();
  return { database, committees: { a, b, c } };
}

const viewer = (personId: number, isAdmin: boolean, roles: [number, CommitteeRole][]): Viewer => ({
  personId,
  name: `Viewer ${personId}`,
  isAdmin,
  roles: new Map(roles),
  tokenId: personId,
});

describe('draft visibility', () => {
  it('the SQL filter of lists admits exactly the drafts the draft.read permission allows, for every viewer', () => {
    const { database, committees: k } = setUp();
    const all = database.db.select().from(drafts).all();
    expect(all.length).toBe(3 * DRAFT_STAGES.length * 2);
    const viewers: [string, Viewer | null][] = [
      ['anonymous', null],
      ['outsider', viewer(101, false, [])],
      ['observer of A', viewer(102, false, [[k.a, 'OBSERVER']])],
      [
        'member of A and chair of B',
        viewer(103, false, [
          [k.a, 'MEMBER'],
          [k.b, 'CHAIR'],
        ]),
      ],
      ['administrator', viewer(104, true, [])],
      ['administrator and secretary of C', viewer(105, true, [[k.c, 'SECRETARY']])],
    ];
    const seen = new Map<string, number>();
    for (const [name, v] of viewers) {
      const byPredicate = all.filter((d) => isAllowed(v, 'draft.read', draftSubject(d))).map((d) => d.id);
      const bySql = database.db
        .select({ id: drafts.id })
        .from(drafts)
        .where(draftReadFilter(drafts, draftReadScope(v)))
        .orderBy(drafts.id)
        .all()
        .map((r) => r.id);
      expect({ name, ids: bySql }).toEqual({ name, ids: byPredicate });
      seen.set(name, bySql.length);
    }
    // The matrix tells the cases apart: nobody, the public enquiries, one committee, two, everything.
    expect(Object.fromEntries(seen)).toEqual({
      anonymous: 0,
      outsider: 3,
      'observer of A': DRAFT_STAGES.length * 2 + 2,
      'member of A and chair of B': 2 * DRAFT_STAGES.length * 2 + 1,
      administrator: all.length,
      'administrator and secretary of C': all.length,
    });
  });

  it('a public-enquiry flag outside the enquiry stage opens the draft to nobody outside the committee', () => {
    const { database } = setUp();
    const outsider = viewer(101, false, []);
    const visible = database.db
      .select()
      .from(drafts)
      .where(draftReadFilter(drafts, draftReadScope(outsider)))
      .all();
    expect(visible.map((d) => [d.stage, d.publicEnquiry])).toEqual(Array(3).fill(['ENQUIRY', true]));
    const flaggedElsewhere = database.db.select().from(drafts).where(eq(drafts.stage, 'APPROVAL')).all();
    expect(flaggedElsewhere.some((d) => d.publicEnquiry)).toBe(true);
    expect(flaggedElsewhere.filter((d) => isAllowed(outsider, 'draft.read', draftSubject(d)))).toEqual([]);
  });
});

describe('person.readPrivate', () => {
  it('lets the person and administrators read private details, nobody else', () => {
    const ownerId = 7;
    expect(isAllowed(viewer(ownerId, false, []), 'person.readPrivate', { ownerId })).toBe(true);
    expect(isAllowed(viewer(8, true, []), 'person.readPrivate', { ownerId })).toBe(true);
    expect(isAllowed(viewer(9, false, [[1, 'CHAIR']]), 'person.readPrivate', { ownerId, committeeIds: [1] })).toBe(
      false,
    );
    expect(isAllowed(null, 'person.readPrivate', { ownerId })).toBe(false);
  });
});
