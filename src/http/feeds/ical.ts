// A minimal iCalendar (RFC 5545) writer, hand-written: no iCalendar package is a dependency, and
// the feed needs only all-day VEVENTs. Invariants: lines end with CRLF; no physical line exceeds
// 75 octets (longer ones are folded with CRLF + space, never inside a UTF-8 character); TEXT values
// escape `\`, `;`, `,` and newlines.

export interface CalendarEvent {
  uid: string;
  /** First day, `YYYY-MM-DD`. */
  start: string;
  /** Last day, inclusive (`DTEND` is written as the day after, as RFC 5545 wants for dates). */
  end: string;
  summary: string;
  description?: string;
  categories?: string[];
}

export interface Calendar {
  prodId: string;
  name: string;
  /** `DTSTAMP` of every event, a UTC date-time. */
  stamp: Date;
  events: Iterable<CalendarEvent>;
}

/** A TEXT value with its special characters escaped (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value.replace(/[\\;,]/gu, (c) => `\\${c}`).replace(/\r\n|\r|\n/gu, '\\n');
}

/** One content line, folded so that each physical line holds at most 75 octets. */
export function foldLine(line: string): string {
  // At most 75 printable ASCII characters (or tabs): at most 75 octets, nothing to fold.
  if (line.length <= 75 && !/[^ -~\t]/u.test(line)) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const code = char.codePointAt(0)!;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    // A continuation line starts with a space, which counts towards its 75 octets.
    if (octets + size > 75) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

const compactDate = (day: string) => day.replaceAll('-', '');

function dayAfter(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

const utcStamp = (date: Date) => `${date.toISOString().slice(0, 19).replace(/[-:]/gu, '')}Z`;

/** The calendar as an iCalendar stream, CRLF line ends. */
export function writeCalendar(calendar: Calendar): string {
  return [...calendarChunks(calendar)].join('');
}

/** The same stream in chunks of `eventsPerChunk` events, for a streamed response. */
export function* calendarChunks(calendar: Calendar, eventsPerChunk = 200): Generator<string> {
  const text = (lines: readonly string[]) => lines.map((line) => `${foldLine(line)}\r\n`).join('');
  const head = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${calendar.prodId}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  // Read by Apple, Google and Outlook as the calendar's name (not in RFC 5545; RFC 7986 NAME is newer).
  head.push(`X-WR-CALNAME:${escapeText(calendar.name)}`, `NAME:${escapeText(calendar.name)}`);
  yield text(head);
  const stamp = utcStamp(calendar.stamp);
  let lines: string[] = [];
  let events = 0;
  for (const event of calendar.events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compactDate(event.start)}`,
      `DTEND;VALUE=DATE:${compactDate(dayAfter(event.end))}`,
      `SUMMARY:${escapeText(event.summary)}`,
    );
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    if (event.categories?.length) lines.push(`CATEGORIES:${event.categories.map(escapeText).join(',')}`);
    // A date on the horizon is not an appointment: it never makes anyone busy.
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
    if (++events % eventsPerChunk === 0) {
      yield text(lines);
      lines = [];
    }
  }
  lines.push('END:VCALENDAR');
  yield text(lines);
}
