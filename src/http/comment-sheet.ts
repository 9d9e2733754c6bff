import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Clock } from '../context.ts';
import type { Db } from '../db/client.ts';
import { isAllowed } from '../domain/accounts/permissions.ts';
import { resolveViewer } from '../domain/accounts/viewer.ts';
import { draftCommentSheet } from '../domain/comments/commentSheet.ts';
import { draftSubject } from '../domain/drafts/access.ts';
import { DomainError } from '../domain/errors.ts';
import { decodeGlobalID } from '../graphql/global-id.ts';
import { requestAuth, type SessionCookieOptions } from './session-cookie.ts';

// `GET /drafts/<draft ID>/comments.csv`: a draft's comment sheet, for those who may read the draft
// (a bearer token, or the session cookie of a signed-in browser on the registry's own pages, as for
// GraphQL). Anything else reads as a draft that does not exist (404), so
// draft IDs cannot be probed. Read only: no CSRF header needed; never cached (private data).

const PATH = /^\/drafts\/([^/]+)\/comments\.csv$/u;

const json = (fetchAPI: { Response: typeof Response }, status: number, message: string, code: string) =>
  new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  });

export function commentSheetPlugin({
  db,
  clock = () => new Date(),
  cookies,
}: {
  db: Db;
  clock?: Clock;
  cookies?: SessionCookieOptions;
}): Plugin {
  return {
    onRequest({ url, request, endResponse, fetchAPI, serverContext }) {
      if (!request.url.includes('/drafts/')) return;
      const match = PATH.exec(url.pathname);
      if (!match) return;
      if (request.method !== 'GET' && request.method !== 'HEAD')
        return endResponse(json(fetchAPI, 405, 'The comment sheet answers GET and HEAD only.', 'BAD_REQUEST'));
      let viewer: ReturnType<typeof resolveViewer>;
      try {
        viewer = resolveViewer(db, request.headers.get('authorization'), clock());
        if (viewer === null && cookies)
          viewer = requestAuth(cookies, request, serverContext, clock).sessionViewer(clock());
      } catch (error) {
        if (error instanceof DomainError) return endResponse(json(fetchAPI, 401, error.message, error.code));
        if (error instanceof GraphQLError)
          return endResponse(json(fetchAPI, 403, error.message, String(error.extensions.code)));
        throw error;
      }
      if (viewer === null) return endResponse(json(fetchAPI, 401, 'Sign in to read comments.', 'UNAUTHENTICATED'));
      let draftId: number | null = null;
      try {
        const id = decodeGlobalID(decodeURIComponent(match[1]!));
        if (id.typename === 'Draft') draftId = Number(id.id);
      } catch {
        draftId = null;
      }
      const draft = draftId === null ? undefined : db.query.drafts.findFirst({ where: { id: draftId } }).sync();
      if (!draft || !isAllowed(viewer, 'draft.read', draftSubject(draft)))
        return endResponse(json(fetchAPI, 404, 'No such draft.', 'NOT_FOUND'));
      const headers = {
        'content-type': 'text/csv; charset=utf-8; header=present',
        'content-disposition': `attachment; filename="draft-${draft.id}-comments.csv"`,
        'cache-control': 'private, no-store',
      };
      const body = request.method === 'HEAD' ? null : draftCommentSheet(db, draft.id);
      return endResponse(new fetchAPI.Response(body, { status: 200, headers }));
    },
  };
}
