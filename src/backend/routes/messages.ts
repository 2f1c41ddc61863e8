/**
 * The meeting's message thread: read in pages backwards from the newest, posted by anyone
 * who can see the meeting, edited by the author, removed by the author or the owner.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Message, MessageBodyRequest, MessagePage, MessagePageQuery } from '../../shared/contract';
import { DEFAULT_MESSAGE_PAGE_SIZE } from '../../shared/limits';
import { forbidden } from '../api-error';
import { isAuthor } from '../access/rules';
import { accountOf } from '../plugins/authenticate';
import {
  addMessage,
  findMessage,
  listMessages,
  updateMessageBody,
  type MessageRecord,
} from '../store/messages';
import { messagePageView, messageView } from '../views/meeting-view';
import { contentRemovalRoute, type RemovableKind } from './content-removal';
import { visibleContent, visibleMeeting } from './guards';
import { MeetingParams, itemParams, responses, signedIn } from './schemas';

const messages: RemovableKind<MessageRecord> = {
  path: '/messages',
  table: 'messages',
  what: 'The message',
  find: findMessage,
  authorOf: (message) => message.authorUserId,
};

export const messageRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { data } = app.services;

  app.get(
    '/meetings/:id/messages',
    {
      schema: {
        summary: 'A page of messages, oldest first; pass nextBefore as before for older ones',
        security: signedIn,
        params: MeetingParams,
        querystring: MessagePageQuery,
        response: responses({ 200: MessagePage }),
      },
    },
    async (request) => {
      const access = await visibleMeeting(request, request.params.id);
      const { before, limit = DEFAULT_MESSAGE_PAGE_SIZE } = request.query;
      return messagePageView(access, await listMessages(data, access, { before, limit }));
    },
  );

  app.post(
    '/meetings/:id/messages',
    {
      schema: {
        summary: 'Post a message',
        security: signedIn,
        params: MeetingParams,
        body: MessageBodyRequest,
        response: responses({ 201: Message }),
      },
    },
    async (request, reply) => {
      const access = await visibleMeeting(request, request.params.id);
      const { name } = accountOf(request);
      const message = await addMessage(data, access, request.body.body, name);
      return reply.status(201).send(messageView(access, message));
    },
  );

  app.patch(
    '/messages/:itemId',
    {
      schema: {
        summary: 'Edit a message (its author only)',
        security: signedIn,
        params: itemParams('itemId'),
        body: MessageBodyRequest,
        response: responses({ 200: Message }),
      },
    },
    async (request) => {
      const { access, item } = await visibleContent(request, messages, request.params.itemId);
      if (!isAuthor(access, item.authorUserId)) {
        throw forbidden('Only its author can edit a message.');
      }
      return messageView(access, await updateMessageBody(data, access, item, request.body.body));
    },
  );

  contentRemovalRoute(app, messages);
};
