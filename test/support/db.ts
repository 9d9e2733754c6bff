import { openDatabase, type OpenedDatabase } from '../../src/db/client.ts';

export interface TestDatabase extends OpenedDatabase {
  /** SQL statements Drizzle ran since the last `resetCount()`. */
  statements: string[];
  resetCount(): void;
}

let template: Buffer | undefined;

/** The schema as the real migrations build it, migrated once per test worker and copied per test. */
function migratedTemplate(): Buffer {
  if (template === undefined) {
    const migrated = openDatabase({ file: ':memory:' });
    template = migrated.sqlite.serialize();
    migrated.close();
  }
  return template;
}

/**
 * A fresh private in-memory database, built by the real migrations, that records its SQL. It is a
 * copy of the migrated template, opened by openDatabase: every connection setting applies to it.
 */
export function createTestDb(): TestDatabase {
  const statements: string[] = [];
  const opened = openDatabase({
    file: ':memory:',
    image: migratedTemplate(),
    migrate: false,
    logger: { logQuery: (query) => statements.push(query) },
  });
  return { ...opened, statements, resetCount: () => void statements.splice(0) };
}
