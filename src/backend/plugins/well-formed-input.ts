/**
 * Text comes in well-formed or not at all, so that what is stored is exactly what was
 * acknowledged and nothing downstream (validation, the Idempotency-Key fingerprint, the
 * store) meets input it cannot handle:
 * - JSON bodies must be valid UTF-8 (not silently mended with U+FFFD), nested at most
 *   MAX_JSON_DEPTH deep (JSON.stringify and validation recurse), and hold no lone UTF-16
 *   surrogate, escaped or not, in a value or a key;
 * - URLs must be ASCII whose percent-escapes decode to valid UTF-8;
 * - HTTP/1.1 requests must name their Host (Node's own check answers without a body).
 * Each refusal is a 400 in the error contract.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiError } from '../api-error';

/** The contract's bodies nest three deep; this leaves room without letting recursion run away. */
export const MAX_JSON_DEPTH = 32;

const utf8 = new TextDecoder('utf-8', { fatal: true });
/** In a `u` regular expression a paired surrogate is one code point: only lone ones match. */
const LONE_SURROGATE = /\p{Cs}/u;
const NON_ASCII = /[^\x20-\x7e]/;

export function acceptOnlyWellFormedInput(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser(
    'application/json',
    { parseAs: 'buffer' },
    (request: FastifyRequest, bytes: Buffer, done) => {
      let text: string;
      try {
        text = utf8.decode(bytes);
      } catch {
        return done(new ApiError('bad_request', 'The request body is not valid UTF-8.'));
      }
      if (nestingDepth(text) > MAX_JSON_DEPTH) {
        return done(
          new ApiError(
            'bad_request',
            `The request body is nested more than ${MAX_JSON_DEPTH} levels deep.`,
          ),
        );
      }
      parseJson(request, text, (error, body) => {
        if (error) return done(error);
        if (holdsLoneSurrogate(body)) {
          return done(
            new ApiError(
              'bad_request',
              'The request body holds a lone UTF-16 surrogate (\\uD800-\\uDFFF without its pair): send whole characters.',
            ),
          );
        }
        done(null, body);
      });
    },
  );

  app.addHook('onRequest', async (request) => {
    if (!isWellFormedUrl(request.url)) {
      throw new ApiError(
        'bad_request',
        'The URL must be ASCII, with percent-escapes that decode to valid UTF-8.',
      );
    }
    if (request.raw.httpVersion === '1.1' && request.headers.host === undefined) {
      throw new ApiError('bad_request', 'HTTP/1.1 requests must carry a Host header.');
    }
  });
}

/** The deepest nesting of arrays and objects, counted on the text before parsing it. */
function nestingDepth(json: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < json.length; i += 1) {
    const char = json[i];
    if (inString) {
      if (char === '\\') i += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') {
      inString = true;
    } else if (char === '[' || char === '{') {
      depth += 1;
      deepest = Math.max(deepest, depth);
    } else if (char === ']' || char === '}') {
      depth -= 1;
    }
  }
  return deepest;
}

/** Recursion is safe here: the depth was bounded before parsing. */
function holdsLoneSurrogate(value: unknown): boolean {
  if (typeof value === 'string') return LONE_SURROGATE.test(value);
  if (Array.isArray(value)) return value.some(holdsLoneSurrogate);
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).some(
      ([key, item]) => LONE_SURROGATE.test(key) || holdsLoneSurrogate(item),
    );
  }
  return false;
}

function isWellFormedUrl(url: string): boolean {
  if (NON_ASCII.test(url)) return false;
  try {
    // decodeURIComponent throws on malformed escapes and on UTF-8 that is invalid or encodes
    // a surrogate, so what it returns can hold no lone surrogate.
    decodeURIComponent(url);
    return true;
  } catch {
    return false;
  }
}
