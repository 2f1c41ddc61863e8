/**
 * DELETE for every kind of meeting content: its author may remove it, and so may the
 * meeting's owner (DESIGN §5). Content the caller cannot see is a 404.
 */
import { forbidden } from '../api-error';
import { isAuthorOrOwner } from '../access/rules';
import type { VisibleMeeting } from '../access/scope';
import { deleteMeetingRow } from '../store/content';
import type { StoreContext } from '../store/context';
import { visibleContent, type ContentKind } from './guards';
import { NoContent, itemParams, responses, signedIn } from './schemas';
import type { FastifyTypebox } from './typebox';

export interface RemovableKind<R> extends ContentKind<R> {
  /** e.g. "/notes" */
  path: string;
  authorOf(item: R): string | null;
  /** When removing needs more than deleting the row (agenda positions close the gap). */
  remove?(ctx: StoreContext, access: VisibleMeeting, item: R): Promise<void>;
}

export function contentRemovalRoute<R>(app: FastifyTypebox, kind: RemovableKind<R>): void {
  app.delete(
    `${kind.path}/:itemId`,
    {
      schema: {
        summary: `Remove ${kind.what.toLowerCase()} (its author or the meeting's owner)`,
        security: signedIn,
        params: itemParams('itemId'),
        response: responses({ 204: NoContent }),
      },
    },
    async (request, reply) => {
      const { access, item } = await visibleContent(request, kind, request.params.itemId);
      if (!isAuthorOrOwner(access, kind.authorOf(item))) {
        throw forbidden(
          `Only its author or the meeting's owner can remove ${kind.what.toLowerCase()}.`,
        );
      }
      const { data } = app.services;
      await (kind.remove
        ? kind.remove(data, access, item)
        : deleteMeetingRow(data, kind.table, access, request.params.itemId));
      return reply.status(204).send(null);
    },
  );
}
