import { main } from '../../src/cli.ts';

/** Runs the CLI in this process (`npm run cli -- …` without npm), collecting what it prints. */
export async function runCliInProcess(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number; out: string; err: string }> {
  const io = { out: '', err: '' };
  const code = await main(args, env, {
    out: (text) => {
      io.out += text;
    },
    err: (text) => {
      io.err += text;
    },
    interactive: false,
  });
  return { code, ...io };
}
