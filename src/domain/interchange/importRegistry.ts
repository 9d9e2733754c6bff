import type { Db } from '../../db/types.ts';
import { withVersionCorrectionPermit } from '../../db/rules.ts';
import { syncSearchIndex } from '../../db/search-index.ts';
import { eventWriter } from '../events.ts';
import { formatIssue, type InterchangeIssue } from './issues.ts';
import { loadRegistryState } from './state.ts';
import { validateRegistryFile } from './validate.ts';
import { writeRegistry, type Written } from './write.ts';
/** A rejected file: nothing was written. `issues` name each record and field. */
export class InterchangeValidationError extends Error {
  constructor(readonly issues: InterchangeIssue[]) {
    const shown = issues.slice(0, 20).map(formatIssue);
    const more = issues.length > shown.length ? [`… and ${issues.length - shown.length} more`] : [];
    super(
      `the file was rejected (${issues.length} ` +
        `error${issues.length === 1 ? '' : 's'}):\n${[...shown, ...more].join('\n')}`,
    );
    this.name = 'InterchangeValidationError';
  }
}

export type { ImportCounts } from './write.ts';

export interface ImportResult extends Written {
  warnings: string[];
}

export interface ImportOptions {
  db: Db;
  /** The parsed JSON of a `standards-registry/v1` file; validated here, so any value is accepted. */
  input: unknown;
  /** Called as the write goes, in units of work; `done` reaches `total` at the end. */
  onProgress?: (done: number, total: number) => void;
  /** Who imports (recorded in the history); null for the CLI and the start-up seed. */
  actorId?: number | null;
  now?: () => Date;
}

/**
 * Imports an interchange file (docs/interchange.md): adds what is new, corrects the metadata of what exists
 * (the file is authoritative for every record it contains), never deletes a record and never
 * changes stored clause text. Reading, validating and writing share one IMMEDIATE transaction, so
 * the file is checked against exactly the state it is written over, and a rejected file (thrown
 * InterchangeValidationError) or any failure leaves the database untouched. Idempotent: rows are
 * written only where they differ.
 */
export function importRegistry({
  db,
  input,
  onProgress,
  actorId,
  now = () => new Date(),
}: ImportOptions): ImportResult {
  return db.transaction(
    (tx) => {
      const state = loadRegistryState(tx);
      const { file, issues, warnings } = validateRegistryFile(input, state);
      if (file === null) throw new InterchangeValidationError(issues);
      const emit = eventWriter(tx, { at: now().toISOString(), actorId: actorId ?? null });
      const written = withVersionCorrectionPermit(tx, () => writeRegistry(tx, state, file, emit, onProgress));
      // The search index follows in the same transaction, in bulk (see db/search-index.ts).
      syncSearchIndex(tx);
      return { ...written, warnings };
    },
    { behavior: 'immediate' },
  );
}
