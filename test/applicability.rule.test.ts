import { describe, expect, it } from 'vitest';
import type { ApplicabilityScope, VersionType } from '../src/domain/enums.ts';
import {
  analyseGraph,
  standardApplicability,
  versionState,
  versionStatus,
  type ReplacementEdge,
  type VersionFacts,
  type VersionGraph,
} from '../src/domain/applicability/rule.ts';

// Synthetic graphs for the rule in docs/applicability.md, one `describe` per numbered point.

type Dates = Partial<
  Pick<VersionFacts, 'published' | 'effective' | 'mandatoryNewTypes' | 'mandatoryExistingTypes' | 'withdrawn'>
>;

/** Ids are assigned 1, 2, 3… in the order versions are added. */
class GraphBuilder implements VersionGraph {
  versions: VersionFacts[] = [];
  replacements: ReplacementEdge[] = [];

  base(standardId: number, designation: string, dates: Dates = {}, type: VersionType = 'EDITION'): number {
    return this.#add(standardId, designation, dates, type, null);
  }

  mod(baseId: number, designation: string, dates: Dates = {}, type: VersionType = 'AMENDMENT'): number {
    const base = this.versions.find((v) => v.id === baseId)!;
    return this.#add(base.standardId, designation, dates, type, baseId);
  }

  replace(replacing: number, ...replaced: number[]): this {
    for (const r of replaced) this.replacements.push({ replacingId: replacing, replacedId: r });
    return this;
  }

  #add(standardId: number, designation: string, dates: Dates, type: VersionType, baseId: number | null): number {
    const id = this.versions.length + 1;
    this.versions.push({
      id,
      standardId,
      designation,
      type,
      baseId,
      published: dates.published ?? null,
      effective: dates.effective ?? null,
      mandatoryNewTypes: dates.mandatoryNewTypes ?? null,
      mandatoryExistingTypes: dates.mandatoryExistingTypes ?? null,
      withdrawn: dates.withdrawn ?? null,
    });
    return id;
  }
}

const NEW: ApplicabilityScope = 'NEW_TYPES';
const EXISTING: ApplicabilityScope = 'EXISTING_TYPES';

/** Statuses of `ids` on each date, for compact assertions. */
function statuses(g: VersionGraph, ids: number[], dates: string[], scope = NEW) {
  const a = analyseGraph(g);
  return dates.map((d) => ids.map((id) => versionStatus(a, id, d, scope)));
}

describe('1. a version takes effect on `effective`, else on `published`', () => {
  it('uses effective over published', () => {
    const g = new GraphBuilder();
    const v = g.base(1, 'GB 38032-2020', { published: '2020-05-12', effective: '2021-01-01' });
    expect(statuses(g, [v], ['2020-06-01', '2020-12-31', '2021-01-01'])).toEqual([
      ['UPCOMING'],
      ['UPCOMING'],
      ['IN_FORCE'],
    ]);
  });

  it('uses a full published date when there is no effective date', () => {
    const g = new GraphBuilder();
    const v = g.base(1, 'GB/T 31486-2015', { published: '2015-05-15' });
    expect(statuses(g, [v], ['2015-05-14', '2015-05-15'])).toEqual([['UPCOMING'], ['IN_FORCE']]);
  });

  it('reads a published month as a range: undecided inside it, decided outside', () => {
    const g = new GraphBuilder();
    const v = g.base(1, 'ISO 26262:2018', { published: '2018-12' });
    // On the range's last day it has certainly taken effect, whichever day of December it was.
    expect(statuses(g, [v], ['2018-11-30', '2018-12-01', '2018-12-30', '2018-12-31'])).toEqual([
      ['UPCOMING'],
      ['UNKNOWN'],
      ['UNKNOWN'],
      ['IN_FORCE'],
    ]);
    expect(versionState(g, v, '2018-12-15', NEW)).toEqual({ status: 'UNKNOWN', applies: 'MAYBE' });
  });

  it('reads a published year as a range', () => {
    const g = new GraphBuilder();
    const v = g.base(1, 'SAE J2464 1999', { published: '1999' });
    expect(statuses(g, [v], ['1998-12-31', '1999-01-01', '1999-12-30', '1999-12-31', '2000-01-01'])).toEqual([
      ['UPCOMING'],
      ['UNKNOWN'],
      ['UNKNOWN'],
      ['IN_FORCE'],
      ['IN_FORCE'],
    ]);
  });

  it('leaves a version with no dates and no relations undecided on every date', () => {
    const g = new GraphBuilder();
    const v = g.base(1, 'X-undated');
    expect(statuses(g, [v], ['1900-01-01', '2100-01-01'])).toEqual([['UNKNOWN'], ['UNKNOWN']]);
    expect(standardApplicability(g, 1, '2020-01-01', NEW)).toEqual({
      versions: [],
      currentId: null,
      unknownIds: [v],
      successorIds: [],
    });
  });
});

describe("2. a version stops applying at its replacement's cut-off for the scope, or when withdrawn", () => {
  it('without mandatory dates: ends for new types when the replacement takes effect, never for existing types', () => {
    const g = new GraphBuilder();
    const v15 = g.base(1, 'GB/T 31486-2015', { published: '2015-05-15' });
    const v24 = g.base(1, 'GB/T 31486-2024', { published: '2024-09-29', effective: '2025-04-01' });
    g.replace(v24, v15);
    const dates = ['2025-03-31', '2025-04-01', '2040-01-01'];
    expect(statuses(g, [v15, v24], dates, NEW)).toEqual([
      ['IN_FORCE', 'UPCOMING'],
      ['SUPERSEDED', 'IN_FORCE'],
      ['SUPERSEDED', 'IN_FORCE'],
    ]);
    // An absent mandatoryExistingTypes is "no such provision": types approved under 2015 keep it.
    expect(statuses(g, [v15, v24], dates, EXISTING)).toEqual([
      ['IN_FORCE', 'UPCOMING'],
      ['IN_TRANSITION', 'IN_FORCE'],
      ['IN_TRANSITION', 'IN_FORCE'],
    ]);
  });

  it('with distinct new-type and existing-type cut-offs', () => {
    const g = new GraphBuilder();
    const old = g.base(1, 'GB 18384-2015', { effective: '2015-09-01' });
    const neu = g.base(1, 'GB 18384-2020', {
      effective: '2021-01-01',
      mandatoryNewTypes: '2022-07-01',
      mandatoryExistingTypes: '2024-07-01',
    });
    g.replace(neu, old);
    const dates = ['2020-12-31', '2021-01-01', '2022-06-30', '2022-07-01', '2024-06-30', '2024-07-01'];
    expect(statuses(g, [old], dates, NEW).flat()).toEqual([
      'IN_FORCE',
      'IN_TRANSITION',
      'IN_TRANSITION',
      'SUPERSEDED',
      'SUPERSEDED',
      'SUPERSEDED',
    ]);
    expect(statuses(g, [old], dates, EXISTING).flat()).toEqual([
      'IN_FORCE',
      'IN_TRANSITION',
      'IN_TRANSITION',
      'IN_TRANSITION',
      'IN_TRANSITION',
      'SUPERSEDED',
    ]);
  });

  it('is undecided while a replacement of reduced precision may or may not have taken effect', () => {
    const g = new GraphBuilder();
    const v = g.base(1, 'ISO 26262:2011', { effective: '2011-11-15' });
    const w = g.base(1, 'ISO 26262:2018', { published: '2018-12' });
    g.replace(w, v);
    expect(statuses(g, [v], ['2018-11-30', '2018-12-10', '2019-01-01']).flat()).toEqual([
      'IN_FORCE',
      'UNKNOWN',
      'SUPERSEDED',
    ]);
    expect(versionState(g, v, '2018-12-10', NEW).applies).toBe('MAYBE');
  });

  it('ends on its withdrawal date', () => {
    const g = new GraphBuilder();
    const v = g.base(1, 'GB/T 1-2010', { effective: '2010-01-01', withdrawn: '2023-01-01' });
    expect(statuses(g, [v], ['2022-12-31', '2023-01-01'], EXISTING).flat()).toEqual(['IN_FORCE', 'WITHDRAWN']);
  });

  it('reports WITHDRAWN over SUPERSEDED', () => {
    const g = new GraphBuilder();
    const v = g.base(1, 'GB/T 2-2010', { effective: '2010-01-01', withdrawn: '2022-01-01' });
    const w = g.base(1, 'GB/T 2-2020', { effective: '2021-01-01' });
    g.replace(w, v);
    expect(statuses(g, [v], ['2020-12-31', '2021-06-01', '2022-01-01']).flat()).toEqual([
      'IN_FORCE',
      'SUPERSEDED',
      'WITHDRAWN',
    ]);
    // Withdrawn on the very day the replacement takes effect: WITHDRAWN, not SUPERSEDED.
    const h = new GraphBuilder();
    const a = h.base(1, 'A', { effective: '2010-01-01', withdrawn: '2021-01-01' });
    const b = h.base(1, 'B', { effective: '2021-01-01' });
    h.replace(b, a);
    expect(versionStatus(h, a, '2021-01-01', NEW)).toBe('WITHDRAWN');
  });

  it('ends when any one of several replacements reaches its cut-off', () => {
    const g = new GraphBuilder();
    const v = g.base(1, 'GB/T 3-2010', { effective: '2010-01-01' });
    const w1 = g.base(2, 'GB 4-2020', { effective: '2021-01-01', mandatoryNewTypes: '2023-01-01' });
    const w2 = g.base(3, 'GB 5-2021', { effective: '2022-01-01' });
    g.replace(w1, v).replace(w2, v);
    expect(statuses(g, [v], ['2021-06-01', '2022-01-01']).flat()).toEqual(['IN_TRANSITION', 'SUPERSEDED']);
  });
  it('ends a version at the cut-off of any later version in its replacement chain, not only the next one', () => {
    // 00 ← 01 (new types keep 00 until 2030) ← 02 (no transition): once 02 takes effect in 2020,
    // neither 01 nor 00 may be used for new types, though 01's own cut-off for 00 is far ahead.
    const g = new GraphBuilder();
    const s00 = g.base(1, 'UN R9 00 series', { effective: '2010-01-01' }, 'SERIES');
    const s01 = g.base(1, 'UN R9 01 series', { effective: '2015-01-01', mandatoryNewTypes: '2030-01-01' }, 'SERIES');
    const s02 = g.base(1, 'UN R9 02 series', { effective: '2020-01-01' }, 'SERIES');
    g.replace(s01, s00).replace(s02, s01);
    expect(statuses(g, [s00, s01, s02], ['2016-01-01', '2021-01-01'])).toEqual([
      ['IN_TRANSITION', 'IN_FORCE', 'UPCOMING'],
      ['SUPERSEDED', 'SUPERSEDED', 'IN_FORCE'],
    ]);
    expect(standardApplicability(g, 1, '2021-01-01', NEW).versions.map((v) => v.versionId)).toEqual([s02]);
    // Existing types: 2020 ends both older editions for types approved before, from 2022.
    const e = new GraphBuilder();
    const e2010 = e.base(1, 'GB 20-2010', { effective: '2010-01-01' });
    const e2015 = e.base(1, 'GB 20-2015', { effective: '2015-01-01' });
    const e2020 = e.base(1, 'GB 20-2020', { effective: '2020-01-01', mandatoryExistingTypes: '2022-01-01' });
    e.replace(e2015, e2010).replace(e2020, e2015);
    expect(statuses(e, [e2010, e2015, e2020], ['2021-01-01', '2023-01-01'], EXISTING)).toEqual([
      ['IN_TRANSITION', 'IN_TRANSITION', 'IN_FORCE'],
      ['SUPERSEDED', 'SUPERSEDED', 'IN_FORCE'],
    ]);
  });
});

describe('3. between the replacement taking effect and the cut-off, both apply', () => {
  it('lists both, the replacement first, the replaced one IN_TRANSITION', () => {
    const g = new GraphBuilder();
    const old = g.base(1, 'UN R100 02 series', { effective: '2013-07-15' }, 'SERIES');
    const neu = g.base(
      1,
      'UN R100 03 series',
      { effective: '2021-06-09', mandatoryNewTypes: '2023-09-01', mandatoryExistingTypes: '2025-09-01' },
      'SERIES',
    );
    g.replace(neu, old);
    expect(standardApplicability(g, 1, '2022-01-01', NEW)).toEqual({
      versions: [
        { versionId: neu, status: 'IN_FORCE', modificationIds: [] },
        { versionId: old, status: 'IN_TRANSITION', modificationIds: [] },
      ],
      currentId: neu,
      unknownIds: [],
      successorIds: [],
    });
    expect(standardApplicability(g, 1, '2024-01-01', NEW).versions.map((v) => v.versionId)).toEqual([neu]);
    expect(standardApplicability(g, 1, '2024-01-01', EXISTING).versions).toEqual([
      { versionId: neu, status: 'IN_FORCE', modificationIds: [] },
      { versionId: old, status: 'IN_TRANSITION', modificationIds: [] },
    ]);
  });

  it('is UNKNOWN but certainly applying when the replacement may or may not have taken effect', () => {
    const g = new GraphBuilder();
    const old = g.base(1, 'GB 6-2010', { effective: '2010-01-01' });
    const neu = g.base(1, 'GB 6-2021', { published: '2021', mandatoryNewTypes: '2023-01-01' });
    g.replace(neu, old);
    expect(versionState(g, old, '2021-06-01', NEW)).toEqual({ status: 'UNKNOWN', applies: 'YES' });
    expect(standardApplicability(g, 1, '2021-06-01', NEW)).toEqual({
      versions: [{ versionId: old, status: 'UNKNOWN', modificationIds: [] }],
      currentId: old,
      unknownIds: [neu],
      successorIds: [],
    });
    expect(versionStatus(g, old, '2022-01-01', NEW)).toBe('IN_TRANSITION');
  });
});

describe('4. a modification applies when it has taken effect and its base applies', () => {
  it('applies an amendment from its own date, listed under its base', () => {
    const g = new GraphBuilder();
    const base = g.base(1, 'GB 7-2020', { effective: '2020-07-01' });
    const amd = g.mod(base, 'GB 7-2020/XG1-2022', { effective: '2022-03-01' });
    expect(statuses(g, [base, amd], ['2021-01-01', '2022-03-01'])).toEqual([
      ['IN_FORCE', 'UPCOMING'],
      ['IN_FORCE', 'IN_FORCE'],
    ]);
    expect(standardApplicability(g, 1, '2021-01-01', NEW).versions).toEqual([
      { versionId: base, status: 'IN_FORCE', modificationIds: [] },
    ]);
    expect(standardApplicability(g, 1, '2022-03-01', NEW).versions).toEqual([
      { versionId: base, status: 'IN_FORCE', modificationIds: [amd] },
    ]);
  });

  it('lists amendments and corrigenda latest first; one of reduced precision is unknown inside its range', () => {
    const g = new GraphBuilder();
    const base = g.base(1, 'ISO 6469-3:2021', { published: '2021-10' });
    const cor = g.mod(base, 'ISO 6469-3:2021/Cor 1:2022', { published: '2022-02-14' }, 'CORRIGENDUM');
    const amd = g.mod(base, 'ISO 6469-3:2021/Amd 1:2022', { published: '2022-11-20' });
    const amd2 = g.mod(base, 'ISO 6469-3:2021/Amd 2:2024', { published: '2024' });
    expect(standardApplicability(g, 1, '2024-06-01', NEW)).toEqual({
      versions: [{ versionId: base, status: 'IN_FORCE', modificationIds: [amd, cor] }],
      currentId: base,
      unknownIds: [amd2],
      successorIds: [],
    });
    expect(standardApplicability(g, 1, '2025-01-01', NEW).versions[0]!.modificationIds).toEqual([amd2, amd, cor]);
  });

  it('follows a parallel UN series: the 00 series takes a supplement after the 01 series exists', () => {
    const g = new GraphBuilder();
    const s00 = g.base(1, 'UN R10 00 series', { effective: '2010-01-01' }, 'SERIES');
    const s01 = g.base(
      1,
      'UN R10 01 series',
      { effective: '2016-01-01', mandatoryNewTypes: '2018-01-01', mandatoryExistingTypes: '2020-01-01' },
      'SERIES',
    );
    g.replace(s01, s00);
    const sup = g.mod(s00, 'UN R10 00 series Suppl. 5', { effective: '2017-06-01' }, 'SUPPLEMENT');
    expect(standardApplicability(g, 1, '2017-07-01', NEW)).toEqual({
      versions: [
        { versionId: s01, status: 'IN_FORCE', modificationIds: [] },
        { versionId: s00, status: 'IN_TRANSITION', modificationIds: [sup] },
      ],
      currentId: s01,
      unknownIds: [],
      successorIds: [],
    });
    expect(versionStatus(g, sup, '2017-07-01', NEW)).toBe('IN_TRANSITION');
    expect(versionStatus(g, sup, '2018-06-01', NEW)).toBe('SUPERSEDED');
    expect(standardApplicability(g, 1, '2018-06-01', EXISTING).versions).toEqual([
      { versionId: s01, status: 'IN_FORCE', modificationIds: [] },
      { versionId: s00, status: 'IN_TRANSITION', modificationIds: [sup] },
    ]);
    expect(versionStatus(g, sup, '2020-01-01', EXISTING)).toBe('SUPERSEDED');
  });

  it('stops on its own withdrawal, and with its base', () => {
    const g = new GraphBuilder();
    const base = g.base(1, 'GB 8-2015', { effective: '2015-01-01', withdrawn: '2024-01-01' });
    const amd = g.mod(base, 'GB 8-2015/XG1', { effective: '2016-01-01', withdrawn: '2020-01-01' });
    const cor = g.mod(base, 'GB 8-2015/Cor1', { effective: '2016-01-01' }, 'CORRIGENDUM');
    expect(statuses(g, [base, amd, cor], ['2019-01-01', '2020-01-01', '2024-01-01'])).toEqual([
      ['IN_FORCE', 'IN_FORCE', 'IN_FORCE'],
      ['IN_FORCE', 'WITHDRAWN', 'IN_FORCE'],
      ['WITHDRAWN', 'WITHDRAWN', 'WITHDRAWN'],
    ]);
  });

  it('is unknown when its base may or may not apply', () => {
    const g = new GraphBuilder();
    const base = g.base(1, 'SAE J1-2010', { effective: '2010-01-01' });
    const amd = g.mod(base, 'SAE J1-2010 Amd', { effective: '2012-01-01' });
    const next = g.base(1, 'SAE J1-2019', { published: '2019' });
    g.replace(next, base);
    expect(versionState(g, amd, '2019-06-01', NEW)).toEqual({ status: 'UNKNOWN', applies: 'MAYBE' });
    expect(standardApplicability(g, 1, '2019-06-01', NEW)).toEqual({
      versions: [],
      currentId: null,
      unknownIds: [next, amd, base],
      successorIds: [],
    });
    expect(versionStatus(g, amd, '2020-01-01', NEW)).toBe('SUPERSEDED');
  });
});

describe('5. unknown dates are bounded by related versions, never guessed', () => {
  it('a version with no dates whose successor took effect in 2013 has stopped applying for new types by 2014', () => {
    const g = new GraphBuilder();
    const v = g.base(1, 'GB/T 9-undated');
    const w = g.base(1, 'GB/T 9-2013', { published: '2013' });
    g.replace(w, v);
    expect(statuses(g, [v], ['2012-06-01', '2013-06-01', '2014-01-01']).flat()).toEqual([
      'UNKNOWN',
      'UNKNOWN',
      'SUPERSEDED',
    ]);
    // For existing types nothing ends it, and by 2014 it has certainly taken effect.
    expect(versionStatus(g, v, '2014-01-01', EXISTING)).toBe('IN_TRANSITION');
    expect(analyseGraph(g).takeEffect(v)).toEqual({ lo: null, hi: '2013-12-31' });
  });

  it('bounds through a chain of undated versions', () => {
    const g = new GraphBuilder();
    const a = g.base(1, 'A');
    const b = g.base(1, 'B');
    const c = g.base(1, 'C', { effective: '2013-05-01' });
    g.replace(b, a).replace(c, b);
    expect(statuses(g, [a, b], ['2013-04-30', '2013-05-01'])).toEqual([
      ['UNKNOWN', 'UNKNOWN'],
      ['SUPERSEDED', 'SUPERSEDED'],
    ]);
  });

  it('a replacement takes effect no earlier than what it replaces', () => {
    const g = new GraphBuilder();
    const v = g.base(1, 'GB 10-2015', { effective: '2015-01-01' });
    const w = g.base(1, 'GB 10-undated');
    g.replace(w, v);
    expect(statuses(g, [v, w], ['2014-06-01', '2016-01-01'])).toEqual([
      ['UPCOMING', 'UPCOMING'],
      ['UNKNOWN', 'UNKNOWN'],
    ]);
    expect(analyseGraph(g).takeEffect(w)).toEqual({ lo: '2015-01-01', hi: null });
  });

  it('a version takes effect no later than its own mandatory and withdrawal dates', () => {
    const g = new GraphBuilder();
    const v = g.base(
      1,
      'UN R11 02 series',
      { mandatoryNewTypes: '2012-01-01', mandatoryExistingTypes: '2014-01-01' },
      'SERIES',
    );
    const x = g.base(2, 'GB/T 12-undated', { withdrawn: '2018-01-01' });
    expect(statuses(g, [v, x], ['2011-12-31', '2012-01-01'])).toEqual([
      ['UNKNOWN', 'UNKNOWN'],
      ['IN_FORCE', 'UNKNOWN'],
    ]);
    expect(analyseGraph(g).takeEffect(x)).toEqual({ lo: null, hi: '2018-01-01' });
  });

  it('a modification takes effect no earlier than its base, and a base no later than its modification', () => {
    const g = new GraphBuilder();
    const base = g.base(1, 'GB 13-2019', { effective: '2019-07-01' });
    const amd = g.mod(base, 'GB 13-2019/XG1', { published: '2019' });
    // Without the bound the amendment would be UNKNOWN on 2019-03-01.
    expect(versionStatus(g, amd, '2019-03-01', NEW)).toBe('UPCOMING');
    expect(versionStatus(g, amd, '2019-09-01', NEW)).toBe('UNKNOWN');
    const h = new GraphBuilder();
    const undated = h.base(1, 'ISO 14');
    const cor = h.mod(undated, 'ISO 14/Cor 1:2016', { effective: '2016-02-01' }, 'CORRIGENDUM');
    expect(statuses(h, [undated, cor], ['2016-01-31', '2016-02-01'])).toEqual([
      ['UNKNOWN', 'UPCOMING'],
      ['IN_FORCE', 'IN_FORCE'],
    ]);
  });

  it('leaves undecided what the bounds cannot decide', () => {
    const g = new GraphBuilder();
    const v = g.base(1, 'V');
    const w = g.base(1, 'W');
    g.replace(w, v);
    expect(statuses(g, [v, w], ['1990-01-01', '2090-01-01'])).toEqual([
      ['UNKNOWN', 'UNKNOWN'],
      ['UNKNOWN', 'UNKNOWN'],
    ]);
  });

  it("keeps a version's own dates when a bound contradicts them, and does not hang on a cycle", () => {
    const g = new GraphBuilder();
    const v = g.base(1, 'V-2015', { effective: '2015-01-01' });
    const w = g.base(1, 'W-2010', { effective: '2010-01-01' });
    g.replace(w, v);
    const a = analyseGraph(g);
    expect([a.takeEffect(v), a.takeEffect(w)]).toEqual([
      { lo: '2015-01-01', hi: '2015-01-01' },
      { lo: '2010-01-01', hi: '2010-01-01' },
    ]);
    expect(statuses(g, [v, w], ['2012-01-01', '2016-01-01'])).toEqual([
      ['UPCOMING', 'IN_FORCE'],
      ['SUPERSEDED', 'IN_FORCE'],
    ]);

    const c = new GraphBuilder();
    const x = c.base(1, 'X', { published: '2001' });
    const y = c.base(1, 'Y');
    c.replace(x, y).replace(y, x);
    // Each bounds the other to 2001, and each ends the other: a consistent reading, computed in finite time.
    expect(statuses(c, [x, y], ['2000-06-01', '2005-01-01'])).toEqual([
      ['UPCOMING', 'UPCOMING'],
      ['SUPERSEDED', 'SUPERSEDED'],
    ]);
  });
});

describe('6. the answer for a standard on a date', () => {
  const GB_T_1 = 11;
  const GB_T_2 = 12;
  const GB = 20;

  function manyToOne() {
    const g = new GraphBuilder();
    const p1 = g.base(GB_T_1, 'GB/T 18384.1-2015', { published: '2015-05-15', withdrawn: '2021-01-01' });
    const p2 = g.base(GB_T_2, 'GB/T 18384.2-2015', { published: '2015-05-15', withdrawn: '2021-01-01' });
    const gb = g.base(GB, 'GB 18384-2020', { published: '2020-05-12', effective: '2021-01-01' });
    g.replace(gb, p1, p2);
    return { g, p1, p2, gb };
  }

  it('points a lab asking about a withdrawn GB/T to the GB that replaced it (one GB replacing two GB/T)', () => {
    const { g, p1, p2, gb } = manyToOne();
    expect(standardApplicability(g, GB_T_1, '2021-06-01', NEW)).toEqual({
      versions: [],
      currentId: null,
      unknownIds: [],
      successorIds: [gb],
    });
    expect(standardApplicability(g, GB_T_2, '2021-06-01', EXISTING).successorIds).toEqual([gb]);
    expect(standardApplicability(g, GB_T_1, '2020-06-01', NEW)).toEqual({
      versions: [{ versionId: p1, status: 'IN_FORCE', modificationIds: [] }],
      currentId: p1,
      unknownIds: [],
      successorIds: [],
    });
    expect(standardApplicability(g, GB, '2021-06-01', NEW)).toEqual({
      versions: [{ versionId: gb, status: 'IN_FORCE', modificationIds: [] }],
      currentId: gb,
      unknownIds: [],
      successorIds: [],
    });
    expect(versionStatus(g, p2, '2021-01-01', NEW)).toBe('WITHDRAWN');
  });

  it('follows successors through a chain to the versions that apply', () => {
    const g = new GraphBuilder();
    const old = g.base(GB_T_1, 'GB/T 19751-2005', { effective: '2005-10-01', withdrawn: '2016-01-01' });
    const gb15 = g.base(GB, 'GB 38031-2015', { effective: '2016-01-01' });
    const gb25 = g.base(GB, 'GB 38031-2025', { effective: '2026-07-01' });
    g.replace(gb15, old).replace(gb25, gb15);
    expect(standardApplicability(g, GB_T_1, '2020-01-01', NEW).successorIds).toEqual([gb15]);
    expect(standardApplicability(g, GB_T_1, '2027-01-01', NEW).successorIds).toEqual([gb25]);
    // For existing types the 2015 edition still applies, so it is the answer.
    expect(standardApplicability(g, GB_T_1, '2027-01-01', EXISTING).successorIds).toEqual([gb15]);
  });

  it('follows a chain through a third standard', () => {
    const g = new GraphBuilder();
    const a = g.base(GB_T_1, 'GB/T A-2001', { effective: '2001-01-01', withdrawn: '2010-01-01' });
    const b = g.base(GB_T_2, 'GB/T B-2009', { effective: '2010-01-01', withdrawn: '2018-01-01' });
    const c1 = g.base(GB, 'GB C-2017', { effective: '2018-01-01' });
    const c2 = g.base(30, 'GB D-2017', { effective: '2018-01-01' });
    g.replace(b, a).replace(c1, b).replace(c2, b);
    expect(standardApplicability(g, GB_T_1, '2012-01-01', NEW).successorIds).toEqual([b]);
    expect(standardApplicability(g, GB_T_1, '2019-01-01', NEW).successorIds).toEqual([c2, c1]);
  });

  it('has no successors for a replacement within the standard, or one that may not apply yet', () => {
    const g = new GraphBuilder();
    const v15 = g.base(GB_T_1, 'GB/T 31486-2015', { published: '2015-05-15', withdrawn: '2025-04-01' });
    const v24 = g.base(GB_T_1, 'GB/T 31486-2024', { effective: '2025-04-01' });
    g.replace(v24, v15);
    expect(standardApplicability(g, GB_T_1, '2025-05-01', NEW).successorIds).toEqual([]);

    const h = new GraphBuilder();
    const x = h.base(GB_T_1, 'GB/T X-2000', { effective: '2000-01-01', withdrawn: '2019-06-01' });
    const y = h.base(GB, 'GB Y-2019', { published: '2019' });
    h.replace(y, x);
    expect(standardApplicability(h, GB_T_1, '2019-07-01', NEW)).toEqual({
      versions: [],
      currentId: null,
      unknownIds: [],
      successorIds: [],
    });
    expect(standardApplicability(h, GB_T_1, '2020-01-01', NEW).successorIds).toEqual([y]);
  });

  it('orders versions: a replacement before what it replaces, otherwise later-taking-effect first', () => {
    const g = new GraphBuilder();
    const e1 = g.base(1, 'UN R12 00 series', { effective: '2010-01-01' }, 'SERIES');
    const e2 = g.base(1, 'UN R12 01 series', { effective: '2012-01-01' }, 'SERIES');
    const e3 = g.base(1, 'UN R12 02 series', { effective: '2014-01-01' }, 'SERIES');
    const par = g.base(1, 'UN R12 parallel', { effective: '2013-01-01' }, 'SERIES');
    g.replace(e2, e1).replace(e3, e2);
    expect(standardApplicability(g, 1, '2015-01-01', EXISTING).versions.map((v) => [v.versionId, v.status])).toEqual([
      [e3, 'IN_FORCE'],
      [par, 'IN_FORCE'],
      [e2, 'IN_TRANSITION'],
      [e1, 'IN_TRANSITION'],
    ]);
  });

  it('puts a replacement first even where dates and designations would not, through another standard', () => {
    const g = new GraphBuilder();
    const v = g.base(1, 'B', { effective: '2016-01-01' });
    const u = g.base(2, 'U', { effective: '2016-01-01' });
    const w = g.base(1, 'A', { effective: '2016-01-01' });
    g.replace(u, v).replace(w, u);
    expect(standardApplicability(g, 1, '2017-01-01', EXISTING).versions.map((x) => x.versionId)).toEqual([w, v]);
    // Without the relation, equal dates fall back to designation, descending.
    const h = new GraphBuilder();
    const hb = h.base(1, 'B', { effective: '2016-01-01' });
    const ha = h.base(1, 'A', { effective: '2016-01-01' });
    expect(standardApplicability(h, 1, '2017-01-01', NEW).currentId).toBe(hb);
    expect(standardApplicability(h, 1, '2017-01-01', NEW).versions.map((x) => x.versionId)).toEqual([hb, ha]);
  });

  it('answers an unknown standard with nothing', () => {
    expect(standardApplicability(new GraphBuilder(), 99, '2020-01-01', NEW)).toEqual({
      versions: [],
      currentId: null,
      unknownIds: [],
      successorIds: [],
    });
  });
});

describe("7. a single version's status is computed for a date", () => {
  it('moves through every status over time', () => {
    const g = new GraphBuilder();
    const v = g.base(1, 'GB 15-2015', { published: '2015-06', withdrawn: '2030-01-01' });
    const w = g.base(1, 'GB 15-2024', { effective: '2025-01-01', mandatoryNewTypes: '2026-01-01' });
    g.replace(w, v);
    const dates = ['2015-05-31', '2015-06-15', '2020-01-01', '2025-06-01', '2026-01-01', '2030-01-01'];
    expect(statuses(g, [v], dates).flat()).toEqual([
      'UPCOMING',
      'UNKNOWN',
      'IN_FORCE',
      'IN_TRANSITION',
      'SUPERSEDED',
      'WITHDRAWN',
    ]);
  });

  it('gives the same answer from a raw graph and from a reused analysis', () => {
    const g = new GraphBuilder();
    const v = g.base(1, 'V', { effective: '2020-01-01' });
    const a = analyseGraph(g);
    expect(analyseGraph(a)).toBe(a);
    expect(versionStatus(g, v, '2021-01-01', NEW)).toBe(versionStatus(a, v, '2021-01-01', NEW));
  });

  it('remembers the analysis of a raw graph, and notices versions appended to it', () => {
    const g = new GraphBuilder();
    const v = g.base(1, 'V', { effective: '2020-01-01' });
    const first = analyseGraph(g);
    expect(analyseGraph(g)).toBe(first);
    const w = g.base(1, 'W', { effective: '2022-01-01' });
    g.replace(w, v);
    expect(analyseGraph(g)).not.toBe(first);
    expect(versionStatus(g, v, '2022-01-01', NEW)).toBe('SUPERSEDED');
  });

  it('rejects a version not in the graph and a date that is not a day', () => {
    const g = new GraphBuilder();
    const v = g.base(1, 'V', { effective: '2020-01-01' });
    expect(() => versionStatus(g, 42, '2021-01-01', NEW)).toThrow(RangeError);
    expect(() => versionStatus(g, v, '2021-02-30', NEW)).toThrow(RangeError);
  });
});
