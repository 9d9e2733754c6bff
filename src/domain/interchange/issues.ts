import type { z } from 'zod';

// The one issue log a validation writes to, and how it names records: every phase of
// validate.ts reports through `IssueLog.at`, locations in the raw input (`Loc`).

/** `path` names the record and its field: `standards[4] "GB/T 31486" versions[1] "GB/T 31486-2024" effective`. */
export interface InterchangeIssue {
  path: string;
  message: string;
}

export const formatIssue = (issue: InterchangeIssue): string => `${issue.path}: ${issue.message}`;

export type Segment = string | number;
export type Loc = readonly Segment[];

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function recordName(node: unknown): string | undefined {
  if (typeof node === 'string') return node;
  if (!isObject(node)) return undefined;
  for (const key of ['designation', 'code', 'number']) if (typeof node[key] === 'string') return node[key];
  return undefined;
}

/** Renders a location in the raw input, naming each record on the way by its designation, code or number. */
export function describePath(input: unknown, loc: Loc): string {
  let out = '';
  let node = input;
  let afterRecord = false;
  for (const segment of loc) {
    if (typeof segment === 'number') {
      node = Array.isArray(node) ? node[segment] : undefined;
      const name = recordName(node);
      out += `[${segment}]${name === undefined ? '' : ` ${JSON.stringify(name)}`}`;
      afterRecord = true;
    } else {
      out += out === '' ? segment : afterRecord ? ` ${segment}` : `.${segment}`;
      node = isObject(node) ? node[segment] : undefined;
      afterRecord = false;
    }
  }
  return out === '' ? '(file)' : out;
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return JSON.stringify(value);
}

/** zod's messages for what any record may get wrong, in the words of the file. */
export const genericMessages: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_type') {
    return issue.input === undefined ? 'missing' : `expected ${issue.expected}, got ${describeValue(issue.input)}`;
  }
  return undefined;
};

/** Issues (the file is refused) and warnings (it is not), each located in the raw input. */
export class IssueLog {
  readonly issues: InterchangeIssue[] = [];
  readonly warnings: string[] = [];

  constructor(private readonly input: unknown) {}

  at(loc: Loc, message: string): void {
    this.issues.push({ path: describePath(this.input, loc), message });
  }

  warn(loc: Loc, message: string): void {
    this.warnings.push(`${this.name(loc)}: ${message}`);
  }

  name(loc: Loc): string {
    return describePath(this.input, loc);
  }

  /** zod's issues of the record at `prefix`; an unknown key is named as a field of its own. */
  zod(prefix: Loc, error: z.ZodError): void {
    for (const issue of error.issues) {
      const loc = [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
      if (issue.code === 'unrecognized_keys') for (const key of issue.keys) this.at([...loc, key], 'unknown key');
      else this.at(loc, issue.message);
    }
  }

  /** One issue per cycle, on a record of the file in it, naming the cycle from that record. */
  cycles(
    cycles: string[][],
    locOf: (key: string) => Loc | null | undefined,
    label: (key: string) => string,
    issue: (names: string[], keys: string[]) => [field: string, message: string],
  ): void {
    const reported = new Set<string>();
    for (const cycle of cycles) {
      const owner = cycle.find((key) => locOf(key) && !reported.has(key));
      if (owner === undefined) continue;
      for (const key of cycle) reported.add(key);
      const start = cycle.indexOf(owner);
      const keys = [...cycle.slice(start), ...cycle.slice(0, start), owner];
      const [field, message] = issue(
        keys.map((k) => JSON.stringify(label(k))),
        keys,
      );
      this.at([...locOf(owner)!, field], message);
    }
  }
}

/** Back edges of a depth-first walk: each returned path is a cycle, first node repeated implicitly. */
export function findCycles(starts: Iterable<string>, next: (key: string) => readonly string[]): string[][] {
  const colour = new Map<string, 'open' | 'done'>();
  const cycles: string[][] = [];
  for (const start of starts) {
    if (colour.has(start)) continue;
    const path = [start];
    const pending = [[...next(start)]];
    colour.set(start, 'open');
    while (path.length > 0) {
      const to = pending[pending.length - 1]!.pop();
      if (to === undefined) {
        colour.set(path.pop()!, 'done');
        pending.pop();
      } else if (colour.get(to) === 'open') {
        cycles.push(path.slice(path.indexOf(to)));
      } else if (!colour.has(to)) {
        colour.set(to, 'open');
        path.push(to);
        pending.push([...next(to)]);
      }
    }
  }
  return cycles;
}
