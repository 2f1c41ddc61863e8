/**
 * Agenda items. Anyone who can see the meeting adds items; an item's author edits its
 * title and duration; the author or the meeting's owner checks it off, reorders or removes it.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { AgendaItem, CreateAgendaItemBody, UpdateAgendaItemBody } from '../../shared/contract';
import { MAX_AGENDA_ITEMS_PER_MEETING } from '../../shared/limits';
import { forbidden } from '../api-error';
import { isAuthor, isAuthorOrOwner } from '../access/rules';
import {
  addAgendaItem,
  findAgendaItem,
  removeAgendaItem,
  updateAgendaItem,
  type AgendaItemRecord,
} from '../store/agenda';
import { agendaItemView } from '../views/meeting-view';
import { contentRemovalRoute, type RemovableKind } from './content-removal';
import { ensureRoom, visibleContent, visibleMeeting } from './guards';
import { MeetingParams, itemParams, responses, signedIn } from './schemas';

const agendaItems: RemovableKind<AgendaItemRecord> = {
  path: '/agenda',
  table: 'agenda_items',
  what: 'The agenda item',
  find: findAgendaItem,
  authorOf: (item) => item.authorUserId,
  remove: removeAgendaItem,
};

export const agendaRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { data } = app.services;

  app.post(
    '/meetings/:id/agenda',
    {
      schema: {
        summary: 'Add an agenda item at the end',
        security: signedIn,
        params: MeetingParams,
        body: CreateAgendaItemBody,
        response: responses({ 201: AgendaItem }),
      },
    },
    async (request, reply) => {
      const access = await visibleMeeting(request, request.params.id);
      await ensureRoom(
        request,
        access,
        'agenda_items',
        MAX_AGENDA_ITEMS_PER_MEETING,
        'agenda items',
      );
      const { title, durationMinutes = null } = request.body;
      const item = await addAgendaItem(data, access, { title, durationMinutes });
      return reply.status(201).send(agendaItemView(access, item));
    },
  );

  app.patch(
    '/agenda/:itemId',
    {
      schema: {
        summary: 'Edit, check off or move an agenda item',
        security: signedIn,
        params: itemParams('itemId'),
        body: UpdateAgendaItemBody,
        response: responses({ 200: AgendaItem }),
      },
    },
    async (request) => {
      const { access, item } = await visibleContent(request, agendaItems, request.params.itemId);
      const changes = request.body;
      const editsText = changes.title !== undefined || changes.durationMinutes !== undefined;
      if (editsText && !isAuthor(access, item.authorUserId)) {
        throw forbidden("Only its author can change an agenda item's title or duration.");
      }
      if (!isAuthorOrOwner(access, item.authorUserId)) {
        throw forbidden(
          "Only its author or the meeting's owner can check off or move an agenda item.",
        );
      }
      return agendaItemView(access, await updateAgendaItem(data, access, item, changes));
    },
  );

  contentRemovalRoute(app, agendaItems);
};
