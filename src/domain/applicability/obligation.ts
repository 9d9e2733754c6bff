// Obligations: a version applies (may be used) from the day it takes effect; compliance with it is
// required of new types from its date for new types (else from the day it takes effect), and of
// types approved before only from its date for existing types (absent: never).

import { isIsoDate, type IsoDate } from '../dates.ts';
import type { ApplicabilityScope } from '../enums.ts';
import { happenedBy, point, type DayRange } from './intervals.ts';
import { analyseGraph, type GraphInput } from './rule.ts';

/** The days from which compliance with `versionId` is required for `scope`; null: never. */
export function mandatoryFrom(graph: GraphInput, versionId: number, scope: ApplicabilityScope): DayRange | null {
  const g = analyseGraph(graph);
  const v = g.version(versionId);
  if (scope === 'EXISTING_TYPES')
    return v.mandatoryExistingTypes !== null && isIsoDate(v.mandatoryExistingTypes)
      ? point(v.mandatoryExistingTypes)
      : null;
  return v.mandatoryNewTypes !== null && isIsoDate(v.mandatoryNewTypes)
    ? point(v.mandatoryNewTypes)
    : g.takeEffect(versionId);
}

/** Whether compliance with `versionId` is required on `on` for `scope`: null when the record cannot decide. */
export function isMandatory(
  graph: GraphInput,
  versionId: number,
  on: IsoDate,
  scope: ApplicabilityScope,
): boolean | null {
  const from = mandatoryFrom(graph, versionId, scope);
  if (from === null) return false;
  const required = happenedBy(from, on);
  return required === 'MAYBE' ? null : required === 'YES';
}
