import { describe, expect, it } from 'vitest';
import { isAllowed } from '../src/domain/accounts/permissions.ts';
import { DEFAULT_AUTH_SETTINGS } from '../src/domain/accounts/auth-settings.ts';
import { resolveSession, viewerOfNewSession } from '../src/domain/accounts/sessions.ts';
import { resolveViewer, viewerOf } from '../src/domain/accounts/viewer.ts';
import { refreshViewers } from '../src/domain/drafts/activity.ts';
import { graphql } from './gql/index.ts';
import { executeAs, ok, setUpCommittee } from './support/committee.ts';
import { createTestDb } from './support/db.ts';
import { sessionCookieFor } from './support/sessions.ts';

// A live stream (draftActivity, notifications) re-reads its viewer before each delivery: roles, and an
// administrator's acting officer roles, are those of now, not of when the stream opened.

const ActAsOfficer = graphql(`
  mutation StreamActAsOfficer($input: ActAsOfficerInput!) { actAsOfficer(input: $input) { committee { code } } }
`);
const StopActing = graphql(`
  mutation StreamStopActing($input: StopActingAsOfficerInput!) { stopActingAsOfficer(input: $input) { committee {
    code } } }
`);

describe("a stream's viewer, refreshed", () => {
  it('loses the acting officer role an administrator ended, and gains one taken since', async () => {
    const c = setUpCommittee(createTestDb().db);
    const subject = { committeeId: c.committeeId };
    const act = () =>
      executeAs(c.app, c.admin.token, ActAsOfficer, { input: { committeeId: c.committeeGid, reason: 'Chair ill.' } });
    ok(await act());
    const opened = resolveViewer(c.db, `Bearer ${c.admin.token}`, c.clock.now)!;
    expect(isAllowed(opened, 'draft.move', subject)).toBe(true);

    ok(await executeAs(c.app, c.admin.token, StopActing, { input: { committeeId: c.committeeGid } }));
    const afterStop = refreshViewers(c.db, [opened], c.clock.now).get(opened.tokenId)!;
    expect(afterStop.isAdmin).toBe(true);
    expect([...(afterStop.actingOfficerOf ?? [])]).toEqual([]);
    expect(isAllowed(afterStop, 'draft.move', subject)).toBe(false);

    ok(await act());
    const afterTake = refreshViewers(c.db, [afterStop], c.clock.now).get(opened.tokenId)!;
    expect([...(afterTake.actingOfficerOf ?? [])]).toEqual([c.committeeId]);
  });
});

describe('the viewer of each credential', () => {
  it('is built by one function: a bearer token, a session cookie and a session just created agree', async () => {
    const c = setUpCommittee(createTestDb().db);
    ok(
      await executeAs(c.app, c.admin.token, ActAsOfficer, {
        input: { committeeId: c.committeeGid, reason: 'Secretary away.' },
      }),
    );
    const person = { personId: c.admin.personId, name: 'Ada Admin', isAdmin: true };
    const byToken = resolveViewer(c.db, `Bearer ${c.admin.token}`, c.clock.now)!;
    expect(byToken).toEqual(viewerOf(c.db, person, { tokenId: byToken.tokenId }));
    expect([...byToken.actingOfficerOf!]).toEqual([c.committeeId]);

    const secret = sessionCookieFor(c.db, c.admin.personId, c.clock.now);
    const bySession = resolveSession(c.db, secret, c.clock.now, DEFAULT_AUTH_SETTINGS)!;
    const sessionId = bySession.sessionId!;
    expect(bySession).toEqual(viewerOf(c.db, person, { tokenId: -sessionId, sessionId }));
    expect(viewerOfNewSession(c.db, c.admin.personId, sessionId)).toEqual(bySession);
  });
});
