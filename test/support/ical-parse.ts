// An independent, strict reader of iCalendar (RFC 5545) text for tests: written from the RFC, not
// from the writer, so the two cannot share a mistake. It refuses what a calendar app might
// mis-read: a line end other than CRLF, a physical line over 75 octets, a fold inside a UTF-8
// character, an unbalanced BEGIN/END, a component without its required properties.

export interface Property {
  name: string;
  params: Record<string, string>;
  value: string;
}

export interface Component {
  name: string;
  properties: Property[];
  components: Component[];
}

/** The unescaped value of a TEXT property (§3.3.11); an unescaped `,` or `;`, or a stray `\\`, is refused. */
export function textValue(raw: string): string {
  let out = '';
  for (let i = 0; i < raw.length; i += 1) {
    const c = raw[i]!;
    if (c === ',' || c === ';') throw new Error(`unescaped ${c} in TEXT: ${raw}`);
    if (c !== '\\') {
      out += c;
      continue;
    }
    const next = raw[i + 1];
    if (next === undefined || !'\\;,nN'.includes(next)) throw new Error(`bad escape in TEXT: ${raw}`);
    out += next === 'n' || next === 'N' ? '\n' : next;
    i += 1;
  }
  return out;
}

export function parseCalendar(bytes: Uint8Array): Component {
  // Physical lines are cut at CRLF in the bytes and each decoded alone: a fold inside a UTF-8
  // character makes a line that is not UTF-8.
  const physical: string[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i += 1) {
    if (bytes[i] === 0x0a && bytes[i - 1] !== 0x0d) throw new Error(`bare LF at octet ${i}`);
    if (bytes[i] !== 0x0d) continue;
    if (bytes[i + 1] !== 0x0a) throw new Error(`bare CR at octet ${i}`);
    const octets = bytes.subarray(start, i);
    if (octets.length > 75) throw new Error(`line ${physical.length + 1}: ${octets.length} octets (at most 75)`);
    try {
      physical.push(new TextDecoder('utf-8', { fatal: true }).decode(octets));
    } catch {
      throw new Error(`line ${physical.length + 1}: not UTF-8 (a character split by folding?)`);
    }
    start = i + 2;
  }
  if (start !== bytes.length) throw new Error('the stream must end with CRLF');
  const logical: string[] = [];
  for (const line of physical) {
    if (line.startsWith(' ') || line.startsWith('\t')) {
      if (logical.length === 0) throw new Error('a continuation line first');
      logical[logical.length - 1] += line.slice(1);
    } else logical.push(line);
  }
  const stack: Component[] = [{ name: '', properties: [], components: [] }];
  for (const line of logical) {
    const property = parseLine(line);
    if (property.name === 'BEGIN') {
      const component: Component = { name: property.value, properties: [], components: [] };
      stack.at(-1)!.components.push(component);
      stack.push(component);
    } else if (property.name === 'END') {
      const open = stack.pop();
      if (!open || open.name !== property.value)
        throw new Error(`END:${property.value} closes ${open?.name ?? 'nothing'}`);
    } else {
      if (stack.length === 1) throw new Error(`${property.name} outside any component`);
      stack.at(-1)!.properties.push(property);
    }
  }
  if (stack.length !== 1 || stack[0]!.components.length !== 1) throw new Error('one VCALENDAR, closed');
  const calendar = stack[0]!.components[0]!;
  if (calendar.name !== 'VCALENDAR') throw new Error('not a VCALENDAR');
  requireOnce(calendar, ['VERSION', 'PRODID']);
  for (const event of calendar.components.filter((c) => c.name === 'VEVENT'))
    requireOnce(event, ['UID', 'DTSTAMP', 'DTSTART']);
  return calendar;
}

/** name *(";" param) ":" value; a quoted parameter value may hold ":" and ";". */
function parseLine(line: string): Property {
  const name = /^[A-Za-z0-9-]+/u.exec(line)?.[0];
  if (!name) throw new Error(`no property name: ${line}`);
  let rest = line.slice(name.length);
  const params: Record<string, string> = {};
  while (rest.startsWith(';')) {
    const m = /^;([A-Za-z0-9-]+)=("[^"]*"|[^;:,"]*)/u.exec(rest);
    if (!m) throw new Error(`bad parameter: ${line}`);
    params[m[1]!.toUpperCase()] = m[2]!.replace(/^"|"$/gu, '');
    rest = rest.slice(m[0].length);
  }
  if (!rest.startsWith(':')) throw new Error(`no value: ${line}`);
  return { name: name.toUpperCase(), params, value: rest.slice(1) };
}

function requireOnce(component: Component, names: string[]): void {
  for (const name of names) {
    const count = component.properties.filter((p) => p.name === name).length;
    if (count !== 1) throw new Error(`${component.name} has ${count} ${name}`);
  }
}

export const propertyOf = (component: Component, name: string): Property | undefined =>
  component.properties.find((p) => p.name === name);
