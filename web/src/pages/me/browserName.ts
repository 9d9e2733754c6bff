// A session's User-Agent as a person recognises it ("Chrome 131 on Windows"). The order matters: Edge and
// Opera say "Chrome" too, and Chrome says "Safari". Unknown strings are shown whole.
const BROWSERS: [RegExp, string][] = [
  [/Edg(?:e|A|iOS)?\/(\d+)/u, 'Edge'],
  [/OPR\/(\d+)/u, 'Opera'],
  [/Firefox\/(\d+)/u, 'Firefox'],
  [/(?:Headless)?Chrome\/(\d+)/u, 'Chrome'],
  [/Version\/(\d+).*Safari\//u, 'Safari'],
];
const SYSTEMS: [RegExp, string][] = [
  [/Windows/u, 'Windows'],
  [/iPhone|iPad/u, 'iOS'],
  [/Android/u, 'Android'],
  [/Mac OS X/u, 'macOS'],
  [/CrOS/u, 'ChromeOS'],
  [/Linux/u, 'Linux'],
];

export function browserName(userAgent: string): string {
  const browser = BROWSERS.find(([pattern]) => pattern.test(userAgent));
  if (!browser) return userAgent;
  const version = browser[0].exec(userAgent)?.[1];
  const system = SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1];
  const name = `${browser[1]} ${version}`;
  return system ? `${name} · ${system}` : name;
}
