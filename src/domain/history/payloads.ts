// What `HistoryEvent.data` answers, per action: a documented payload (docs/api.md, "History
// payloads") built by one function from what the event stored. The stored data may follow the
// tables' columns; the payload does not: a column renamed is mapped here, and the API's keys stay.
// An action not listed answers an empty object.

type Stored = Record<string, unknown>;
type Value = unknown;

/** Every key of `keys`, from the stored data or null: a payload always has all its keys. */
function pick<const K extends string>(stored: Stored, keys: readonly K[]): Record<K, Value> {
  return Object.fromEntries(keys.map((key) => [key, stored[key] ?? null])) as Record<K, Value>;
}

const asObject = (value: unknown): Stored =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Stored) : {};

const DRAFT_KEYS = [
  'committeeId',
  'leaderId',
  'standardId',
  'newStandardDesignation',
  'newStandardKind',
  'publisher',
  'titleEn',
  'titleZh',
  'versionDesignation',
  'versionType',
  'baseVersionId',
  'stage',
  'replaces',
] as const;
const COMMITTEE_KEYS = ['code', 'nameEn', 'nameZh', 'parentId'] as const;
const STANDARD_KEYS = ['designation', 'kind', 'titleEn', 'titleZh', 'publisher', 'committeeId'] as const;
const VERSION_KEYS = [
  'designation',
  'type',
  'baseId',
  'titleEn',
  'titleZh',
  'published',
  'effective',
  'mandatoryNewTypes',
  'mandatoryExistingTypes',
  'withdrawn',
  'vehicleCategories',
] as const;
const COMMENT_KEYS = [
  'threadId',
  'revisionId',
  'authorId',
  'organisation',
  'clauseNumber',
  'lineNumber',
  'paragraph',
  'type',
  'comment',
  'proposedChange',
] as const;
const COMMENT_EDITABLE = [
  'organisation',
  'clauseNumber',
  'lineNumber',
  'paragraph',
  'type',
  'comment',
  'proposedChange',
] as const;

/** A correction: the record before and after, each with the same keys. */
const correction =
  <const K extends string>(keys: readonly K[]) =>
  (stored: Stored) => ({
    before: pick(asObject(stored.before), keys),
    after: pick(asObject(stored.after), keys),
  });

/** Only the fields an edit changed, under their documented names. */
const changedFields = (value: unknown) => {
  const changes = asObject(value);
  return Object.fromEntries(COMMENT_EDITABLE.filter((k) => k in changes).map((k) => [k, changes[k] ?? null]));
};

export const HISTORY_PAYLOADS = {
  // drafts
  'draft.created': (s: Stored) => pick(s, DRAFT_KEYS),
  'draft.stageMoved': (s: Stored) => pick(s, ['from', 'to', 'publicEnquiry']),
  'draft.revisionAdded': (s: Stored) => pick(s, ['revisionId', 'number', 'clauses', 'note']),
  'draft.published': (s: Stored) => pick(s, ['from', 'to', 'versionId', 'designation', 'revisionId']),
  // comments
  'comment.created': (s: Stored) => pick(s, COMMENT_KEYS),
  'comment.edited': (s: Stored) => ({
    threadId: s.threadId ?? null,
    before: changedFields(s.before),
    after: changedFields(s.after),
  }),
  'comment.replied': (s: Stored) => pick(s, ['threadId', 'replyId', 'body']),
  'comment.withdrawn': (s: Stored) => pick(s, ['threadId']),
  'comment.disposed': (s: Stored) => pick(s, ['threadId', 'disposition', 'observation', 'previous']),
  'comment.carried': (s: Stored) =>
    pick(s, ['threadId', 'fromThreadId', 'fromRevisionId', 'revisionId', 'clauseNumber']),
  'comment.sheetUploaded': (s: Stored) => pick(s, ['revisionId', 'threadIds']),
  'draft.replacementConsented': (s: Stored) => pick(s, ['versionId', 'designation', 'committeeId', 'asAdministrator']),
  // ballots
  'ballot.opened': (s: Stored) =>
    pick(s, ['ballotId', 'revisionId', 'stage', 'openedById', 'opensAt', 'closesAt', 'rule', 'votesBy']),
  'ballot.voteCast': (s: Stored) =>
    pick(s, ['voteId', 'ballotId', 'personId', 'memberBody', 'value', 'reason', 'castAt']),
  'ballot.closed': (s: Stored) =>
    pick(s, [
      'ballotId',
      'stage',
      'revisionId',
      'counts',
      'votingMemberCounts',
      'eligible',
      'rule',
      'votesBy',
      'result',
      'explanation',
      'automatic',
    ]),
  // the catalogue
  'committee.imported': (s: Stored) => pick(s, COMMITTEE_KEYS),
  'committee.corrected': correction(COMMITTEE_KEYS),
  'committee.actingOfficerTaken': (s: Stored) => pick(s, ['personId', 'reason']),
  'committee.actingOfficerEnded': (s: Stored) => pick(s, ['personId', 'reason', 'since']),
  'committee.ballotRulesSet': (s: Stored) => pick(s, ['before', 'after']),
  'standard.imported': (s: Stored) => pick(s, STANDARD_KEYS),
  'standard.created': (s: Stored) => pick(s, [...STANDARD_KEYS, 'draftId']),
  'standard.corrected': correction(STANDARD_KEYS),
  'standard.committeeAssigned': (s: Stored) => pick(s, ['committeeId', 'previousCommitteeId']),
  'standard.versionPublished': (s: Stored) => pick(s, ['versionId', 'designation', 'draftId']),
  'version.imported': (s: Stored) => pick(s, [...VERSION_KEYS, 'replaces', 'references']),
  'version.published': (s: Stored) =>
    pick(s, [...VERSION_KEYS, 'standardId', 'draftId', 'revisionId', 'clauses', 'replaces']),
  'version.corrected': (s: Stored) => ({
    ...correction(VERSION_KEYS)(s),
    replaces: s.replaces ?? null,
    clausesAdded: s.clausesAdded ?? 0,
  }),
  // people and their access
  'person.created': (s: Stored) => pick(s, ['name', 'email', 'organisation', 'organisationKind', 'isAdmin']),
  'person.passwordSet': (s: Stored) => pick(s, ['linkId', 'purpose']),
  'person.passwordChanged': (s: Stored) => pick(s, ['sessionsEnded']),
  'person.signedOutEverywhere': (s: Stored) => pick(s, ['sessions']),
  'membership.added': (s: Stored) => pick(s, ['personId', 'role', 'previousRole']),
  'membership.roleChanged': (s: Stored) => pick(s, ['personId', 'role', 'previousRole']),
  'membership.removed': (s: Stored) => pick(s, ['personId', 'role']),
  'membership.memberBodySet': (s: Stored) =>
    pick(s, ['personId', 'memberBody', 'headOfDelegation', 'previous', 'previousHeadId']),
  'token.created': (s: Stored) => pick(s, ['tokenId', 'name']),
  'token.revoked': (s: Stored) => pick(s, ['tokenId']),
  // watch lists, notifications, webhooks
  'watch.followed': (s: Stored) => pick(s, ['watchId', 'standardId', 'committeeId', 'horizonFilter', 'name']),
  'watch.unfollowed': (s: Stored) => pick(s, ['watchId']),
  'notifications.read': (s: Stored) => pick(s, ['count']),
  'webhook.created': (s: Stored) => pick(s, ['url', 'kinds', 'personId']),
  'webhook.updated': (s: Stored) => pick(s, ['kinds', 'enabled']),
  'webhook.deleted': (s: Stored) => pick(s, ['url', 'personId']),
} satisfies Record<string, (stored: Stored) => Record<string, Value>>;

export type HistoryAction = keyof typeof HISTORY_PAYLOADS;
export type HistoryPayload<A extends HistoryAction> = ReturnType<(typeof HISTORY_PAYLOADS)[A]>;

export function isHistoryAction(action: string): action is HistoryAction {
  return Object.hasOwn(HISTORY_PAYLOADS, action);
}

/** The documented payload of an event, from its action and stored data (JSON text); `{}` for an unknown action. */
export function historyPayload(action: string, storedJson: string): Record<string, Value> {
  if (!isHistoryAction(action)) return {};
  return HISTORY_PAYLOADS[action](asObject(JSON.parse(storedJson)));
}
