// The raw path: the benchmark's floor. The same answers as the GraphQL `lookup` and `page`
// scenarios, produced by prepared better-sqlite3 statements, the same applicability rule, and
// JSON.stringify — no GraphQL, no Yoga. Served by bench/serve.ts beside the server, on a port of
// its own in the same process; never part of normal serving.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type Database from 'better-sqlite3';
import type { OpenedDatabase } from '../src/db/client.ts';
import { standardApplicability, type VersionFacts } from '../src/domain/applicability/rule.ts';
import { designationKey } from '../src/domain/designation.ts';

export const RAW_PATHS = { lookup: '/bench/raw/lookup', page: '/bench/raw/page' } as const;

const COMPONENT = `with recursive component(id) as (
    select id from versions where standard_id = ?
    union select v.base_id from versions v join component c on v.id = c.id where v.base_id is not null
    union select v.id from versions v join component c on v.base_id = c.id
    union select r.replacing_id from version_replacements r join component c on r.replaced_id = c.id
    union select r.replaced_id from version_replacements r join component c on r.replacing_id = c.id
  )`;

/** The prepared statements of both raw answers; `statements` counts what they ran (for the report). */
export function rawQueries(sqlite: Database.Database) {
  const standardByKey = sqlite.prepare(
    'select id, designation, title_en, title_zh from standards where designation_key = ?',
  );
  const graph = sqlite.prepare(`${COMPONENT}
    select id, standard_id as standardId, designation, type, base_id as baseId, published, effective,
           mandatory_new_types as mandatoryNewTypes, mandatory_existing_types as mandatoryExistingTypes, withdrawn,
           (select json_group_array(replaced_id) from version_replacements where replacing_id = v.id) as replaces
    from versions v where id in (select id from component) order by id`);
  const pageOfCommittee = sqlite.prepare(`with recursive tree(id) as (
      select id from committees where designation_key(code) = designation_key(?)
      union select c.id from committees c join tree on c.parent_id = tree.id
    )
    select s.id, s.designation, s.title_en, c.code from standards s left join committees c on c.id = s.committee_id
    where s.committee_id in (select id from tree) order by s.designation limit 50`);
  const versionsOfStandards = sqlite.prepare(
    'select standard_id, designation, type, effective from versions where standard_id in (select value from ' +
      'json_each(?)) order by standard_id, id',
  );
  let statements = 0;
  const run = <T>(statement: Database.Statement, ...params: unknown[]): T[] => {
    statements += 1;
    return statement.all(...params) as T[];
  };

  function lookup(variables: { designation: string; on: string }) {
    statements += 1;
    const standard = standardByKey.get(designationKey(variables.designation)) as
      | { id: number; designation: string; title_en: string; title_zh: string | null }
      | undefined;
    if (!standard) return { standard: null };
    const replacements: { replacingId: number; replacedId: number }[] = [];
    const versions = run<VersionFacts & { replaces: string }>(graph, standard.id).map(({ replaces, ...facts }) => {
      for (const replacedId of JSON.parse(replaces) as number[])
        replacements.push({ replacingId: facts.id, replacedId });
      return facts;
    });
    const answer = standardApplicability({ versions, replacements }, standard.id, variables.on, 'NEW_TYPES');
    const rows = new Map(versions.map((v) => [v.id, v]));
    const current = answer.currentId === null ? null : rows.get(answer.currentId)!;
    return {
      standard: {
        designation: standard.designation,
        title: { en: standard.title_en, zh: standard.title_zh },
        applicability: {
          current: current && { designation: current.designation, effective: current.effective },
          versions: answer.versions.map((v) => ({
            status: v.status,
            version: { designation: rows.get(v.versionId)!.designation },
            modifications: v.modificationIds.map((id) => ({
              designation: rows.get(id)!.designation,
              effective: rows.get(id)!.effective,
            })),
          })),
        },
      },
    };
  }

  function page(variables: { committee: string }) {
    const standards = run<{ id: number; designation: string; title_en: string; code: string | null }>(
      pageOfCommittee,
      variables.committee.trim(),
    );
    const byStandard = new Map<number, { node: { designation: string; type: string; effective: string | null } }[]>();
    const versions =
      standards.length === 0
        ? []
        : run<{ standard_id: number; designation: string; type: string; effective: string | null }>(
            versionsOfStandards,
            JSON.stringify(standards.map((s) => s.id)),
          );
    for (const v of versions) {
      const list = byStandard.get(v.standard_id) ?? [];
      if (list.length < 10) list.push({ node: { designation: v.designation, type: v.type, effective: v.effective } });
      byStandard.set(v.standard_id, list);
    }
    return {
      standards: {
        edges: standards.map((s) => ({
          node: {
            designation: s.designation,
            title: { en: s.title_en },
            committee: s.code === null ? null : { code: s.code },
            versions: { edges: byStandard.get(s.id) ?? [] },
          },
        })),
      },
    };
  }

  return { lookup, page, statementsRun: () => statements };
}

/** The raw HTTP routes: POST a JSON body `{ "variables": … }`, get `{ "data": … }` back. */
export function rawRoutes(database: OpenedDatabase): (request: IncomingMessage, response: ServerResponse) => boolean {
  const queries = rawQueries(database.sqlite);
  return (request, response) => {
    const route =
      request.url === RAW_PATHS.lookup ? queries.lookup : request.url === RAW_PATHS.page ? queries.page : null;
    if (route === null || request.method !== 'POST') return false;
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      try {
        const { variables } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { variables: never };
        const body = JSON.stringify({ data: route(variables) });
        response.writeHead(200, {
          'content-type': 'application/json; charset=utf-8',
          'content-length': Buffer.byteLength(body),
        });
        response.end(body);
      } catch (error) {
        response.writeHead(400, { 'content-type': 'text/plain' });
        response.end(String(error));
      }
    });
    return true;
  };
}
