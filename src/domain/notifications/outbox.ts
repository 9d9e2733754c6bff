import { sql, type SQL } from 'drizzle-orm';
import type { Writer } from '../../db/types.ts';
import type { EventInput } from '../events.ts';
import type { NotificationKind } from './kinds.ts';

// The outbox: notifications derived from an event of the history, inserted by the statement that
// follows the event's own insert, in the same transaction. A crash loses both or neither; the
// unique (event, person) index makes a second derivation of the same event a no-op.

type Data = Record<string, unknown>;
const field = (data: unknown, key: string): unknown =>
  data !== null && typeof data === 'object' ? (data as Data)[key] : undefined;

/** Draft events that notify, and what they say. `draft.stageMoved` to a public enquiry says so. */
function draftKind(event: Pick<EventInput, 'action' | 'data'>): NotificationKind | null {
  switch (event.action) {
    case 'draft.stageMoved':
      return field(event.data, 'publicEnquiry') === true ? 'PUBLIC_ENQUIRY_OPENED' : 'DRAFT_STAGE_CHANGED';
    case 'draft.published':
      return 'DRAFT_STAGE_CHANGED';
    case 'ballot.opened':
      return 'BALLOT_OPENED';
    case 'ballot.closed':
      return 'BALLOT_CLOSED';
    case 'comment.disposed':
      return 'COMMENT_DISPOSED';
    case 'comment.replied':
      return 'COMMENT_REPLIED';
    default:
      return null;
  }
}

const MODIFICATIONS_THAT_CORRECT = new Set(['CORRIGENDUM', 'AMENDMENT']);

/** Version events that notify: a new version, a correction, a withdrawal (a correction that sets `withdrawn`). */
function versionKind(event: Pick<EventInput, 'action' | 'data'>): NotificationKind | null {
  if (event.action === 'version.published' || event.action === 'version.imported') {
    return MODIFICATIONS_THAT_CORRECT.has(String(field(event.data, 'type')))
      ? 'CORRECTION_RECORDED'
      : 'VERSION_PUBLISHED';
  }
  if (event.action === 'version.corrected') {
    const before = field(event.data, 'before');
    const after = field(event.data, 'after');
    return field(before, 'withdrawn') == null && field(after, 'withdrawn') != null
      ? 'VERSION_WITHDRAWN'
      : 'CORRECTION_RECORDED';
  }
  return null;
}

/** True when the event may notify anyone: the import's writer skips the rest without a statement. */
export function mayNotify(action: string): boolean {
  return draftKind({ action, data: null }) !== null || versionKind({ action, data: null }) !== null;
}

/** Writes the notifications an event causes (none for most events), in the caller's transaction. */
export function notifyOf(tx: Writer, eventId: number, event: EventInput): void {
  const version = event.entityType === 'StandardVersion' ? versionKind(event) : null;
  if (version !== null) return void tx.run(versionNotifications(eventId, event, version));
  const draft = event.entityType === 'Draft' ? draftKind(event) : null;
  if (draft !== null) tx.run(draftNotifications(eventId, event, draft));
}

const notActor = (actorId: number | null, column: SQL) => (actorId === null ? sql`1` : sql`${column} <> ${actorId}`);

/** Followers of the version's standard, or of its committee or any committee above it. */
function versionNotifications(eventId: number, event: EventInput, kind: NotificationKind): SQL {
  const after = field(event.data, 'after') ?? event.data;
  const payload = JSON.stringify({
    designation: field(after, 'designation') ?? null,
    type: field(after, 'type') ?? null,
    ...(kind === 'VERSION_WITHDRAWN' ? { withdrawn: field(after, 'withdrawn') } : {}),
  });
  return sql`
    with recursive up(id) as (
      select s.committee_id from versions v join standards s on s.id = v.standard_id
        where v.id = ${event.entityId} and s.committee_id is not null
      union select c.parent_id from committees c join up on c.id = up.id where c.parent_id is not null)
    insert into notifications (person_id, kind, event_id, subject_type, subject_id, data, created_at)
    select distinct w.person_id, ${kind}, ${eventId}, 'StandardVersion', ${event.entityId}, ${payload}, ${event.at}
    from watches w
    where (w.standard_id = (select standard_id from versions where id = ${event.entityId})
      or w.committee_id in (select id from up))
      and ${notActor(event.actorId, sql`w.person_id`)}
    on conflict do nothing`;
}

/** What the feed shows of a draft event: never a voter, a vote or a reason. */
function draftPayload(event: EventInput, kind: NotificationKind): string {
  const d = event.data;
  switch (kind) {
    case 'DRAFT_STAGE_CHANGED':
    case 'PUBLIC_ENQUIRY_OPENED':
      return JSON.stringify({ from: field(d, 'from') ?? null, to: field(d, 'to') ?? null });
    case 'BALLOT_OPENED':
      return JSON.stringify({
        ballotId: field(d, 'ballotId'),
        stage: field(d, 'stage') ?? null,
        closesAt: field(d, 'closesAt') ?? null,
      });
    case 'BALLOT_CLOSED': {
      // Counts of all votes cast, as the ballot shows them once closed.
      const counts = field(d, 'counts');
      return JSON.stringify({
        ballotId: field(d, 'ballotId'),
        stage: field(d, 'stage') ?? null,
        result: field(d, 'result') ?? null,
        counts: {
          approve: field(counts, 'APPROVE') ?? 0,
          disapprove: field(counts, 'DISAPPROVE') ?? 0,
          abstain: field(counts, 'ABSTAIN') ?? 0,
        },
      });
    }
    case 'COMMENT_DISPOSED':
      return JSON.stringify({
        threadId: field(d, 'threadId'),
        disposition: field(d, 'disposition') ?? null,
        observation: field(d, 'observation') ?? null,
      });
    default:
      return JSON.stringify({ threadId: field(d, 'threadId') ?? null, replyId: field(d, 'replyId') ?? null });
  }
}

/**
 * Those who may read the draft now (the `draft.read` rule: administrators, any role in its
 * committee, anyone while it is open for public enquiry), narrowed per kind: comment events reach
 * the thread's author; the others reach the committee's members and the followers of the
 * committee or of one above it.
 */
function draftNotifications(eventId: number, event: EventInput, kind: NotificationKind): SQL {
  const threadId = Number(field(event.data, 'threadId') ?? 0);
  const audience =
    kind === 'COMMENT_DISPOSED' || kind === 'COMMENT_REPLIED'
      ? sql`select t.author_id from comment_threads t where t.id = ${threadId}`
      : sql`select m.person_id from memberships m, d where m.committee_id = d.committee_id
            union select w.person_id from watches w where w.committee_id in (select id from up)`;
  return sql`
    with recursive d(committee_id, open) as (
      select committee_id, public_enquiry = 1 and stage = 'ENQUIRY' from drafts where id = ${event.entityId}),
    up(id) as (select committee_id from d
      union select c.parent_id from committees c join up on c.id = up.id where c.parent_id is not null),
    audience(person_id) as (${audience})
    insert into notifications (person_id, kind, event_id, subject_type, subject_id, data, created_at)
    select a.person_id, ${kind}, ${eventId}, 'Draft', ${event.entityId}, ${draftPayload(event, kind)}, ${event.at}
    from audience a join people p on p.id = a.person_id, d
    where ${notActor(event.actorId, sql`a.person_id`)}
      and (p.is_admin = 1 or d.open
        or exists (select 1 from memberships m where m.person_id = a.person_id and m.committee_id = d.committee_id))
    on conflict do nothing`;
}
