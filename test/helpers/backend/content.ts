import type { TestBackend } from './app';
import type { TestUser } from './identity';
import { newEventId, startMeeting } from './meetings';

/** Distinctive text of every kind the backend must keep encrypted, for searching raw storage. */
export function secretsFor(label: string) {
  return {
    agendaTitle: `Agenda-${label}-Quarterly layoffs`,
    note: `Note-${label}-Acquisition of Initech`,
    message: `Message-${label}-The password is swordfish`,
    url: `https://drive.google.com/file/d/Secret${label}File/view`,
    replayedNote: `Replayed-${label}-note kept for idempotent retries`,
  };
}

export type Secrets = ReturnType<typeof secretsFor>;

/** Writes one of everything through the API, as `user`, and returns the meeting. */
export async function writeSecrets(backend: TestBackend, user: TestUser, secrets: Secrets) {
  const meeting = await startMeeting(backend, user);
  const client = backend.as(user);
  const base = `/v1/meetings/${meeting.meetingId}`;
  await client.post(`${base}/agenda`, { title: secrets.agendaTitle });
  await client.post(`${base}/notes`, { body: secrets.note, visibility: 'private' });
  await client.post(`${base}/messages`, { body: secrets.message });
  await client.post(`${base}/files`, { url: secrets.url });
  await client.post(
    `${base}/notes`,
    { body: secrets.replayedNote, visibility: 'shared' },
    { 'idempotency-key': newEventId() },
  );
  return meeting;
}

/** The meeting as its owner reads it back through the API. */
export async function readSecrets(backend: TestBackend, user: TestUser, eventId: string) {
  const view = (await backend.as(user).get(`/v1/events/${eventId}/meeting`)).body;
  return {
    agendaTitle: view.agenda[0]?.title,
    note: view.notes[0]?.body,
    message: view.messages[0]?.body,
    url: view.files[0]?.url,
    replayedNote: view.notes[1]?.body,
  };
}
