/**
 * Meetings: find one by calendar event, look up many at once for the calendar homepage,
 * start one, keep its guest digests current, delete it.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import {
  CreateMeetingBody,
  EventId,
  EventMeetingQuery,
  LookupMeetingsBody,
  LookupMeetingsResponse,
  MeetingView,
  OrganizerHeaders,
  ReplaceGuestsBody,
} from '../../shared/contract';
import { ApiError, forbidden, notFound } from '../api-error';
import { isOwner } from '../access/rules';
import { domainOfTenantKey } from '../auth/tenant';
import { accountOf } from '../plugins/authenticate';
import { tieToMeeting } from '../plugins/idempotency';
import type { Account } from '../store/accounts';
import { deleteMeeting, replaceGuests, startMeeting } from '../store/meetings';
import type { MeetingStarter } from '../store/organizer-digests';
import { findEventMeetings, findMeetingsOfEvents } from '../store/visible-meetings';
import { loadMeetingView } from '../views/meeting-view';
import { visibleMeeting } from './guards';
import { MeetingParams, NoContent, responses, signedIn } from './schemas';

/** The verified identity a new meeting is bound to (its owner and domain digests). */
function starterOf(account: Account): MeetingStarter {
  return { email: account.email, domain: domainOfTenantKey(account.tenantKey) };
}

export const meetingRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { data } = app.services;

  app.get(
    '/events/:eventId/meeting',
    {
      schema: {
        summary: "The whole meeting view of a calendar event's meeting",
        description:
          "The organizer's meeting if the caller may see it, else their own tenant's (DESIGN §5). " +
          "Without X-Mingwork-Organizer only the caller's own tenant's meeting can be found.",
        security: signedIn,
        params: Type.Object({ eventId: EventId }, { additionalProperties: false }),
        headers: OrganizerHeaders,
        querystring: EventMeetingQuery,
        response: responses({ 200: MeetingView }),
      },
    },
    async (request) => {
      const { scope } = accountOf(request);
      const meetings = await findEventMeetings(
        data,
        scope,
        request.params.eventId,
        request.headers['x-mingwork-organizer'],
        request.query.meetingId,
      );
      if (!meetings) throw notFound('A meeting for this event');
      return loadMeetingView(data, meetings);
    },
  );

  app.post(
    '/meetings/lookup',
    {
      schema: {
        summary: 'Which of these events have a meeting the caller can open',
        security: signedIn,
        body: LookupMeetingsBody,
        response: responses({ 200: LookupMeetingsResponse }),
      },
    },
    async (request) => {
      const { scope, allowStatistics } = accountOf(request);
      const { eventIds, organizers = {} } = request.body;
      const stray = Object.keys(organizers).find((eventId) => !eventIds.includes(eventId));
      if (stray !== undefined) {
        throw new ApiError('bad_request', 'body/organizers: every key must be one of eventIds.');
      }
      const found = await findMeetingsOfEvents(
        data,
        scope,
        eventIds,
        new Map(Object.entries(organizers)),
      );
      const meetings = [...new Set(eventIds)].flatMap((eventId) => {
        const shown = found.get(eventId)?.shown;
        return shown ? [{ eventId, meetingId: shown.access.meeting.id, scope: shown.scope }] : [];
      });
      return { meetings, allowStatistics };
    },
  );

  app.post(
    '/meetings',
    {
      schema: {
        summary: "Start the caller's tenant's meeting for an event, or return the existing one",
        description:
          'Idempotent per tenant and event: 201 when the meeting was created, 200 with the existing ' +
          'meeting otherwise (its guests are then left as they are: PUT /v1/meetings/:id/guests changes them).',
        security: signedIn,
        headers: OrganizerHeaders,
        body: CreateMeetingBody,
        response: responses({ 200: MeetingView, 201: MeetingView }),
      },
    },
    async (request, reply) => {
      const account = accountOf(request);
      const { scope } = account;
      const { eventId, guestDigests } = request.body;
      const started = await startMeeting(data, scope, starterOf(account), eventId, guestDigests);
      const organizer = request.headers['x-mingwork-organizer'];
      const meetings = await findEventMeetings(data, scope, eventId, organizer, started.meeting.id);
      // A co-worker's meeting for the same event, which the caller is not invited to: as
      // for any meeting the caller may not see, its existence is not revealed (DESIGN §5).
      if (!meetings) throw notFound('A meeting for this event');
      tieToMeeting(request, started.meeting.id);
      return reply.status(started.created ? 201 : 200).send(await loadMeetingView(data, meetings));
    },
  );

  app.put(
    '/meetings/:id/guests',
    {
      schema: {
        summary: "Replace the meeting's guest digests (owner only)",
        security: signedIn,
        params: MeetingParams,
        body: ReplaceGuestsBody,
        response: responses({ 204: NoContent }),
      },
    },
    async (request, reply) => {
      const access = await visibleMeeting(request, request.params.id);
      if (!isOwner(access)) throw forbidden("Only the meeting's owner can change its guests.");
      await replaceGuests(data, access, request.body.guestDigests);
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/meetings/:id',
    {
      schema: {
        summary: 'Delete the meeting and everything in it (owner only)',
        security: signedIn,
        params: MeetingParams,
        response: responses({ 204: NoContent }),
      },
    },
    async (request, reply) => {
      const access = await visibleMeeting(request, request.params.id);
      if (!isOwner(access)) throw forbidden("Only the meeting's owner can delete it.");
      await deleteMeeting(data, access);
      return reply.status(204).send(null);
    },
  );
};
