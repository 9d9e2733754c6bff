// The worker side of db/search-readers.ts (plain JavaScript, so the same file runs under tsx, in
// the production bundle and in tests, with no loader). Each worker thread holds one READ-ONLY
// connection to the registry file: it runs the statements it is sent, one at a time, and can
// never write.
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';

/** better-sqlite3's SqliteError would reach the main thread as a bare `{ code }`: its text goes instead. */
function describe(error) {
  return `${error?.code ?? 'ERROR'}: ${error?.message ?? String(error)}`;
}

function open(file) {
  try {
    const connection = new Database(file, { readonly: true, fileMustExist: true });
    connection.pragma('busy_timeout = 5000');
    return connection;
  } catch (error) {
    throw new Error(describe(error)); // fails the thread at start-up; the main thread reports it
  }
}

const sqlite = open(workerData.file);

// The search's statement texts vary only with the number of pinned rows: a few distinct texts.
const MAX_STATEMENTS = 50;
const statements = new Map();

function prepared(sql) {
  let statement = statements.get(sql);
  if (statement === undefined) {
    statement = sqlite.prepare(sql);
    statements.set(sql, statement);
    if (statements.size > MAX_STATEMENTS) statements.delete(statements.keys().next().value);
  }
  return statement;
}

parentPort.on('message', ({ sql, params }) => {
  try {
    parentPort.postMessage({ rows: prepared(sql).all(...params) });
  } catch (error) {
    parentPort.postMessage({ error: describe(error) });
  }
});
