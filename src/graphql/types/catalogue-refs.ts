import type { CommitteeRow, StandardRow, VersionRow } from '../../catalogue/rows.ts';
import { builder } from '../builder.ts';

// The catalogue's object types are plain refs over whole rows of the read model (catalogue/), declared
// here so the types that point at one another can do so without an import cycle.

export const CommitteeRef = builder.objectRef<CommitteeRow>('Committee');
export const StandardRef = builder.objectRef<StandardRow>('Standard');
export const StandardVersionRef = builder.objectRef<VersionRow>('StandardVersion');
