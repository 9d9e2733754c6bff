import { describe, expect, it } from 'vitest';
import { standards, versionReplacements, versions } from '../src/db/tables.ts';
import type { Db } from '../src/db/client.ts';
import { withVersionCorrectionPermit } from '../src/db/rules.ts';
import { designationKey } from '../src/domain/designation.ts';
import type { StandardKind, VersionType } from '../src/domain/enums.ts';
import { loadVersionGraph, loadVersionGraphForVersion } from '../src/domain/applicability/load.ts';
import { standardApplicability, versionStatus } from '../src/domain/applicability/rule.ts';
import { createTestDb } from './support/db.ts';

function addStandard(db: Db, designation: string, kind: StandardKind): number {
  return db
    .insert(standards)
    .values({ designation, designationKey: designationKey(designation), kind, titleEn: designation, publisher: 'SAC' })
    .returning({ id: standards.id })
    .all()[0]!.id;
}

function addVersion(
  db: Db,
  standardId: number,
  designation: string,
  dates: { effective?: string; published?: string; withdrawn?: string } = {},
  type: VersionType = 'EDITION',
  baseId: number | null = null,
): number {
  return db
    .insert(versions)
    .values({ standardId, designation, designationKey: designationKey(designation), type, baseId, ...dates })
    .returning({ id: versions.id })
    .all()[0]!.id;
}

/** Adds a replacement between stored versions, as a correction (the database refuses it otherwise). */
function replace(db: Db, replacingId: number, replacedId: number): void {
  withVersionCorrectionPermit(db, () => db.insert(versionReplacements).values({ replacingId, replacedId }).run());
}

/** GB/T A-2001 → GB B-2015 → GB C-2020 (+ an amendment), plus versions that are not connected. */
function seed(db: Db) {
  const sA = addStandard(db, 'GB/T 1000', 'GB_T');
  const sB = addStandard(db, 'GB 2000', 'GB');
  const sC = addStandard(db, 'GB 3000', 'GB');
  const sX = addStandard(db, 'GB 9000', 'GB');
  const a = addVersion(db, sA, 'GB/T 1000-2001', { effective: '2001-06-01', withdrawn: '2016-01-01' });
  const b = addVersion(db, sB, 'GB 2000-2015', { effective: '2016-01-01' });
  const c = addVersion(db, sC, 'GB 3000-2020', { effective: '2021-01-01' });
  const cAmd = addVersion(db, sC, 'GB 3000-2020/XG1-2022', { effective: '2022-07-01' }, 'AMENDMENT', c);
  const bOther = addVersion(db, sB, 'GB 2000-1990', { published: '1990' });
  const x = addVersion(db, sX, 'GB 9000-2019', { effective: '2019-01-01' });
  replace(db, b, a);
  replace(db, c, b);
  return { sA, sB, sC, sX, a, b, c, cAmd, bOther, x };
}

describe('loadVersionGraph', () => {
  it('loads the component reachable through replacements, bases and modifications, and nothing else', () => {
    const t = createTestDb();
    const s = seed(t.db);
    const graph = loadVersionGraph(t.db, [s.sA]);
    expect(graph.versions.map((v) => v.id).sort((p, q) => p - q)).toEqual([s.a, s.b, s.c, s.cAmd]);
    expect(graph.replacements).toEqual([
      { replacingId: s.b, replacedId: s.a },
      { replacingId: s.c, replacedId: s.b },
    ]);
    // Whole rows, exactly as Drizzle reads them: answers return them without reading them again.
    const amendment = graph.versions.find((v) => v.id === s.cAmd);
    expect(amendment).toMatchObject({
      standardId: s.sC,
      designation: 'GB 3000-2020/XG1-2022',
      type: 'AMENDMENT',
      baseId: s.c,
      effective: '2022-07-01',
    });
    expect(amendment).toEqual(t.db.query.versions.findFirst({ where: { id: s.cAmd } }).sync());
    // The version two replacement hops away, in another standard, is the answer for the GB/T.
    expect(standardApplicability(graph, s.sA, '2022-01-01', 'NEW_TYPES').successorIds).toEqual([s.c]);
    t.close();
  });

  it('reaches replaced versions and bases from a modification', () => {
    const t = createTestDb();
    const s = seed(t.db);
    const graph = loadVersionGraphForVersion(t.db, s.cAmd);
    expect(graph.versions.map((v) => v.id).sort((p, q) => p - q)).toEqual([s.a, s.b, s.c, s.cAmd]);
    expect(versionStatus(graph, s.cAmd, '2022-07-01', 'NEW_TYPES')).toBe('IN_FORCE');
    expect(loadVersionGraphForVersion(t.db, 999)).toEqual({ versions: [], replacements: [] });
    t.close();
  });

  it('loads several standards at once, and nothing for none', () => {
    const t = createTestDb();
    const s = seed(t.db);
    const graph = loadVersionGraph(t.db, [s.sB, s.sX]);
    expect(graph.versions.map((v) => v.id).sort((p, q) => p - q)).toEqual([s.a, s.b, s.c, s.cAmd, s.bOther, s.x]);
    t.resetCount();
    expect(loadVersionGraph(t.db, [])).toEqual({ versions: [], replacements: [] });
    expect(t.statements).toHaveLength(0);
    t.close();
  });

  it('runs the same number of statements whatever the size of the component', () => {
    const counts = [2, 40].map((length) => {
      const t = createTestDb();
      // A chain of `length` versions, each in its own standard, each with an amendment.
      let previous: number | null = null;
      let first = 0;
      for (let i = 0; i < length; i++) {
        const sid = addStandard(t.db, `GB ${100 + i}`, 'GB');
        const v = addVersion(t.db, sid, `GB ${100 + i}-2000`, { effective: `${2000 + i}-01-01` });
        addVersion(t.db, sid, `GB ${100 + i}-2000/XG1`, { effective: `${2000 + i}-06-01` }, 'AMENDMENT', v);
        if (previous !== null) replace(t.db, v, previous);
        else first = sid;
        previous = v;
      }
      t.resetCount();
      const graph = loadVersionGraph(t.db, [first]);
      expect(graph.versions).toHaveLength(2 * length);
      expect(graph.replacements).toHaveLength(length - 1);
      const count = t.statements.length;
      t.close();
      return count;
    });
    expect(counts).toEqual([1, 1]);
  });
});
