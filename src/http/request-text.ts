import { GraphQLError } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { PARSED_BODY, strictUtf8, type ParsedBodyRequest } from './node-handler.ts';

// A request is UTF-8 text or it is refused. Decoding leniently (what Request.text() and
// URLSearchParams do) turns every invalid byte into U+FFFD, and the damaged text was stored as if
// the caller had sent it.

const notUtf8 = () =>
  createGraphQLError('The request is not UTF-8 text: send the body and any percent-escaped parameters as UTF-8.', {
    extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
  });

/** Percent-escapes decode to UTF-8; a `%` not followed by two hex digits is left alone, as URLSearchParams does. */
function isUtf8QueryString(search: string): boolean {
  try {
    decodeURIComponent(search.replace(/%(?![0-9A-Fa-f]{2})/gu, '%25'));
    return true;
  } catch {
    return false;
  }
}

/**
 * Yoga's parse errors carry the JSON parser's message, which quotes the body ("…, \"{\"password\":…\"
 * is not valid JSON"): dropped, so a 400 never echoes what the caller sent.
 */
async function withoutEcho<T>(parse: () => T | Promise<T>): Promise<T> {
  try {
    return await parse();
  } catch (error) {
    if (error instanceof GraphQLError && 'originalError' in error.extensions) {
      // Yoga answers a legacy `application/json` client 200 for errors it marks `spec` unless one
      // carries such an original error; a body that is not JSON is a 400 for every client.
      const {
        originalError: _echo,
        http,
        ...extensions
      } = error.extensions as { originalError?: unknown; http?: { status?: number } };
      throw createGraphQLError(error.message, { extensions: { ...extensions, http: { status: http?.status ?? 400 } } });
    }
    throw error;
  }
}

/**
 * Query strings and bodies are decoded strictly: 400 BAD_REQUEST for bytes that are not UTF-8.
 * A JSON body the server's node handler already read and decoded (strictly) is not read again.
 */
export function utf8RequestsOnly(): Plugin {
  return {
    onRequestParse({ url, serverContext, requestParser, setRequestParser, fetchAPI }) {
      if (!requestParser) return;
      const parse = requestParser;
      const preParsed = (serverContext as { req?: ParsedBodyRequest } | undefined)?.req?.[PARSED_BODY] !== undefined;
      setRequestParser(async (request) => {
        if (!isUtf8QueryString(url.search)) throw notUtf8();
        if (preParsed || request.method === 'GET' || request.method === 'HEAD')
          return withoutEcho(() => parse(request));
        const bytes = await request.arrayBuffer(); // a body over the limit fails here with Yoga's 413
        let text: string;
        try {
          text = strictUtf8.decode(bytes);
        } catch {
          throw notUtf8();
        }
        const decoded = new fetchAPI.Request(request.url, {
          method: request.method,
          headers: request.headers,
          body: text,
        });
        return withoutEcho(() => parse(decoded));
      });
    },
  };
}
