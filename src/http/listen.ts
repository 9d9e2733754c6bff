import type { Server } from 'node:http';
import { ConfigError } from '../config.ts';

/** Listens on `host`:`port`; a failure is a ConfigError naming HOST or PORT (start-up prints one line). */
export async function listenOrExplain(server: Server, port: number, host: string): Promise<void> {
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    throw new ConfigError(listenProblem((error as NodeJS.ErrnoException).code, port, host));
  }
}

function listenProblem(code: string | undefined, port: number, host: string): string {
  const named = `HOST ${JSON.stringify(host)}`;
  switch (code) {
    case 'EADDRINUSE':
      return `PORT ${port} is already in use on ${named}; stop the other server or choose another PORT.`;
    case 'EADDRNOTAVAIL':
      return `${named} is not an address of this machine; use one of its addresses, 127.0.0.1 or 0.0.0.0.`;
    case 'EACCES':
      return `PORT ${port} on ${named} needs privileges this process does not have; choose a PORT from 1024.`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EAI_FAIL':
    case 'EAI_NONAME':
      return `${named} does not resolve to an address (${code}).`;
    default:
      return `Cannot listen on ${named}, PORT ${port} (${code ?? 'unknown error'}).`;
  }
}
