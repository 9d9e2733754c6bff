import { afterEach } from 'vitest';

// A green run prints no error log lines: a test that provokes one passes a logger and asserts on
// it (test/support/logs.ts). An error line printed by this process fails the test that printed it.
// Installed once per process: test files may share one (the fast project does not isolate them).
const KEY = Symbol.for('registry.test.printedErrorLines');
const state = globalThis as { [KEY]?: string[] };
if (state[KEY] === undefined) {
  const printed: string[] = [];
  state[KEY] = printed;
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream) as (...args: unknown[]) => boolean;
    stream.write = ((chunk: unknown, ...rest: unknown[]) => {
      if (String(chunk).includes('"level":"error"')) printed.push(String(chunk));
      return write(chunk, ...rest);
    }) as typeof stream.write;
  }
}
const printed = state[KEY];

afterEach(() => {
  const lines = printed.splice(0);
  if (lines.length > 0)
    throw new Error(`printed an error log line; pass a logger and assert on it instead:\n${lines.join('')}`);
});
