import { assertAllowed, isAllowed, type Action } from '../accounts/permissions.ts';
import type { Viewer } from '../accounts/viewer.ts';
import type { DraftRow } from '../drafts/access.ts';
import { isActiveStage } from '../drafts/lifecycle.ts';
import type { ThreadStatus } from '../enums.ts';
import { DomainError } from '../errors.ts';
import { threadSubject, type ThreadRow } from './access.ts';

// What may be done to a comment thread, as data: who (an action of the permission table) and in
// which thread statuses. The verbs ask `assertThreadVerb`, the `viewerCan…` fields `threadAbilities`,
// both the same checks, so the API never offers what a verb would refuse. Creating a thread is a
// draft ability (drafts/abilities.ts), decided by the draft's lifecycle.

export const THREAD_VERBS = ['reply', 'edit', 'withdraw', 'dispose'] as const;
export type ThreadVerb = (typeof THREAD_VERBS)[number];

interface ThreadRule {
  action: Action;
  /** The thread statuses the verb accepts, with the reason for refusing the others. */
  statuses: readonly ThreadStatus[];
  refused: string;
}

export const THREAD_RULES: Record<ThreadVerb, ThreadRule> = {
  reply: { action: 'comment.reply', statuses: ['OPEN', 'RESOLVED', 'WITHDRAWN'], refused: '' },
  edit: { action: 'comment.edit', statuses: ['OPEN'], refused: 'only open comments can be edited' },
  withdraw: { action: 'comment.withdraw', statuses: ['OPEN'], refused: 'only open comments can be withdrawn' },
  // A disposition may be revised while the draft is active (comment-resolution meetings often do).
  dispose: { action: 'comment.dispose', statuses: ['OPEN', 'RESOLVED'], refused: 'it was withdrawn by its author' },
};

type ThreadFields = Pick<ThreadRow, 'authorId' | 'status'>;
type DraftFields = Pick<DraftRow, 'committeeId' | 'publicEnquiry' | 'stage' | 'leaderId'>;

export type ThreadCheck = { ok: true } | { ok: false; reason: string };

/** Whether the verb's state conditions hold: an active draft, a thread status the verb accepts. */
export function checkThreadState(verb: ThreadVerb, thread: ThreadFields, draft: DraftFields): ThreadCheck {
  if (!isActiveStage(draft.stage))
    return { ok: false, reason: `The draft is ${draft.stage}: its comments are closed.` };
  const rule = THREAD_RULES[verb];
  if (!rule.statuses.includes(thread.status)) {
    return { ok: false, reason: `The comment is ${thread.status}: ${rule.refused}.` };
  }
  return { ok: true };
}

/** The verbs' check: UNAUTHENTICATED/FORBIDDEN by the permission table, then ILLEGAL_TRANSITION by state. */
export function assertThreadVerb(
  viewer: Viewer | null,
  verb: ThreadVerb,
  thread: ThreadFields,
  draft: DraftFields,
): asserts viewer is Viewer {
  assertAllowed(viewer, THREAD_RULES[verb].action, threadSubject(thread, draft));
  const check = checkThreadState(verb, thread, draft);
  if (!check.ok) throw new DomainError('ILLEGAL_TRANSITION', check.reason);
}

export type ThreadAbilities = Record<ThreadVerb, boolean>;

/** What the viewer could do to the thread right now: exactly what `assertThreadVerb` would let through. */
export function threadAbilities(viewer: Viewer | null, thread: ThreadFields, draft: DraftFields): ThreadAbilities {
  const subject = threadSubject(thread, draft);
  const can = (verb: ThreadVerb) =>
    isAllowed(viewer, THREAD_RULES[verb].action, subject) && checkThreadState(verb, thread, draft).ok;
  return { reply: can('reply'), edit: can('edit'), withdraw: can('withdraw'), dispose: can('dispose') };
}
