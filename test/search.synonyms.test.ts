import { describe, expect, it } from 'vitest';
import table from '../src/domain/search/synonyms.json' with { type: 'json' };
import { withSynonyms } from '../src/domain/search/synonyms.ts';
import { normaliseUnRegulations } from '../src/domain/designation.ts';

describe('the synonym table', () => {
  it('lists groups of two or more spellings, each spelling in one group only', () => {
    const seen = new Map<string, number>();
    table.groups.forEach((group, g) => {
      expect(group.length, JSON.stringify(group)).toBeGreaterThanOrEqual(2);
      for (const entry of group) {
        const key = entry.toLowerCase().replace(/-/gu, ' ');
        expect(seen.get(key) ?? g, `${entry} is in two groups`).toBe(g);
        seen.set(key, g);
      }
    });
  });

  it('groups a compound typed as one word or as two, and keeps other terms as typed', () => {
    expect(withSynonyms(['cyber', 'security', 'engineering'])).toEqual([
      ['cyber security', 'cybersecurity'],
      ['engineering'],
    ]);
    expect(withSynonyms(['Cybersecurity'])).toEqual([['Cybersecurity', 'cyber security']]);
    expect(withSynonyms(['cyber-security'])).toEqual([['cyber-security', 'cybersecurity']]);
    expect(withSynonyms(['battery', 'safety'])).toEqual([['battery'], ['safety']]);
  });

  it('matches an entry in the singular or plural, whole words only', () => {
    expect(withSynonyms(['seat', 'belts'])[0]).toEqual(['seat belts', 'safety belt']);
    expect(withSynonyms(['EVs'])[0]).toEqual(['EVs', 'electric vehicle']);
    expect(withSynonyms(['seat'])).toEqual([['seat']]);
    expect(withSynonyms(['evaluation'])).toEqual([['evaluation']]);
  });

  it('replaces a Chinese entry anywhere inside a term', () => {
    expect(withSynonyms(['动力电池安全'])).toEqual([['动力电池安全', '动力蓄电池安全']]);
    expect(withSynonyms(['动力蓄电池'])).toEqual([['动力蓄电池', '动力电池']]);
    expect(withSynonyms(['电池'])).toEqual([['电池']]);
  });
});

describe('UN Regulation aliases', () => {
  it.each([
    ['ECE R100', 'UN R100'],
    ['UN-R100', 'UN R100'],
    ['UNECE Regulation No. 100', 'UN R100'],
    ['UN/ECE R 94', 'UN R94'],
    ['R100', 'UN R100'],
    ['un r 100', 'UN R100'],
    ['ece r13h', 'UN R13-H'],
    ['ECE R13-H braking', 'UN R13-H braking'],
    ['R155 cyber security', 'UN R155 cyber security'],
  ])('reads %j as %j', (typed, designation) => {
    expect(normaliseUnRegulations(typed)).toBe(designation);
  });

  it.each(['GB/T 18487.1', 'ISO 26262', 'SAE J2464', 'UN R155 00 series', 'R2D2', 'regulations', '100'])(
    'leaves %j unchanged',
    (text) => {
      expect(normaliseUnRegulations(text)).toBe(text);
    },
  );
});
