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

const PUBLIC = new Set(PUBLIC_TABLES);
const checked = new Map<string, boolean>();

/**
 * Whether a statement reads only public tables (or the search index, written from them in the
 * same transactions): the table names after FROM and JOIN, subqueries' table-valued functions and
 * common table expressions aside. Remembered per SQL text.
 */
export function readsOnlyPublicTables(sql: string): boolean {
  let answer = checked.get(sql);
  if (answer === undefined) {
    const ctes = new Set(
      [...sql.matchAll(/\b([a-z_][a-z0-9_]*)(?:\s*\([a-z0-9_,\s]*\))?\s+as\s*\(/giu)].map((m) => m[1]!.toLowerCase()),
    );
    answer = [...sql.matchAll(/\b(?:from|join)\s+"?([a-z_][a-z0-9_]*)"?/giu)]
      .map((m) => m[1]!.toLowerCase())
      .every((t) => PUBLIC.has(t) || ctes.has(t) || t === 'json_each' || t === 'select' || t.startsWith('search_'));
    if (checked.size >= 2000) checked.clear(); // texts with inlined lists of any length
    checked.set(sql, answer);
  }
  return answer;
}
