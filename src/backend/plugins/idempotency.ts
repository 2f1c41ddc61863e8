/**
 * `Idempotency-Key` on writes (POST, PUT, PATCH, DELETE): a retry with the same key, from
 * the same user, for the same route and body gets the first response again and changes
 * nothing; the same key with a different request is a 409. Keys last a day per user.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { MAX_IDEMPOTENCY_KEY_LENGTH } from '../../shared/limits';
import { ApiError } from '../api-error';
import type { StoreContext } from '../store/context';
import {
  claimIdempotencyKey,
  releaseIdempotencyKey,
  saveIdempotentResponse,
} from '../store/idempotency-keys';
import { accountOf } from './authenticate';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const KEY_PATTERN = new RegExp(`^[\\x21-\\x7e]{1,${MAX_IDEMPOTENCY_KEY_LENGTH}}$`);
export const REPLAYED_HEADER = 'idempotent-replayed';

/**
 * What a write with an Idempotency-Key holds, as `request.idempotency`, from its claim until
 * its response is saved.
 */
export interface HeldClaim {
  claimId: string;
  /** The meeting the response shows, set by the routes through tieToMeeting. */
  meetingId: string | null;
}

/** The response to this request may show the meeting's content: its saved copy goes with it. */
export function tieToMeeting(request: FastifyRequest, meetingId: string): void {
  if (request.idempotency) request.idempotency.meetingId = meetingId;
}

export function honourIdempotencyKeys(app: FastifyInstance): void {
  app.addHook('preHandler', async (request, reply) => {
    const key = idempotencyKeyOf(request);
    if (key === undefined) return;
    const { scope } = accountOf(request);
    const { data } = app.services;
    const claim = await claimIdempotencyKey(data, scope, key, fingerprintOf(data, request));
    switch (claim.outcome) {
      case 'claimed':
        request.idempotency = { claimId: claim.claimId, meetingId: null };
        return;
      case 'replay':
        return replay(reply, claim.statusCode, claim.body);
      case 'different-request':
        throw new ApiError(
          'conflict',
          'This Idempotency-Key was already used for a different request.',
        );
      case 'in-progress':
        throw new ApiError(
          'conflict',
          'A request with this Idempotency-Key is still in progress; retry shortly.',
          1,
        );
    }
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const held = request.idempotency;
    if (held === null) return payload;
    // Taken first: a failure below sends a 500 through onSend again, which must not save it.
    request.idempotency = null;
    const { scope } = accountOf(request);
    // A failure or a rate limit says nothing about the request itself: let a retry run it.
    if (reply.statusCode >= 500 || reply.statusCode === 429) {
      await releaseIdempotencyKey(app.services.data, scope, held.claimId);
    } else {
      const body = typeof payload === 'string' ? payload : '';
      await saveIdempotentResponse(app.services.data, scope, held.claimId, {
        statusCode: reply.statusCode,
        body,
        // A 204 (a deletion's answer) shows nothing and may outlive the meeting.
        meetingId: reply.statusCode === 204 ? null : held.meetingId,
      });
    }
    return payload;
  });
}

function idempotencyKeyOf(request: FastifyRequest): string | undefined {
  if (!WRITE_METHODS.has(request.method)) return undefined;
  const key = request.headers['idempotency-key'];
  if (key === undefined) return undefined;
  if (typeof key !== 'string' || !KEY_PATTERN.test(key)) {
    throw new ApiError(
      'bad_request',
      `Idempotency-Key must be 1 to ${MAX_IDEMPOTENCY_KEY_LENGTH} visible ASCII characters.`,
    );
  }
  return key;
}

function fingerprintOf(data: StoreContext, request: FastifyRequest): string {
  const parts = [request.method, request.routeOptions.url, request.params, request.body ?? null];
  return data.blindIndex.of('request', JSON.stringify(parts));
}

function replay(reply: FastifyReply, statusCode: number, body: string): FastifyReply {
  reply.status(statusCode).header(REPLAYED_HEADER, 'true');
  return body === '' ? reply.send() : reply.type('application/json; charset=utf-8').send(body);
}
