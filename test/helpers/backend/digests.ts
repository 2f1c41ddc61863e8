import { domainDigest, guestDigest } from '../../../src/backend/crypto/guest-digest';
import { domainOf } from '../../../src/shared/guest-digest';
import type { TestUser } from './identity';

/** Guest digests as the add-on sends them (the formula lives in src/shared/guest-digest.ts). */
export function guestDigests(eventId: string, guests: TestUser[]): string[] {
  return guests.map((guest) => guestDigest(eventId, guest.email));
}

/** "<organizerDigest>.<organizerDomainDigest>", as the add-on names an event's organizer. */
export function organizerDigests(eventId: string, organizer: Pick<TestUser, 'email'>): string {
  const { email } = organizer;
  return `${guestDigest(eventId, email)}.${domainDigest(eventId, domainOf(email))}`;
}

/** The header the add-on sends on reads of an event's meeting. */
export function organizerHeader(eventId: string, organizer: Pick<TestUser, 'email'>) {
  return { 'x-mingwork-organizer': organizerDigests(eventId, organizer) };
}
