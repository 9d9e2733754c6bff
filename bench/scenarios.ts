// The three benchmark scenarios: the GraphQL documents, and the variables each request cycles
// through (deterministic, drawn from the generated registry).
import { rootOf } from './generate.ts';

export const SCENARIOS = ['lookup', 'page', 'search'] as const;
export type Scenario = (typeof SCENARIOS)[number];

/** The date every scenario asks about. */
export const ON = '2026-01-01';

export const QUERIES: Record<Scenario, string> = {
  // One standard by designation with the version that applies on a date and its modifications.
  lookup: `query Lookup($designation: String!, $on: Date!) {
  standard(designation: $designation) {
    designation
    title { en zh }
    applicability(on: $on) {
      current { designation effective }
      versions { status version { designation } modifications { designation effective } }
    }
  }
}`,
  // A page of 50 standards of a committee (and its subcommittees) with their versions and committee.
  page: `query Page($committee: String!) {
  standards(first: 50, filter: { committee: $committee }) {
    edges { node { designation title { en } committee { code } versions(first: 10) { edges { node { designation type
      effective } } } } }
  }
}`,
  // A two-word full-text query.
  search: `query Search($query: String!, $on: Date!) {
  search(query: $query, on: $on, first: 20) {
    edges { node { kind score standard { designation } version { designation } applies snippet { field parts { text
      match } } } }
  }
}`,
};

/** Two-word queries as labs type them (also timed by scripts/measure-search.ts). */
export const TWO_WORD_QUERIES = [
  'traction battery',
  'braking system',
  '动力蓄电池 安全要求',
  'seat belt',
  'charging interface',
  'thermal runaway',
  '热失控 动力蓄电池',
  'hydrogen storage',
  'software update',
  'fuel tank',
  'head restraint',
  'functional safety',
  '制动系统 试验方法',
  'lane keeping',
  'vibration test',
  'cybersecurity management',
];

/** The variables the requests of a scenario cycle through, for a registry of `standards`. */
export function variablesFor(scenario: Scenario, standards: number): Record<string, unknown>[] {
  if (scenario === 'lookup') {
    const count = Math.min(64, standards);
    return Array.from({ length: count }, (_, k) => ({
      designation: rootOf(Math.floor((k * standards) / count)).root,
      on: ON,
    }));
  }
  if (scenario === 'page') {
    return Array.from({ length: 10 }, (_, t) => [`SYN/TC${t}`, ...[0, 1, 2, 3].map((s) => `SYN/TC${t}/SC${s}`)])
      .flat()
      .map((committee) => ({ committee }));
  }
  return TWO_WORD_QUERIES.map((query) => ({ query, on: ON }));
}
