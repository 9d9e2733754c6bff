import { print } from 'graphql';
import { beforeEach, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.ts';
import { draftInCommittee, executeAs, ok, setUpCommittee, type Committee } from './support/committee.ts';
import { createTestDb } from './support/db.ts';

const DraftActivity = graphql(`
  subscription DraftActivity($draftId: ID!) { draftActivity(draftId: $draftId) { action entityType actor { name } data } }
`);
const Comment = graphql(`
  mutation ActivityComment($input: CreateCommentThreadInput!) { createCommentThread(input: $input) { thread { id } } }
`);

let c: Committee;
let draftId: string;
let revisionId: string;
beforeEach(async () => {
  c = setUpCommittee(createTestDb().db);
  ({ draftId, revisionId } = await draftInCommittee(c));
});

/** Opens the SSE stream as a client would (`Accept: text/event-stream`) and reads `data:` lines from it. */
async function openStream(token: string | null, id: string) {
  const abort = new AbortController();
  const response = await c.app.fetch('http://registry.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: print(DraftActivity), variables: { draftId: id } }),
    signal: abort.signal,
  });
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    /** The JSON of the next `data:` line. */
    async next(): Promise<{ data?: { draftActivity: { action: string; entityType: string; actor: { name: string } | null; data: unknown } }; errors?: { extensions?: { code?: string } }[] }> {
      for (;;) {
        const match = /^data: ?(.*)$/mu.exec(buffer);
        if (match) {
          buffer = buffer.slice(match.index + match[0].length);
          return JSON.parse(match[1]!);
        }
        const chunk = await reader.read();
        if (chunk.done) throw new Error(`stream ended; got ${JSON.stringify(buffer)}`);
        buffer += decoder.decode(chunk.value, { stream: true });
      }
    },
    close() {
      abort.abort();
      void reader.cancel().catch(() => undefined);
    },
  };
}

describe('the draftActivity subscription', () => {
  it('streams a new comment to a member of the committee, over SSE', async () => {
    const stream = await openStream(c.observer.token, draftId);
    expect(stream.status).toBe(200);
    expect(stream.contentType).toContain('text/event-stream');
    const first = stream.next();
    await new Promise((resolve) => setTimeout(resolve, 50));
    ok(await executeAs(c.app, c.members[0].token, Comment, { input: { revisionId, type: 'TECHNICAL', clauseNumber: '5.1', comment: 'Too short.' } }));
    const event = await first;
    stream.close();
    expect(event.errors).toBeUndefined();
    expect(event.data!.draftActivity).toMatchObject({
      action: 'comment.created',
      entityType: 'Draft',
      actor: { name: 'Ma Member' },
      data: { clauseNumber: '5.1', comment: 'Too short.', type: 'TECHNICAL' },
    });
  });

  it('refuses a signed-in outsider and an anonymous caller before streaming anything', async () => {
    const outsider = await openStream(c.outsider.token, draftId);
    const refused = await outsider.next();
    outsider.close();
    expect(refused.data ?? null).toBeNull();
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await openStream(null, draftId);
    const anonymousRefused = await anonymous.next();
    anonymous.close();
    expect(anonymousRefused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('stops delivering to a viewer whose token was revoked or whose membership was removed after the stream opened', async () => {
    const revoked = await openStream(c.observer.token, draftId);
    const removed = await openStream(c.members[1].token, draftId);
    const control = await openStream(c.members[2].token, draftId);
    const [revokedNext, removedNext, controlNext] = [revoked.next(), removed.next(), control.next()];
    await new Promise((resolve) => setTimeout(resolve, 50));
    c.db.$client.prepare('update api_tokens set revoked_at = ? where person_id = ?').run(new Date().toISOString(), c.observer.personId);
    c.db.$client.prepare('delete from memberships where person_id = ?').run(c.members[1].personId);
    ok(await executeAs(c.app, c.members[0].token, Comment, { input: { revisionId, type: 'TECHNICAL', clauseNumber: '5.1', comment: 'Confidential remark.' } }));
    expect((await controlNext).data!.draftActivity.action).toBe('comment.created');
    const silent = (next: Promise<unknown>) => Promise.race([next.then(() => 'delivered'), new Promise((resolve) => setTimeout(() => resolve('nothing'), 200))]);
    expect(await silent(revokedNext)).toBe('nothing');
    expect(await silent(removedNext)).toBe('nothing');
    for (const stream of [revoked, removed, control]) stream.close();
  });
});
