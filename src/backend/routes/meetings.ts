/**
 * Meetings: find one by calendar event, look up many at once for the calendar homepage,
 * start one, keep its guest digests current, delete it.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import {
  CreateMeetingBody,
  EventId,
  LookupMeetingsBody,
  LookupMeetingsResponse,
  MeetingView,
  ReplaceGuestsBody,
} from '../../shared/contract';
import { forbidden, notFound } from '../api-error';
import { isOwner } from '../access/rules';
import { accountOf } from '../plugins/authenticate';
import { tieToMeeting } from '../plugins/idempotency';
import { deleteMeeting, replaceGuests, startMeeting } from '../store/meetings';
import {
  findVisibleMeeting,
  findVisibleMeetingForEvent,
  findVisibleMeetingsForEvents,
} from '../store/visible-meetings';
import { loadMeetingView } from '../views/meeting-view';
import { visibleMeeting } from './guards';
import { MeetingParams, NoContent, responses, signedIn } from './schemas';

export const meetingRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { data } = app.services;

  app.get(
    '/events/:eventId/meeting',
    {
      schema: {
        summary: "The whole meeting view of a calendar event's meeting",
        security: signedIn,
        params: Type.Object({ eventId: EventId }, { additionalProperties: false }),
        response: responses({ 200: MeetingView }),
      },
    },
    async (request) => {
      const { scope } = accountOf(request);
      const access = await findVisibleMeetingForEvent(data, scope, request.params.eventId);
      if (!access) throw notFound('A meeting for this event');
      return loadMeetingView(data, access);
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
      const { scope } = accountOf(request);
      const { eventIds } = request.body;
      const found = await findVisibleMeetingsForEvents(data, scope, eventIds);
      const meetings = [...new Set(eventIds)].flatMap((eventId) => {
        const access = found.get(eventId);
        return access ? [{ eventId, meetingId: access.meeting.id }] : [];
      });
      return { meetings };
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
        body: CreateMeetingBody,
        response: responses({ 200: MeetingView, 201: MeetingView }),
      },
    },
    async (request, reply) => {
      const { scope } = accountOf(request);
      const { eventId, guestDigests } = request.body;
      const { meeting, created } = await startMeeting(data, scope, eventId, guestDigests);
      const access = await findVisibleMeeting(data, scope, meeting.id);
      // A co-worker's meeting for the same event, which the caller is not invited to: as
      // for any meeting the caller may not see, its existence is not revealed (DESIGN §5).
      if (!access) throw notFound('A meeting for this event');
      tieToMeeting(request, access.meeting.id);
      return reply.status(created ? 201 : 200).send(await loadMeetingView(data, access));
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
