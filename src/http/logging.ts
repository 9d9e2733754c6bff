import { PothosValidationError } from '@pothos/core';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { DomainError } from '../domain/errors.ts';
import { currentRequest, elapsedMs } from './request-scope.ts';

// Structured logs: one JSON object per line, with the request id of the request being handled.
// Written by hand because it is small and must redact: a maintained JSON logger (pino) is not a
// dependency, and Yoga's own logger prints free text.

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

/** Where log lines go (stdout by default; tests collect them). `flush` writes what a sink holds back. */
export type LogSink = ((line: string) => void) & { flush?: () => void };

/** Yoga's logger interface (debug/info/warn/error with any arguments) plus structured entries. */
export interface JsonLogger {
  debug(...args: unknown[]): void;
  info(...args: unknown[]): void;
  warn(...args: unknown[]): void;
  error(...args: unknown[]): void;
  write(level: Exclude<LogLevel, 'silent'>, message: string, fields?: Record<string, unknown>): void;
}

export interface LoggerOptions {
  level?: LogLevel;
  sink?: LogSink;
}

/**
 * A sink that writes the lines of one turn of the event loop together, in order, with one call of
 * `write` when the turn ends: one write system call per turn instead of one per request
 * (docs/performance.md). Nothing waits longer than that turn; `flush()` writes at once (error lines, shutdown),
 * and the process writes what is pending when it exits, so only a kill within the turn loses lines.
 */
export function batchedSink(write: (text: string) => void): LogSink {
  let pending: string[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    const text = pending.join('');
    pending = [];
    write(text);
  };
  const sink: LogSink = (line) => {
    if (pending.length === 0) setImmediate(flush);
    pending.push(line);
  };
  sink.flush = flush;
  return sink;
}

let stdout: LogSink | undefined;

/** The process's stdout as a batched sink (one per process, flushed on exit). */
export function stdoutSink(): LogSink {
  if (stdout === undefined) {
    const sink = batchedSink((text) => void process.stdout.write(text));
    process.once('exit', () => sink.flush?.());
    stdout = sink;
  }
  return stdout;
}

export function createJsonLogger({ level = 'info', sink = stdoutSink() }: LoggerOptions = {}): JsonLogger {
  const write: JsonLogger['write'] = (lineLevel, message, fields = {}) => {
    if (RANK[lineLevel] < RANK[level]) return;
    const requestId = currentRequest()?.requestId;
    const entry = {
      time: new Date().toISOString(),
      level: lineLevel,
      ...(requestId ? { requestId } : {}),
      message: redact(message),
      ...fields,
    };
    sink(`${JSON.stringify(entry)}\n`);
    if (lineLevel === 'error') sink.flush?.(); // what may precede a crash is not held back
  };
  const fromArgs =
    (lineLevel: Exclude<LogLevel, 'silent'>) =>
    (...args: unknown[]) => {
      const error = args.find((arg) => arg instanceof Error);
      const message = args
        .filter((arg) => !(arg instanceof Error))
        .map((arg) => (typeof arg === 'string' ? arg : safeJson(arg)))
        .join(' ');
      write(
        lineLevel,
        message || (error ? 'unexpected error' : ''),
        error ? { error: describeError(error as Error) } : {},
      );
    };
  return {
    debug: fromArgs('debug'),
    info: fromArgs('info'),
    warn: fromArgs('warn'),
    // Expected failures (coded domain errors) are answers to the caller, not faults of the server.
    error: (...args) => {
      if (!args.every(isExpected)) fromArgs('error')(...args);
    },
    write,
  };
}

/** Coded domain errors, and input Pothos itself refuses (a global ID of the wrong type). */
function isExpected(error: unknown): boolean {
  const original = error instanceof GraphQLError && error.originalError ? error.originalError : error;
  return original instanceof DomainError || original instanceof PothosValidationError;
}

/** An error for operators: name, message, stack and causes, with anything secret-looking removed. */
function describeError(error: Error, depth = 0): Record<string, unknown> {
  const { cause } = error as { cause?: unknown };
  const originalError = (error as { originalError?: unknown }).originalError;
  const inner = cause ?? (originalError !== error ? originalError : undefined);
  return {
    name: error.name,
    message: redact(error.message),
    stack: redact(error.stack ?? ''),
    ...(inner instanceof Error && depth < 3 ? { cause: describeError(inner, depth + 1) } : {}),
  };
}

function safeJson(value: unknown): string {
  try {
    return redact(JSON.stringify(value) ?? String(value));
  } catch {
    return String(value);
  }
}

/**
 * Removes what must never reach a log: bearer tokens, the bound parameters Drizzle prints after a
 * failed query ("params: …", which may hold a token hash or a password), and values of keys named
 * like secrets. Request headers and variables are never logged in the first place.
 */
export function redact(text: string): string {
  return text
    .replace(/\bbearer\s+[^\s"',;]+/giu, 'Bearer [redacted]')
    .replace(/^(\s*params:).*$/gimu, '$1 [redacted]')
    .replace(
      /("?\b(?:password|passphrase|secret|token|authorization)\b"?\s*[:=]\s*)("(?:[^"\\]|\\.)*"|[^\s,}]+)/giu,
      '$1"[redacted]"',
    );
}

/**
 * One line per request when its response is ready: id, method, path, status, duration, operation
 * name and type, viewer id and error codes. Health and readiness probes log at debug level only,
 * so a load balancer polling every second does not drown the log.
 */
export function requestLogPlugin(logger: JsonLogger): Plugin {
  return {
    onResponse({ response }) {
      const facts = currentRequest();
      if (!facts) return;
      const probe = facts.path === '/health' || facts.path === '/ready' || facts.path === '/metrics';
      const level = response.status >= 500 ? 'error' : probe ? 'debug' : 'info';
      logger.write(level, 'request', {
        method: facts.method,
        path: facts.path,
        status: response.status,
        durationMs: Math.round(elapsedMs(facts) * 10) / 10,
        ...(facts.operation !== undefined ? { operation: facts.operation } : {}),
        ...(facts.operationType !== undefined ? { operationType: facts.operationType } : {}),
        ...(facts.viewer !== undefined ? { viewer: facts.viewer } : {}),
        ...(facts.errorCodes.length > 0 ? { errors: facts.errorCodes } : {}),
      });
    },
  };
}
