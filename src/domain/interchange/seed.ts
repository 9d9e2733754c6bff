import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Db } from '../../db/types.ts';
import { standards } from '../../db/tables.ts';
import { parseInterchangeFile } from './format.ts';
import { importRegistry } from './importRegistry.ts';

/** The real sample bundled with the repository (10 standards). */
export const SAMPLE_FILE = fileURLToPath(new URL('../../../data/vehicle-standards.sample.json', import.meta.url));

/**
 * Loads an interchange file (the bundled sample by default) into a registry that has no standard
 * yet, so a fresh checkout has something to query. Returns whether it loaded anything. Two
 * processes racing here are harmless: the import is idempotent.
 */
export function seedIfEmpty({ db, file = SAMPLE_FILE }: { db: Db; file?: string }): boolean {
  if (db.select({ id: standards.id }).from(standards).limit(1).get() !== undefined) return false;
  importRegistry({ db, input: parseInterchangeFile(readFileSync(file)) });
  return true;
}
