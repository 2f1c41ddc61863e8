/**
 * Notes: shared with the meeting, or private to their author. Other people's private
 * notes are 404 to everyone, the owner included; a shared note is edited by its author
 * and removed by its author or the owner.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { CreateNoteBody, Note, UpdateNoteBody } from '../../shared/contract';
import { MAX_NOTES_PER_MEETING } from '../../shared/limits';
import { forbidden } from '../api-error';
import { isAuthor } from '../access/rules';
import { addNote, countNotes, findNote, updateNoteBody, type NoteRecord } from '../store/notes';
import { noteView } from '../views/meeting-view';
import { contentRemovalRoute, type RemovableKind } from './content-removal';
import { refuseWhenFull, visibleContent, visibleMeeting } from './guards';
import { MeetingParams, itemParams, responses, signedIn } from './schemas';

const notes: RemovableKind<NoteRecord> = {
  path: '/notes',
  table: 'notes',
  what: 'The note',
  find: findNote,
  authorOf: (note) => note.authorUserId,
};

export const noteRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { data } = app.services;

  app.post(
    '/meetings/:id/notes',
    {
      schema: {
        summary: 'Add a shared or private note',
        security: signedIn,
        params: MeetingParams,
        body: CreateNoteBody,
        response: responses({ 201: Note }),
      },
    },
    async (request, reply) => {
      const access = await visibleMeeting(request, request.params.id);
      const { visibility } = request.body;
      refuseWhenFull(
        await countNotes(data, access, visibility),
        MAX_NOTES_PER_MEETING,
        visibility === 'shared'
          ? `This meeting already has ${MAX_NOTES_PER_MEETING} shared notes`
          : `You already have ${MAX_NOTES_PER_MEETING} private notes in this meeting`,
      );
      const note = await addNote(data, access, request.body);
      return reply.status(201).send(noteView(access, note));
    },
  );

  app.patch(
    '/notes/:itemId',
    {
      schema: {
        summary: 'Edit a note (its author only)',
        security: signedIn,
        params: itemParams('itemId'),
        body: UpdateNoteBody,
        response: responses({ 200: Note }),
      },
    },
    async (request) => {
      const { access, item } = await visibleContent(request, notes, request.params.itemId);
      if (!isAuthor(access, item.authorUserId)) throw forbidden('Only its author can edit a note.');
      return noteView(access, await updateNoteBody(data, access, item, request.body.body));
    },
  );

  contentRemovalRoute(app, notes);
};
