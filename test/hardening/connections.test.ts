import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../../src/config.ts';
import { clientKey } from '../../src/http/connections.ts';
import { ROOT, sleep, tempDir } from './helpers.ts';

// Slow or numerous sockets (slowloris) cannot take the server down: the connections past the caps
// are closed at once, a client that sends its headers too slowly is dropped, and /health answers.
// The server runs with an open-file limit of 1,024 (lowering it is always allowed), which the
// slow sockets would exhaust without the caps.

const SERVER_FILES = 1_024;
const running: ChildProcess[] = [];
const folder = tempDir('connections');
afterEach(() => {
  for (const child of running.splice(0)) child.kill('SIGKILL');
});

/** The real server (with the test stream route) in a child process, under a low open-file limit. */
async function serve(env: Record<string, string>): Promise<{ port: number; child: ChildProcess }> {
  const child = spawn(
    'sh',
    [
      '-c',
      `ulimit -n ${SERVER_FILES} 2>/dev/null; exec "$@"`,
      'sh',
      process.execPath,
      '--import',
      'tsx',
      'test/hardening/fixtures/slow-server.ts',
    ],
    {
      cwd: ROOT,
      env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', REGISTRY_DB: `${folder.dir}/${running.length}.db`, ...env },
    },
  );
  running.push(child);
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  while (!output.includes('"serving')) {
    if (child.exitCode !== null) throw new Error(output);
    await sleep(25);
  }
  return { port: Number(/"url":"http:\/\/127\.0\.0\.1:(\d+)/u.exec(output)![1]), child };
}

/**
 * Sockets that start a request and never finish its headers. `refused` counts those the server
 * closed without a word (a cap), `timedOut` those it answered 408 and closed (the headers timeout).
 */
async function slowSockets(port: number, count: number): Promise<{ refused(): number; timedOut(): number }> {
  let refused = 0;
  let timedOut = 0;
  for (let i = 0; i < count; i += 100) {
    const batch = Array.from({ length: Math.min(100, count - i) }, () => {
      const socket = connect(port, '127.0.0.1');
      let answer = '';
      socket.on('error', () => undefined);
      socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
      socket.once('close', () => {
        if (answer === '') refused += 1;
        else if (answer.startsWith('HTTP/1.1 408')) timedOut += 1;
      });
      return new Promise<void>((resolve) => {
        socket.once('close', () => resolve());
        socket.once('connect', () => {
          socket.write('GET /health HTTP/1.1\r\nHost: registry\r\n');
          resolve();
        });
      });
    });
    await Promise.all(batch);
  }
  return { refused: () => refused, timedOut: () => timedOut };
}

/**
 * GET `path` on a new connection from `localAddress` (Linux answers on all of 127.0.0.0/8): its status and body, or the
 * error's code.
 */
function get(port: number, path: string, localAddress = '127.0.0.1'): Promise<{ status: string; body: string }> {
  return new Promise((resolve) => {
    const request = httpGet({ host: '127.0.0.1', port, path, localAddress, agent: false }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: String(response.statusCode), body }));
    });
    request.on('error', (error: NodeJS.ErrnoException) => resolve({ status: error.code ?? 'error', body: '' }));
  });
}

const health = async (port: number, localAddress?: string) => (await get(port, '/health', localAddress)).status;
const refusedMetric = async (port: number, reason: string, localAddress?: string) =>
  Number(
    new RegExp(`registry_connections_refused_total\\{reason="${reason}"\\} (\\d+)`, 'u').exec(
      (await get(port, '/metrics', localAddress)).body,
    )?.[1],
  );

async function until(condition: () => boolean | Promise<boolean>, boundMs: number): Promise<void> {
  const deadline = Date.now() + boundMs;
  while (!(await condition()) && Date.now() < deadline) await sleep(50);
}

/** Sockets this test process may open, leaving room for everything else it holds. */
function clientSockets(wanted: number): number {
  const limits = existsSync('/proc/self/limits') ? readFileSync('/proc/self/limits', 'utf8') : '';
  const soft = /^Max open files\s+(\d+)/mu.exec(limits)?.[1];
  return soft === undefined ? wanted : Math.min(wanted, Number(soft) - 200);
}

describe('connection caps and timeouts', () => {
  it('2,000 slow sockets from one address: the excess is closed at once, /health answers, the slow ones are dropped', {
    timeout: 90_000,
  }, async () => {
    const perAddress = 100;
    const { port, child } = await serve({
      MAX_CONNECTIONS_PER_ADDRESS: String(perAddress),
      HEADERS_TIMEOUT_MS: '12000',
    });
    const count = clientSockets(2_000);
    const slow = await slowSockets(port, count);
    await until(() => slow.refused() >= count - perAddress, 20_000);
    expect(slow.refused()).toBe(count - perAddress);
    // Another address is not held back by this one's connections, which still wait.
    expect(await health(port, '127.0.0.2')).toBe('200');
    expect(await refusedMetric(port, 'per_address', '127.0.0.2')).toBe(count - perAddress);
    expect(slow.timedOut()).toBeLessThan(perAddress);
    // The slow ones are answered 408 and closed once their time to send headers is up; then this
    // address is served again.
    await until(() => slow.timedOut() === perAddress, 40_000);
    expect([slow.refused(), slow.timedOut()]).toEqual([count - perAddress, perAddress]);
    expect(await health(port)).toBe('200');
    expect(child.exitCode).toBeNull();
  });

  it('past MAX_CONNECTIONS in all, new connections are closed at once; /health answers once the slow ones are ' +
    'dropped', {
    timeout: 90_000,
  }, async () => {
    const max = 200;
    const { port, child } = await serve({
      MAX_CONNECTIONS: String(max),
      MAX_CONNECTIONS_PER_ADDRESS: '100000',
      HEADERS_TIMEOUT_MS: '2000',
      REQUEST_TIMEOUT_MS: '2000',
    });
    const count = clientSockets(2_000);
    const slow = await slowSockets(port, count);
    await until(() => slow.refused() + slow.timedOut() === count, 30_000);
    expect([slow.refused(), slow.timedOut()]).toEqual([count - max, max]);
    expect(await health(port)).toBe('200');
    expect(await refusedMetric(port, 'max')).toBe(count - max);
    expect(child.exitCode).toBeNull();
  });

  it('a request body sent too slowly is cut at REQUEST_TIMEOUT_MS with 408', { timeout: 60_000 }, async () => {
    const { port } = await serve({ HEADERS_TIMEOUT_MS: '1000', REQUEST_TIMEOUT_MS: '2000' });
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
    const closed = new Promise((resolve) => socket.once('close', resolve));
    socket.write(
      'POST /graphql HTTP/1.1\r\nHost: registry\r\nContent-Type: application/json\r\nContent-Length: ' +
        '100\r\n\r\n{"query":',
    );
    await Promise.race([closed, sleep(20_000)]);
    expect(answer).toMatch(/^HTTP\/1\.1 408/u);
    socket.destroy();
  });

  it("an event stream (as a subscription's) outlives the request, headers and keep-alive timeouts", {
    timeout: 60_000,
  }, async () => {
    const { port } = await serve({
      HEADERS_TIMEOUT_MS: '1000',
      REQUEST_TIMEOUT_MS: '1000',
      KEEP_ALIVE_TIMEOUT_MS: '1000',
    });
    const stream = await fetch(`http://127.0.0.1:${port}/test/stream`);
    const reader = stream.body!.getReader();
    let pings = 0;
    // A ping every 100 ms: 40 of them span several checks of both timeouts.
    while (pings < 40) {
      const chunk = await reader.read();
      expect(chunk.done).toBe(false);
      pings += new TextDecoder().decode(chunk.value).split(': ping').length - 1;
    }
    await reader.cancel();
  });
});

describe('the per-address cap', () => {
  it('counts an IPv4 client by its address (also when IPv4-mapped) and an IPv6 one by its /64', () => {
    expect(clientKey('::ffff:192.0.2.7')).toBe('192.0.2.7');
    expect(clientKey('192.0.2.7')).toBe('192.0.2.7');
    expect(clientKey('2001:db8:1:2:3:4:5:6')).toBe('2001:db8:1:2::/64');
    expect(clientKey('2001:0db8:0001:0002::9')).toBe('2001:db8:1:2::/64');
    expect(clientKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(clientKey('2001:db8:1:3::1')).not.toBe(clientKey('2001:db8:1:2::1'));
  });
});

describe('configuration of the caps', () => {
  it('has documented defaults', () => {
    expect(readConfig({}).connections).toEqual({
      max: 900,
      perAddress: 256,
      headersTimeoutMs: 10_000,
      requestTimeoutMs: 30_000,
      keepAliveTimeoutMs: 5_000,
    });
  });

  it('names every bad value; headers must not take longer than the whole request', () => {
    const bad = {
      MAX_CONNECTIONS: '0',
      MAX_CONNECTIONS_PER_ADDRESS: 'many',
      HEADERS_TIMEOUT_MS: '500',
      REQUEST_TIMEOUT_MS: '-1',
      KEEP_ALIVE_TIMEOUT_MS: '1e4',
    };
    expect(() => readConfig(bad)).toThrow(ConfigError);
    const message = (() => {
      try {
        readConfig(bad);
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    for (const name of Object.keys(bad)) expect(message).toContain(`${name} must be`);
    expect(() => readConfig({ HEADERS_TIMEOUT_MS: '20000', REQUEST_TIMEOUT_MS: '10000' })).toThrow(
      'HEADERS_TIMEOUT_MS must not exceed REQUEST_TIMEOUT_MS',
    );
  });
});
