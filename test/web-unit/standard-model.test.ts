import { describe, expect, it } from 'vitest';
import { versionsCsv } from '../../web/src/pages/standard/export.ts';
import {
  designationOfPath,
  groupedVersions,
  questionOf,
  type VersionData,
} from '../../web/src/pages/standard/model.ts';

const version = (designation: string, over: Partial<VersionData> = {}): VersionData => ({
  id: designation,
  designation,
  type: 'EDITION',
  published: null,
  effective: null,
  mandatoryNewTypes: null,
  mandatoryExistingTypes: null,
  withdrawn: null,
  base: null,
  replaces: [],
  replacedBy: [],
  ...over,
});

describe("the question in a standard's URL", () => {
  it('reads the date and scope, and falls back to today and new types for anything else', () => {
    const ask = (search: string) => questionOf(new URLSearchParams(search), '2026-12-06');
    expect(ask('on=2025-06-01&scope=EXISTING_TYPES')).toEqual({ on: '2025-06-01', scope: 'EXISTING_TYPES' });
    expect(ask('')).toEqual({ on: '2026-12-06', scope: 'NEW_TYPES' });
    expect(ask('on=2025-02-30&scope=ALL')).toEqual({ on: '2026-12-06', scope: 'NEW_TYPES' });
    expect(ask('on=2025-6-1')).toEqual({ on: '2026-12-06', scope: 'NEW_TYPES' });
  });

  it('takes the designation raw or encoded', () => {
    expect(designationOfPath('GB/T 31486')).toBe('GB/T 31486');
    expect(designationOfPath('GB%2FT%2031486')).toBe('GB/T 31486');
    expect(designationOfPath('100%')).toBe('100%');
  });
});

describe('the versions as the table lists them', () => {
  const versions = [
    version('R 00', { type: 'SERIES', effective: '2021-01-22' }),
    version('R 01', { type: 'SERIES', published: '2023' }),
    version('R 00 Suppl. 1', {
      type: 'SUPPLEMENT',
      base: { designation: 'R 00' },
      effective: '2022-10-08',
    }),
  ];

  it('puts each modification under its base', () => {
    expect(groupedVersions(versions).map((r) => [r.version.designation, r.isModification])).toEqual([
      ['R 00', false],
      ['R 00 Suppl. 1', true],
      ['R 01', false],
    ]);
  });

  it('downloads as CSV with the dates as recorded and the status the page shows', () => {
    const csv = versionsCsv(
      versions,
      new Map([
        ['R 00', 'IN_FORCE'],
        ['R 01', 'UNKNOWN'],
      ]),
      [
        'Version',
        'Type',
        'Published',
        'Effective',
        'New',
        'Existing',
        'Withdrawn',
        'Status',
        'Replaces',
        'Replaced by',
      ],
      { type: (type) => type.toLowerCase(), status: (status) => status.toLowerCase() },
    );
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFVersion,Type,Published,Effective,New,Existing,Withdrawn,Status,Replaces,Replaced by',
      'R 00,series,,2021-01-22,,,,in_force,,',
      'R 00 Suppl. 1,supplement,,2022-10-08,,,,,,',
      'R 01,series,2023,,,,,unknown,,',
      '',
    ]);
  });
});
