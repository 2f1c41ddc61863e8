/**
 * What every meeting route does first: find the meeting (or the content's meeting) the
 * caller may see, or answer 404 as if it did not exist.
 */
import type { FastifyRequest } from 'fastify';
import { ApiError, notFound } from '../api-error';
import type { VisibleMeeting } from '../access/scope';
import { accountOf } from '../plugins/authenticate';
import { tieToMeeting } from '../plugins/idempotency';
import { countMeetingRows, type ContentTable } from '../store/content';
import type { StoreContext } from '../store/context';
import { findVisibleMeeting, findVisibleMeetingOf } from '../store/visible-meetings';

export async function visibleMeeting(
  request: FastifyRequest,
  meetingId: string,
): Promise<VisibleMeeting> {
  const access = await findVisibleMeeting(
    request.server.services.data,
    accountOf(request).scope,
    meetingId,
  );
  if (!access) throw notFound('The meeting');
  tieToMeeting(request, access.meeting.id);
  return access;
}

async function visibleMeetingOf(
  request: FastifyRequest,
  table: ContentTable,
  itemId: string,
  what: string,
): Promise<VisibleMeeting> {
  const access = await findVisibleMeetingOf(
    request.server.services.data,
    accountOf(request).scope,
    table,
    itemId,
  );
  if (!access) throw notFound(what);
  tieToMeeting(request, access.meeting.id);
  return access;
}

/** Found, or a 404 naming what was looked for. */
export function found<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw notFound(what);
  return value;
}

/** Per-meeting caps keep the one-response meeting view small enough for a sidebar. */
export async function ensureRoom(
  request: FastifyRequest,
  access: VisibleMeeting,
  table: ContentTable,
  limit: number,
  what: string,
): Promise<void> {
  const count = await countMeetingRows(request.server.services.data, table, access);
  refuseWhenFull(count, limit, `This meeting already has ${limit} ${what}`);
}

/** `full` says what there is already, as in "This meeting already has 100 files". */
export function refuseWhenFull(count: number, limit: number, full: string): void {
  if (count >= limit) throw new ApiError('conflict', `${full}, the most it can hold.`);
}

export interface ContentKind<R> {
  table: ContentTable;
  /** As in "The note was not found." */
  what: string;
  find(ctx: StoreContext, access: VisibleMeeting, id: string): Promise<R | undefined>;
}

/** A piece of content and its meeting, if the caller may see both. */
export async function visibleContent<R>(
  request: FastifyRequest,
  kind: ContentKind<R>,
  id: string,
): Promise<{ access: VisibleMeeting; item: R }> {
  const access = await visibleMeetingOf(request, kind.table, id, kind.what);
  const item = found(await kind.find(request.server.services.data, access, id), kind.what);
  return { access, item };
}
