import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export const SCHEMA_SDL_PATH = '/schema.graphql';

/**
 * `GET /schema.graphql`: the schema the server runs, printed as SDL with types in name order (the
 * contract tools generate clients from; the web app's footer links it). Printed once, on first ask.
 */
export function schemaSdlPlugin(schema: GraphQLSchema): Plugin {
  let sdl: string | undefined;
  return {
    onRequest({ url, request, endResponse, fetchAPI }) {
      if (url.pathname !== SCHEMA_SDL_PATH) return;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        return endResponse(
          new fetchAPI.Response(`${SCHEMA_SDL_PATH} answers GET and HEAD only.`, {
            status: 405,
            headers: { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' },
          }),
        );
      }
      sdl ??= `${printSchema(lexicographicSortSchema(schema))}\n`;
      return endResponse(
        new fetchAPI.Response(request.method === 'HEAD' ? null : sdl, {
          status: 200,
          headers: {
            // Text, so a browser shows it; the footer's link has `download` to save it.
            'content-type': 'text/plain; charset=utf-8',
            'content-disposition': `inline; filename="schema.graphql"`,
            'cache-control': 'no-cache',
            'x-content-type-options': 'nosniff',
          },
        }),
      );
    },
  };
}
