import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PERMISSIONS } from '../src/domain/accounts/permissions.ts';
import { HISTORY_PAYLOADS, historyPayload, type HistoryAction } from '../src/domain/history/payloads.ts';
import { exportRegistry } from '../src/domain/interchange/exportRegistry.ts';
import { importRegistry } from '../src/domain/interchange/importRegistry.ts';
import { approvedDraft, setUpCommittee } from './support/committee.ts';
import { createTestDb } from './support/db.ts';

// `HistoryEvent.data` is a documented payload per action (docs/api.md, History payloads): its keys
// are pinned here, one test per action, and the payloads of events the verbs really write are
// checked to read every key from what was stored (a column renamed would show here, not in the API).

const DRAFT = [
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
];
const COMMITTEE = ['code', 'nameEn', 'nameZh', 'parentId'];
const STANDARD = ['designation', 'kind', 'titleEn', 'titleZh', 'publisher', 'committeeId'];
const VERSION = [
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
];
const COMMENT = [
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
];

const KEYS: Record<HistoryAction, string[]> = {
  'draft.created': DRAFT,
  'draft.stageMoved': ['from', 'to', 'publicEnquiry'],
  'draft.revisionAdded': ['revisionId', 'number', 'clauses', 'note'],
  'draft.published': ['from', 'to', 'versionId', 'designation', 'revisionId'],
  'comment.created': COMMENT,
  'comment.edited': ['threadId', 'before', 'after'],
  'comment.replied': ['threadId', 'replyId', 'body'],
  'comment.withdrawn': ['threadId'],
  'comment.disposed': ['threadId', 'disposition', 'observation', 'previous'],
  'comment.carried': ['threadId', 'fromThreadId', 'fromRevisionId', 'revisionId', 'clauseNumber'],
  'comment.sheetUploaded': ['revisionId', 'threadIds'],
  'draft.replacementConsented': ['versionId', 'designation', 'committeeId', 'asAdministrator'],
  'committee.actingOfficerTaken': ['personId', 'reason'],
  'committee.actingOfficerEnded': ['personId', 'reason', 'since'],
  'committee.ballotRulesSet': ['before', 'after'],
  'standard.committeeAssigned': ['committeeId', 'previousCommitteeId'],
  'membership.memberBodySet': ['personId', 'memberBody', 'headOfDelegation', 'previous', 'previousHeadId'],
  'ballot.opened': ['ballotId', 'revisionId', 'stage', 'openedById', 'opensAt', 'closesAt', 'rule', 'votesBy'],
  'ballot.voteCast': ['voteId', 'ballotId', 'personId', 'memberBody', 'value', 'reason', 'castAt'],
  'ballot.closed': [
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
  ],
  'committee.imported': COMMITTEE,
  'committee.corrected': ['before', 'after'],
  'standard.imported': STANDARD,
  'standard.created': [...STANDARD, 'draftId'],
  'standard.corrected': ['before', 'after'],
  'standard.versionPublished': ['versionId', 'designation', 'draftId'],
  'version.imported': [...VERSION, 'replaces', 'references'],
  'version.published': [...VERSION, 'standardId', 'draftId', 'revisionId', 'clauses', 'replaces'],
  'version.corrected': ['before', 'after', 'replaces', 'clausesAdded'],
  'person.created': ['name', 'email', 'organisation', 'organisationKind', 'isAdmin'],
  'person.passwordSet': ['linkId', 'purpose'],
  'person.passwordChanged': ['sessionsEnded'],
  'person.signedOutEverywhere': ['sessions'],
  'membership.added': ['personId', 'role', 'previousRole'],
  'membership.roleChanged': ['personId', 'role', 'previousRole'],
  'membership.removed': ['personId', 'role'],
  'token.created': ['tokenId', 'name'],
  'token.revoked': ['tokenId'],
  'watch.followed': ['watchId', 'standardId', 'committeeId', 'horizonFilter', 'name'],
  'watch.unfollowed': ['watchId'],
  'notifications.read': ['count'],
  'webhook.created': ['url', 'kinds', 'personId'],
  'webhook.updated': ['kinds', 'enabled'],
  'webhook.deleted': ['url', 'personId'],
};

/** The keys of a correction's `before` and `after`. */
const CORRECTED: Partial<Record<HistoryAction, string[]>> = {
  'committee.corrected': COMMITTEE,
  'standard.corrected': STANDARD,
  'version.corrected': VERSION,
};

/** Every action string the verbs write: `action: '…'`, the import's `emit('…'`, and the vote's constant. */
function actionsInSource(): Set<string> {
  const root = resolve(import.meta.dirname, '../src/domain');
  const files = (readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts'));
  const found = new Set<string>();
  for (const file of files) {
    const text = readFileSync(join(root, file), 'utf8');
    const patterns = [
      /action: '([a-z]+\.[a-zA-Z]+)'/g,
      /emit\('([a-z]+\.[a-zA-Z]+)'/g,
      /action: \w+ \? '([a-z]+\.[a-zA-Z]+)' : '([a-z]+\.[a-zA-Z]+)'/g,
      /_ACTION = '([a-z]+\.[a-zA-Z]+)'/g,
    ];
    for (const pattern of patterns)
      for (const m of text.matchAll(pattern)) for (const action of m.slice(1)) if (action) found.add(action);
  }
  return found;
}

describe('history payloads', () => {
  it.each(Object.entries(KEYS))('%s has the documented keys, whatever was stored', (action, keys) => {
    const payload = historyPayload(action, '{}');
    expect(Object.keys(payload)).toEqual(keys);
    const corrected = CORRECTED[action as HistoryAction];
    if (corrected) {
      expect(Object.keys(payload.before as object)).toEqual(corrected);
      expect(Object.keys(payload.after as object)).toEqual(corrected);
    }
  });

  it('every action a verb records has a payload, and every payload an action', () => {
    expect(Object.keys(HISTORY_PAYLOADS).sort()).toEqual(Object.keys(KEYS).sort());
    // Permission actions (`draft.move` in the lifecycle table) are not history actions.
    const written = [...actionsInSource()].filter((a) => !(a in PERMISSIONS));
    expect(written.filter((a) => !(a in KEYS))).toEqual([]);
    expect(written).toContain('ballot.voteCast');
    expect(written).toContain('membership.roleChanged');
    expect(written).toContain('version.corrected');
  });

  it('reads every documented key from what the verbs stored (no key left null by a rename)', async () => {
    const database = createTestDb();
    const c = setUpCommittee(database.db);
    await approvedDraft(c);
    // A correction of a stored standard and version.
    const exported = JSON.parse(JSON.stringify(exportRegistry({ db: database.db })));
    exported.standards[0].title.en = 'Corrected title';
    exported.standards[0].versions[0].effective = '2021-01-01';
    importRegistry({ db: database.db, input: exported });
    const events = database.sqlite.prepare('select action, data from events order by id').all() as {
      action: string;
      data: string;
    }[];
    const seen = new Set(events.map((e) => e.action));
    for (const action of ['committee.imported', 'standard.imported', 'version.imported', 'draft.created']) {
      expect(seen).toContain(action);
    }
    for (const action of ['ballot.opened', 'ballot.voteCast', 'ballot.closed', 'standard.corrected']) {
      expect(seen).toContain(action);
    }
    // Keys a stored record may lack (absent optional values) are the only ones allowed to be missing.
    const optional = new Set(['replaces', 'clausesAdded', 'references', 'previousRole']);
    for (const { action, data } of events) {
      const stored = JSON.parse(data) as Record<string, unknown>;
      const payload = historyPayload(action, data);
      const corrected = CORRECTED[action as HistoryAction];
      const keysToFind = corrected ?? KEYS[action as HistoryAction];
      const where = corrected ? (stored.after as Record<string, unknown>) : stored;
      const missing = keysToFind.filter((k) => !(k in where) && !optional.has(k));
      expect({ action, missing }).toEqual({ action, missing: [] });
      expect(Object.keys(payload)).toEqual(KEYS[action as HistoryAction]);
    }
  });
});
