import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { BackupError, backupDatabase, restoreDatabase } from './db/backup.ts';
import { openDatabase, type Db } from './db/client.ts';
import { isDatabaseBusy, LOCK_WAIT_MS } from './db/locks.ts';
import { createUserFromCli } from './domain/accounts/createUserFromCli.ts';
import { issueLinkFromCli } from './domain/accounts/issueLinkFromCli.ts';
import { ConfigError, readConfig } from './config.ts';
import { DomainError } from './domain/errors.ts';
import { exportRegistry } from './domain/interchange/exportRegistry.ts';
import { InterchangeReadError, parseInterchangeFile } from './domain/interchange/format.ts';
import { importRegistry, InterchangeValidationError, type ImportCounts } from './domain/interchange/importRegistry.ts';
import { formatIssue } from './domain/interchange/validate.ts';
import { SAMPLE_FILE, seedIfEmpty } from './domain/interchange/seed.ts';
import { runReminders } from './domain/notifications/runReminders.ts';
import { closeDueBallots } from './domain/ballots/closeDueBallots.ts';

// `npm run cli -- <command>`: operator tasks on the database named by REGISTRY_DB. Each command is
// one entry of COMMANDS; the logic lives in src/domain, a command only reads arguments and prints.
// Exit codes: 0 done, 1 the task failed (nothing written), 2 the command line is wrong.

export const DEFAULT_DB = './data/registry.db';

interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Whether stderr is a terminal (progress redraws one line) or a log (a line every 10%). */
  interactive: boolean;
  /** Whether stdout is a terminal (not a file or a pipe). */
  outIsTerminal?: boolean;
}

interface CommandContext {
  io: Io;
  /** Opens the database (migrated), runs `use`, closes it. */
  withDb<T>(use: (db: Db) => T): T;
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
  /** The database file (REGISTRY_DB or the default). */
  dbFile: string;
  env: NodeJS.ProcessEnv;
}

interface Command {
  name: string;
  usage: string;
  summary: string;
  /** How many positional arguments it takes at most; more is a usage error (never silently ignored). */
  arguments: number;
  options?: ParseArgsConfig['options'];
  run(ctx: CommandContext): number | Promise<number>;
}

class UsageError extends Error {}

/**
 * `npm run cli` (without -s) prints "> vehicle-standards-registry cli" to stdout first: a redirected export would start
 * with it.
 */
function npmBannerOnStdout(env: NodeJS.ProcessEnv, io: Io): boolean {
  return env.npm_lifecycle_event === 'cli' && env.npm_config_loglevel !== 'silent' && io.outIsTerminal !== true;
}

// A command waits LOCK_WAIT_MS for another writer (another import, a server write) before giving up.
const BUSY_MESSAGE =
  `the database is locked by another writer (another import?) and was not released within ${LOCK_WAIT_MS / 1000} s; ` +
  `nothing was changed. Try again when it has finished.`;

const counts = (c: ImportCounts) =>
  `${c.committees} committees, ${c.standards} standards, ${c.versions} versions, ${c.clauses} clauses`;

function progressPrinter(io: Io, label: string): (done: number, total: number) => void {
  let lastDecile = -1;
  return (done, total) => {
    if (total < 2000) return;
    const percent = Math.floor((done / total) * 100);
    if (io.interactive) io.err(`\r${label} ${percent}% (${done}/${total})${done === total ? '\n' : ''}`);
    else if (Math.floor(percent / 10) > lastDecile) io.err(`${label} ${percent}% (${done}/${total})\n`);
    lastDecile = Math.floor(percent / 10);
  };
}

const COMMANDS: Command[] = [
  {
    name: 'migrate',
    arguments: 0,
    usage: 'migrate',
    summary: 'create the database or apply pending migrations',
    run: ({ withDb, io }) =>
      withDb(() => {
        io.out('database migrated\n');
        return 0;
      }),
  },
  {
    name: 'seed',
    arguments: 0,
    usage: 'seed',
    summary: 'load the bundled sample standards when the database has none',
    run: ({ withDb, io }) =>
      withDb((db) => {
        io.out(
          seedIfEmpty({ db }) ? `seeded from ${SAMPLE_FILE}\n` : 'the database already has standards; nothing seeded\n',
        );
        return 0;
      }),
  },
  {
    name: 'import',
    arguments: 1,
    usage: 'import <file>',
    summary: 'import a standards-registry/v1 file: all of it or, on any error, nothing',
    run: ({ withDb, io, positionals: [file] }) => {
      if (file === undefined) throw new UsageError('import needs a file');
      let input: unknown;
      try {
        input = parseInterchangeFile(readFileSync(file));
      } catch (error) {
        const reason =
          error instanceof InterchangeReadError ? error.message : `cannot read: ${(error as Error).message}`;
        io.err(`${file}: ${reason}\n`);
        return 1;
      }
      return withDb((db) => {
        try {
          const result = importRegistry({ db, input, onProgress: progressPrinter(io, 'importing') });
          for (const warning of result.warnings) io.err(`warning: ${warning}\n`);
          io.out(
            `imported ${file}: created ${counts(result.created)}; updated ${counts(result.updated)}; ` +
              `${result.unchanged} unchanged\n`,
          );
          return 0;
        } catch (error) {
          if (!(error instanceof InterchangeValidationError)) throw error;
          for (const issue of error.issues) io.err(`${file}: ${formatIssue(issue)}\n`);
          io.err(`${file}: rejected with ${error.issues.length} error(s); nothing was imported\n`);
          return 1;
        }
      });
    },
  },
  {
    name: 'export',
    arguments: 0,
    usage: 'export [--out <file>]',
    summary: 'write the registry as a standards-registry/v1 file (to stdout by default)',
    options: { out: { type: 'string', short: 'o' } },
    run: ({ withDb, io, values, env }) => {
      if (typeof values.out !== 'string' && npmBannerOnStdout(env, io)) {
        io.err(
          'export: npm writes its banner to stdout before the file; use `npm run -s cli -- export > ' +
            'registry.json` or `--out registry.json`\n',
        );
        return 2;
      }
      const text = `${JSON.stringify(
        withDb((db) => exportRegistry({ db })),
        null,
        2,
      )}\n`;
      if (typeof values.out !== 'string') {
        io.out(text);
        return 0;
      }
      try {
        writeFileSync(values.out, text);
        return 0;
      } catch (error) {
        io.err(`export: cannot write ${values.out}: ${(error as Error).message}\n`);
        return 1;
      }
    },
  },
  {
    name: 'backup',
    arguments: 1,
    usage: 'backup <file>',
    summary:
      'write a consistent copy of the database to a new file, online (the server may keep running), and verify it',
    run: ({ withDb, io, positionals: [file], dbFile }) => {
      if (file === undefined) throw new UsageError('backup needs the file to write');
      try {
        const copy = withDb((db) => backupDatabase(db.$client, file));
        io.out(
          `backed up ${dbFile} to ${file}: ${copy.bytes} bytes, integrity_check ok, ${copy.migrations} migrations\n`,
        );
        return 0;
      } catch (error) {
        if (!(error instanceof BackupError)) throw error;
        io.err(`backup: ${error.message}\n`);
        return 1;
      }
    },
  },
  {
    name: 'restore',
    arguments: 1,
    usage: 'restore <file>',
    summary: 'replace the database with a backup after checking it (the replaced one is kept next to it)',
    run: async ({ io, positionals: [file], dbFile }) => {
      if (file === undefined) throw new UsageError('restore needs the backup file');
      try {
        const restored = await restoreDatabase(dbFile, file);
        io.out(
          `restored ${file} into ` +
            `${dbFile}${restored.pending > 0 ? ` and applied ${restored.pending} newer migration(s)` : ''}\n`,
        );
        if (restored.previous) io.out(`the database it replaced is kept as ${restored.previous}\n`);
        return 0;
      } catch (error) {
        if (!(error instanceof BackupError)) throw error;
        io.err(`restore refused: ${error.message}\n`);
        return 1;
      }
    },
  },
  {
    name: 'remind',
    arguments: 0,
    usage: 'remind',
    summary: 'write the deadline and vote reminders due now (for cron; the server also runs them)',
    run: ({ withDb, io }) =>
      withDb((db) => {
        const written = runReminders({ db, now: new Date() });
        io.out(`reminders written: ${written.deadlines} deadline, ${written.votes} vote\n`);
        return 0;
      }),
  },
  {
    name: 'close-ballots',
    arguments: 0,
    usage: 'close-ballots',
    summary: "close the ballots past their closing time, by each committee's rule (for cron; the server also does)",
    run: ({ withDb, io }) =>
      withDb((db) => {
        const closed = closeDueBallots({ db, now: new Date() });
        io.out(`ballots closed: ${closed.length}\n`);
        return 0;
      }),
  },
  {
    name: 'user',
    arguments: 1,
    usage: 'user create --name <name> --email <email> [--admin] [--organisation <org>] | user link --email <email>',
    summary:
      'record a person (e.g. the first administrator): a link to choose a password for the web app and an API ' +
      'token, each printed once; `link`: a new password link',
    options: {
      name: { type: 'string' },
      email: { type: 'string' },
      admin: { type: 'boolean' },
      organisation: { type: 'string' },
    },
    run: ({ withDb, io, values, env, positionals: [action] }) => {
      if (action !== 'create' && action !== 'link') throw new UsageError('user needs the action "create" or "link"');
      if (typeof values.email !== 'string') throw new UsageError(`user ${action} needs --email`);
      const baseUrl = webAppOrigin(env);
      const email = values.email;
      try {
        if (action === 'link') {
          const link = withDb((db) => issueLinkFromCli({ db, email, baseUrl }));
          io.out(passwordLinkText(link));
          return 0;
        }
        if (typeof values.name !== 'string') throw new UsageError('user create needs --name and --email');
        const input = {
          name: values.name,
          email,
          organisation: typeof values.organisation === 'string' ? values.organisation : null,
          isAdmin: values.admin === true,
        };
        const { created, link } = withDb((db) => ({
          created: createUserFromCli({ db, input }),
          link: issueLinkFromCli({ db, email, baseUrl }),
        }));
        io.out(`created ${input.isAdmin ? 'administrator' : 'person'} ${input.email} (person ${created.personId})\n`);
        io.out(passwordLinkText(link));
        io.out(`API token (shown once; send it as "Authorization: Bearer <token>"):\n${created.secret}\n`);
        return 0;
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        io.err(`user ${action}: ${error.message}\n`);
        return 1;
      }
    },
  },
];

/** Where the web app is reached: PUBLIC_URL, else this machine at PORT (as `npm start` serves it). */
function webAppOrigin(env: NodeJS.ProcessEnv): string {
  const config = readConfig(env);
  return config.publicUrl ?? `http://localhost:${config.port}`;
}

function passwordLinkText(link: { purpose: string; url: string; expiresAt: string }): string {
  const what = link.purpose === 'INVITATION' ? 'invitation' : 'password reset';
  return `web app ${what} link (shown once; open it to choose a password, before ${link.expiresAt}):\n${link.url}\n`;
}

function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.usage.length));
  return [
    'usage: npm run cli -- <command> [options]',
    '',
    'commands:',
    ...COMMANDS.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`),
    `  ${'--help'.padEnd(width)}  show this help (or <command> --help)`,
    '',
    `database: the file named by REGISTRY_DB (default ${DEFAULT_DB})`,
    '',
  ].join('\n');
}

export async function main(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  io: Io = processIo(),
): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.err : io.out)(helpText());
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  try {
    if (!command) throw new UsageError(`unknown command "${name}"`);
    const { values, positionals } = parseArgs({
      args: [...rest],
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    if (values.help) {
      io.out(`usage: npm run cli -- ${command.usage}\n  ${command.summary}\n`);
      return 0;
    }
    if (positionals.length > command.arguments)
      throw new UsageError(
        `${name}: unexpected argument "${positionals[command.arguments]}" (usage: ${command.usage})`,
      );
    const file = env.REGISTRY_DB || DEFAULT_DB;
    const withDb = <T>(use: (db: Db) => T): T => {
      const opened = openDatabase({ file });
      try {
        return use(opened.db);
      } finally {
        opened.close();
      }
    };
    return await command.run({ io, withDb, positionals, values, dbFile: file, env });
  } catch (error) {
    if (isDatabaseBusy(error)) {
      io.err(`${name}: ${BUSY_MESSAGE}\n`);
      return 1;
    }
    if (error instanceof ConfigError) {
      io.err(`${name}: ${error.message}\n`);
      return 2;
    }
    const usage = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    if (!usage) throw error;
    io.err(`${(error as Error).message}\n\n${helpText()}`);
    return 2;
  }
}

function processIo(): Io {
  return {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    interactive: process.stderr.isTTY === true,
    outIsTerminal: process.stdout.isTTY === true,
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
