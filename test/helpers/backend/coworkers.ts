/**
 * Two co-workers who meet in each other's meetings and write one of everything in both:
 * the situation every privacy right must get right (what is mine, what is theirs, what is
 * theirs but in my meeting).
 */
import type { TestBackend } from './app';
import type { TestUser } from './identity';
import { startMeeting } from './meetings';

export interface WrittenItems {
  agenda: string;
  sharedNote: string;
  privateNote: string;
  message: string;
  file: string;
}

export type ItemKind = keyof WrittenItems;

/** What was written, by id and by text. */
export interface Written {
  ids: WrittenItems;
  texts: WrittenItems;
}

export interface CoworkerMeetings {
  /** The meeting `user` owns, where the co-worker is a guest. */
  own: { meetingId: string; eventId: string; byUser: Written; byCoworker: Written };
  /** The co-worker's meeting, where `user` is a guest. */
  theirs: { meetingId: string; eventId: string; byUser: Written; byCoworker: Written };
}

/** One of each kind of content, as `user`, with texts that name who wrote them and where. */
export async function writeEverything(
  backend: TestBackend,
  user: TestUser,
  meetingId: string,
  label: string,
): Promise<Written> {
  const client = backend.as(user);
  const base = `/v1/meetings/${meetingId}`;
  const texts: WrittenItems = {
    agenda: `${label} agenda`,
    sharedNote: `${label} shared note`,
    privateNote: `${label} private note`,
    message: `${label} message`,
    file: `https://drive.google.com/file/d/${label.replace(/\W/g, '')}/view`,
  };
  // One after another: ids follow creation order, which the export lists by.
  const created = [];
  for (const [path, body] of [
    ['agenda', { title: texts.agenda }],
    ['notes', { body: texts.sharedNote, visibility: 'shared' }],
    ['notes', { body: texts.privateNote, visibility: 'private' }],
    ['messages', { body: texts.message }],
    ['files', { url: texts.file }],
  ] as const) {
    created.push(await client.post(`${base}/${path}`, body));
  }
  for (const response of created) {
    if (response.status !== 201) throw new Error(`Could not write: ${response.status}`);
  }
  const [agenda, sharedNote, privateNote, message, file] = created.map((r) => r.body.id);
  return { ids: { agenda, sharedNote, privateNote, message, file }, texts };
}

export async function meetInEachOthersMeetings(
  backend: TestBackend,
  user: TestUser,
  coworker: TestUser,
  label: string,
): Promise<CoworkerMeetings> {
  const own = await startMeeting(backend, user, [coworker]);
  const theirs = await startMeeting(backend, coworker, [user]);
  return {
    own: {
      ...own,
      byUser: await writeEverything(backend, user, own.meetingId, `${label} user-in-own`),
      byCoworker: await writeEverything(backend, coworker, own.meetingId, `${label} co-in-own`),
    },
    theirs: {
      ...theirs,
      byUser: await writeEverything(backend, user, theirs.meetingId, `${label} user-in-theirs`),
      byCoworker: await writeEverything(
        backend,
        coworker,
        theirs.meetingId,
        `${label} co-in-theirs`,
      ),
    },
  };
}
