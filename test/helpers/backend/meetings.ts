import { randomBytes } from 'node:crypto';
import type { TestBackend } from './app';
import { guestDigests } from './digests';
import type { TestUser } from './identity';

/** A fresh calendar event ID, so that tests sharing a database never share a meeting. */
export function newEventId(): string {
  return `evt${randomBytes(8).toString('hex')}`;
}

/** Starts a meeting as `owner` for a new event, inviting `guests`; returns its ids. */
export async function startMeeting(
  backend: TestBackend,
  owner: TestUser,
  guests: TestUser[] = [],
): Promise<{ eventId: string; meetingId: string }> {
  const eventId = newEventId();
  const response = await backend
    .as(owner)
    .post('/v1/meetings', { eventId, guestDigests: guestDigests(eventId, guests) });
  if (response.status !== 201) throw new Error(`Could not start a meeting: ${response.status}`);
  return { eventId, meetingId: response.body.meeting.id };
}
