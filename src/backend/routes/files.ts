/**
 * Drive files attached to a meeting, as URLs only (the schema admits Google Drive and
 * Docs links and nothing else). Whoever added a file, or the owner, removes it.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { AddFileBody, MeetingFile } from '../../shared/contract';
import { MAX_FILES_PER_MEETING } from '../../shared/limits';
import { addFile, findFile, type FileRecord } from '../store/files';
import { fileView } from '../views/meeting-view';
import { contentRemovalRoute, type RemovableKind } from './content-removal';
import { ensureRoom, visibleMeeting } from './guards';
import { MeetingParams, responses, signedIn } from './schemas';

const files: RemovableKind<FileRecord> = {
  path: '/files',
  table: 'files',
  what: 'The file',
  find: findFile,
  authorOf: (file) => file.addedByUserId,
};

export const fileRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/meetings/:id/files',
    {
      schema: {
        summary: 'Attach a Drive file by URL',
        security: signedIn,
        params: MeetingParams,
        body: AddFileBody,
        response: responses({ 201: MeetingFile }),
      },
    },
    async (request, reply) => {
      const access = await visibleMeeting(request, request.params.id);
      await ensureRoom(request, access, 'files', MAX_FILES_PER_MEETING, 'files');
      const file = await addFile(app.services.data, access, request.body.url);
      return reply.status(201).send(fileView(access, file));
    },
  );

  contentRemovalRoute(app, files);
};
