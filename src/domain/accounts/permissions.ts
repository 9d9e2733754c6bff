import type { CommitteeRole } from '../enums.ts';
import { DomainError } from '../errors.ts';
import { mayReadDraft } from '../drafts/visibility.ts';
import type { Viewer } from './viewer.ts';

// Who may do what: one entry per verb, decided here and nowhere else. Every verb calls
// `assertAllowed`, and the `viewerCan…` fields call `isAllowed` with the same arguments, so the
// API never offers an action it would refuse (stage and time preconditions are checked by the
// verbs themselves and reported as ILLEGAL_TRANSITION / BALLOT_CLOSED / CONFLICT).

export const OFFICERS: readonly CommitteeRole[] = ['CHAIR', 'SECRETARY'];
export const VOTING_ROLES: readonly CommitteeRole[] = ['MEMBER'];
export const PROPOSING_ROLES: readonly CommitteeRole[] = ['CHAIR', 'SECRETARY', 'MEMBER'];

/** What a permission is decided on, beyond the viewer. */
export interface Subject {
  committeeId?: number;
  /** The draft is open for public enquiry (and at the ENQUIRY stage). */
  publicEnquiry?: boolean;
  /** The person who authored the comment, or leads the draft, or owns the token. */
  ownerId?: number;
  leaderId?: number;
  /** The committees the person read holds a role in. */
  committeeIds?: readonly number[];
}

type Rule = (viewer: Viewer, subject: Subject) => boolean;

const role = (viewer: Viewer, subject: Subject) =>
  subject.committeeId === undefined ? undefined : viewer.roles.get(subject.committeeId);
const hasRole =
  (roles: readonly CommitteeRole[]): Rule =>
  (viewer, subject) => {
    const r = role(viewer, subject);
    return r !== undefined && roles.includes(r);
  };
const anyRole: Rule = (viewer, subject) => role(viewer, subject) !== undefined;
const admin: Rule = (viewer) => viewer.isAdmin;
/** An administrator who has taken the acting officer role in the committee (recorded, with a reason). */
const actingOfficer: Rule = (viewer, subject) =>
  viewer.isAdmin && subject.committeeId !== undefined && (viewer.actingOfficerOf?.has(subject.committeeId) ?? false);
const owner: Rule = (viewer, subject) => subject.ownerId === viewer.personId;
const leader: Rule = (viewer, subject) => subject.leaderId === viewer.personId;
const sharesCommittee: Rule = (viewer, subject) => subject.committeeIds?.some((id) => viewer.roles.has(id)) ?? false;
const publicEnquiry: Rule = (_viewer, subject) => subject.publicEnquiry === true;
const signedIn: Rule = () => true;
const anyOf =
  (...rules: Rule[]): Rule =>
  (viewer, subject) =>
    rules.some((rule) => rule(viewer, subject));
const allOf =
  (...rules: Rule[]): Rule =>
  (viewer, subject) =>
    rules.every((rule) => rule(viewer, subject));
/** May read the draft (drafts/visibility.ts, shared with lists' SQL filter); acting on one's own record needs it. */
const reader: Rule = (viewer, subject) => mayReadDraft(viewer, subject);
/** Officer powers: the committee's chair and secretary, or an administrator acting as its officer. */
const officer: Rule = anyOf(hasRole(OFFICERS), actingOfficer);

export const PERMISSIONS = {
  // accounts
  'person.create': admin,
  'person.update': admin,
  'membership.set': admin,
  'membership.remove': admin,
  // Administrators read every committee's work, but act in one only through this recorded role.
  'committee.actAsOfficer': admin,
  'standard.assignCommittee': admin,
  'token.create': anyOf(admin, owner),
  'token.revoke': anyOf(admin, owner),
  // Signing in: administrators issue invitation and reset links; a person ends their own browser
  // sessions, an administrator anyone's (to shut out a lost laptop).
  'person.issueLink': admin,
  'session.revoke': anyOf(admin, owner),
  'session.read': anyOf(admin, owner),
  // People, as a committee needs them: its members see who holds which role in it (a person's
  // memberships are listed where this allows), and read the record of anyone they share a committee with.
  'committee.members': anyOf(admin, anyRole),
  'person.read': anyOf(admin, owner, sharesCommittee),
  // A person's e-mail, tokens and webhooks: the person and administrators only.
  'person.readPrivate': anyOf(admin, owner),
  // Finding a recorded person by e-mail (to give them a role): administrators, who record people.
  'person.lookUp': admin,
  // Membership and token history: a committee's to its members, a person's to the person.
  'committee.history': anyOf(admin, anyRole),
  'person.history': anyOf(admin, owner),
  // drafts
  'draft.read': reader,
  'draft.create': anyOf(actingOfficer, hasRole(PROPOSING_ROLES)),
  // The project leader writes the text, as long as they still hold a role in the committee.
  'draft.revise': anyOf(officer, allOf(leader, anyRole)),
  'draft.move': officer,
  'draft.publish': officer,
  // The subject is the committee responsible for the replaced version (none: administrators only).
  'draft.consentReplacement': anyOf(admin, hasRole(OFFICERS)),
  // comments
  'comment.create': anyOf(anyRole, publicEnquiry),
  'comment.reply': anyOf(anyRole, publicEnquiry, actingOfficer),
  'comment.edit': allOf(owner, reader),
  'comment.withdraw': allOf(owner, reader),
  'comment.dispose': officer,
  'comment.carry': officer,
  // ballots
  'ballot.open': officer,
  'ballot.close': officer,
  'ballot.vote': hasRole(VOTING_ROLES),
  // Who voted what: the committee and administrators only, a public enquiry's readers never.
  'ballot.readVotes': anyOf(admin, anyRole),
  // How a committee's ballots are decided (its rule, voting unit, minimum durations) is its constitution.
  'committee.setBallotRules': admin,
  // watch lists and notifications: each person their own, nobody else's (administrators included)
  'watch.follow': signedIn,
  'watch.unfollow': owner,
  'notification.read': owner,
  // webhooks: created by their owner only (deliveries reveal the watch list); administrators manage anyone's
  // (to stop one that misbehaves)
  'webhook.create': owner,
  'webhook.manage': anyOf(admin, owner),
} satisfies Record<string, Rule>;

export type Action = keyof typeof PERMISSIONS;

export function isAllowed(viewer: Viewer | null, action: Action, subject: Subject = {}): boolean {
  return viewer !== null && PERMISSIONS[action](viewer, subject);
}

/** Throws UNAUTHENTICATED for an anonymous caller, FORBIDDEN for a signed-in one who may not. */
export function assertAllowed(viewer: Viewer | null, action: Action, subject: Subject = {}): asserts viewer is Viewer {
  if (viewer === null) throw new DomainError('UNAUTHENTICATED', `Sign in to ${describe(action)}.`);
  if (!PERMISSIONS[action](viewer, subject)) throw new DomainError('FORBIDDEN', `You may not ${describe(action)}.`);
}

function describe(action: Action): string {
  const [entity, verb] = action.split('.') as [string, string];
  return `${verb} ${entity === 'membership' ? 'memberships' : `this ${entity}`}`;
}
