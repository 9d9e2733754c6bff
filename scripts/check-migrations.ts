// Fails when src/db/tables.ts has changes that no migration in migrations/ captures.
// `drizzle-kit check` does not notice that on SQLite; a dry-run generate does.
import { execFileSync } from 'node:child_process';

const output = execFileSync('drizzle-kit', ['generate', '--explain', '--output', 'json'], { encoding: 'utf8' });
const line = output
  .trim()
  .split('\n')
  .reverse()
  .find((l) => l.startsWith('{'));
const report = line ? (JSON.parse(line) as { status?: string }) : {};
if (report.status !== 'no_changes') {
  process.stderr.write(
    `The Drizzle tables changed without a migration. Run \`npm run db:generate\`, review the SQL (look for DROP ` +
      `TABLE), and commit it.\n${output}\n`,
  );
  process.exit(1);
}
process.stdout.write('migrations: up to date with src/db/tables.ts\n');
