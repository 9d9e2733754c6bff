// Fails when a source line is longer than 120 characters (generated files aside). Biome's formatter
// wraps code at 120 but leaves long strings and comments as they are; this checks those too.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const MAX = 120;
const files = execFileSync(
  'git',
  ['ls-files', '--cached', '--others', '--exclude-standard', 'src', 'test', 'bench', 'scripts', 'web', '*.ts'],
  { encoding: 'utf8' },
)
  .split('\n')
  .filter((file) => /\.(ts|tsx|mts|mjs|css)$/u.test(file) && !/^(test|web\/src)\/gql\//u.test(file));
const long = files.flatMap((file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, k) => ([...line].length > MAX ? [`${file}:${k + 1} (${[...line].length})`] : [])),
);
if (long.length > 0) {
  process.stderr.write(`${long.length} line(s) longer than ${MAX} characters:\n${long.join('\n')}\n`);
  process.exit(1);
}
process.stdout.write(`lines: none longer than ${MAX} characters\n`);
