import { openDatabase, type OpenedDatabase } from '../../src/db/client.ts';

export interface TestDatabase extends OpenedDatabase {
  /** SQL statements Drizzle ran since the last `resetCount()`. */
  statements: string[];
  resetCount(): void;
}

/** A fresh private in-memory database, built by the real migrations, that records its SQL. */
export function createTestDb(): TestDatabase {
  const statements: string[] = [];
  const opened = openDatabase({ file: ':memory:', logger: { logQuery: (query) => statements.push(query) } });
  return { ...opened, statements, resetCount: () => void statements.splice(0) };
}
