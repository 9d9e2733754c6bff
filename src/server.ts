import { createServer } from 'node:http';
import { createApp, GRAPHQL_PATH } from './app.ts';
import { ConfigError, readConfig } from './config.ts';
import { openDatabase } from './db/client.ts';
import { SAMPLE_FILE, seedIfEmpty } from './domain/interchange/seed.ts';

function log(message: string, fields: Record<string, unknown> = {}): void {
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), message, ...fields })}\n`);
}

function main(): void {
  let config;
  try {
    config = readConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`configuration error: ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }

  const database = openDatabase({ file: config.databaseFile });
  log('database ready (migrated)', { file: config.databaseFile });
  const seeded = seedIfEmpty({ db: database.db });
  if (seeded) log('new database: loaded the bundled sample standards', { file: SAMPLE_FILE });

  const app = createApp({ db: database.db, graphiql: config.graphiql });
  const server = createServer(app);
  server.listen(config.port, config.host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    log(`serving the registry API${config.graphiql ? ' and GraphiQL' : ''}`, { url: `http://localhost:${port}${GRAPHQL_PATH}` });
  });

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log('shutting down', { signal });
    server.close(() => {
      database.close();
      log('stopped');
      process.exit(0);
    });
    server.closeIdleConnections();
    // In-flight requests get a bounded time to finish; then remaining connections are cut.
    setTimeout(() => server.closeAllConnections(), 5_000).unref();
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main();
