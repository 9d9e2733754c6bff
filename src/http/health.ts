import { getOperationAST } from 'graphql';
import { isAsyncIterable, useReadinessCheck, type Plugin } from 'graphql-yoga';
import type { SqliteHandle } from '../db/client.ts';
import { isMigrated, schemaStatus } from '../db/status.ts';

export const HEALTH_PATH = '/health';
export const READY_PATH = '/ready';

/**
 * Shared between the server and the app: the server sets `draining` when it starts shutting down,
 * so `/ready` answers 503 and a load balancer stops sending new requests while in-flight ones finish.
 */
export interface ServiceState {
  draining: boolean;
  /** A write (or read) failed for lack of disk space or an I/O error, and no mutation has succeeded since. */
  storageFailing?: boolean;
}

export function createServiceState(): ServiceState {
  return { draining: false, storageFailing: false };
}

/**
 * `GET /ready`: 200 when the database answers and carries exactly the migrations this build ships;
 * 503 otherwise, while draining, or after the database failed to store a change (`storage-failing`,
 * until a mutation succeeds again: see storageRecoveryPlugin). The body names the reason in a word,
 * never a path or an error text. (`GET /health`, "the process is alive", is Yoga's built-in check.)
 */
export function readinessPlugin({ sqlite, state }: { sqlite: SqliteHandle; state: ServiceState }): Plugin {
  return useReadinessCheck({
    endpoint: READY_PATH,
    check: ({ fetchAPI }) => {
      const answer = (status: number, body: Record<string, unknown>) =>
        new fetchAPI.Response(JSON.stringify(body), {
          status,
          headers: { 'content-type': 'application/json; charset=utf-8' },
        });
      if (state.draining) return answer(503, { status: 'draining' });
      if (state.storageFailing) return answer(503, { status: 'storage-failing' });
      try {
        const schema = schemaStatus(sqlite);
        if (schema.unknown.length > 0)
          return answer(503, { status: 'schema-newer-than-build', unknown: schema.unknown.length });
        if (!isMigrated(schema)) return answer(503, { status: 'not-migrated', pending: schema.pending.length });
      } catch {
        return answer(503, { status: 'database-unreachable' });
      }
      return answer(200, { status: 'ready' });
    },
  });
}

/**
 * Clears `storageFailing` when a mutation completes without an error: every mutation writes, so
 * the database stores changes again. (The flag is set where errors are translated, src/app.ts.)
 */
export function storageRecoveryPlugin(state: ServiceState): Plugin {
  return {
    onExecute({ args }) {
      if (!state.storageFailing) return undefined;
      if (getOperationAST(args.document, args.operationName)?.operation !== 'mutation') return undefined;
      return {
        onExecuteDone({ result }) {
          if (!isAsyncIterable(result) && (result.errors?.length ?? 0) === 0) state.storageFailing = false;
        },
      };
    },
  };
}
