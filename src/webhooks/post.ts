import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { addressProblem, bareHost, guardedLookup, urlProblem, type AddressPolicy } from './address-policy.ts';

/** What one attempt came to: a 2xx status is a delivery; anything else is retried. */
export interface PostOutcome {
  ok: boolean;
  status: number | null;
  error: string | null;
}

/** At most this much of a receiver's answer is read (and discarded). */
const MAX_RESPONSE_BYTES = 64 * 1024;

/**
 * POSTs a JSON body. node:http rather than fetch: its `lookup` hook checks the address actually
 * connected to (no second resolution between check and connect), and it never follows redirects.
 */
export function postJson(
  target: string,
  headers: Record<string, string>,
  body: string,
  options: { timeoutMs: number; policy: AddressPolicy },
): Promise<PostOutcome> {
  const url = new URL(target);
  const problem =
    urlProblem(url) ??
    (isIP(bareHost(url.hostname)) ? addressProblem(options.policy, url.hostname, bareHost(url.hostname)) : undefined);
  if (problem) return Promise.resolve({ ok: false, status: null, error: problem });
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    let settled = false;
    const done = (outcome: PostOutcome) => {
      if (settled) return;
      settled = true;
      resolve(outcome);
    };
    const req = request(url, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) },
      lookup: guardedLookup(options.policy),
      signal: AbortSignal.timeout(options.timeoutMs),
      agent: false,
    });
    req.on('response', (res) => {
      const status = res.statusCode ?? 0;
      let read = 0;
      res.on('data', (chunk: Buffer) => {
        read += chunk.length;
        if (read > MAX_RESPONSE_BYTES) res.destroy();
      });
      const finish = () => {
        if (status >= 200 && status < 300) return done({ ok: true, status, error: null });
        const location = res.headers.location;
        const error =
          status >= 300 && status < 400
            ? `redirect not followed: ${status}${location ? ` to ${location}` : ''}`
            : `the receiver answered ${status}`;
        done({ ok: false, status, error });
      };
      res.on('end', finish);
      res.on('close', finish);
      res.on('error', finish);
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      const message =
        error.name === 'AbortError' || error.name === 'TimeoutError'
          ? `no answer within ${options.timeoutMs} ms`
          : error.code === 'EWEBHOOKREFUSED'
            ? error.message
            : `${error.code ?? error.name}: ${error.message}`;
      done({ ok: false, status: null, error: message });
    });
    req.end(body);
  });
}
