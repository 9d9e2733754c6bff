import { createJsonLogger, type JsonLogger, type LogLevel } from '../../src/http/logging.ts';

/** A logger whose lines the test reads (and asserts on) instead of the process printing them. */
export function collectingLogger(level: LogLevel = 'warn'): {
  logger: JsonLogger;
  entries: () => Record<string, unknown>[];
} {
  const lines: string[] = [];
  const logger = createJsonLogger({ level, sink: (line) => void lines.push(line) });
  return { logger, entries: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}
