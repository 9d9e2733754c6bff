/**
 * Where to go after signing in: `next` when it is a path on this site (never another origin, which
 * `//host` or `/\host` would reach), else the person's page.
 */
export function safeNext(next: string | null | undefined, fallback = '/me'): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  try {
    const url = new URL(next, 'http://same.invalid');
    if (url.origin !== 'http://same.invalid') return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
