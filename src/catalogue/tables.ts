import './reads.ts';
import './committees.ts';
import './pages.ts';
import { declaredTables } from './prepared.ts';

/**
 * Every table the public answers read: those the read model's statements declare. The response
 * cache's generation triggers are made from this list (db/data-generation.ts), and a test checks
 * that the public queries read no other table.
 */
export const PUBLIC_TABLES: readonly string[] = declaredTables();
