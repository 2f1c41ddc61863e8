/**
 * People leave Google only as one-way digests (DESIGN §5, formula in shared/guest-digest.ts):
 * guests, so the backend can let them in, and the organizer, so it can show everyone the
 * organizer's meeting. The backend computes the same digests from a caller's verified email
 * and domain, and so never needs the guest list or the organizer's address.
 */
import { MAX_GUEST_DIGESTS } from '../../shared/limits';
import {
  domainDigest,
  domainOf,
  guestDigest,
  normalizeAddress,
  type HmacSha256,
} from '../../shared/guest-digest';
import type { CalendarEvent } from './calendar';

/** Apps Script's web-safe base64 keeps "=" padding; the contract's digests have none. */
const hmacSha256: HmacSha256 = (key, message) =>
  Utilities.base64EncodeWebSafe(Utilities.computeHmacSha256Signature(message, key)).replace(
    /=+$/,
    '',
  );

/** Digests of the distinct addresses given, ignoring case and surrounding spaces. */
export function guestDigests(eventId: string, emails: string[]): string[] {
  const distinct = new Set(emails.map(normalizeAddress).filter((email) => email.includes('@')));
  return [...distinct].map((email) => guestDigest(hmacSha256, eventId, email));
}

/**
 * The organizer as the backend may learn of them: "<organizerDigest>.<organizerDomainDigest>",
 * the value of the X-Mingwork-Organizer header. Null for an address without a domain.
 */
export function organizerDigests(eventId: string, organizerEmail: string): string | null {
  const domain = domainOf(organizerEmail);
  if (!domain) return null;
  return `${guestDigest(hmacSha256, eventId, organizerEmail)}.${domainDigest(hmacSha256, eventId, domain)}`;
}

/**
 * Who may open the event's meeting: its people (rooms are not people) and its organizer, as
 * the user's calendar lists them, capped at what the API takes.
 */
export function eventGuestDigests(event: CalendarEvent): string[] {
  const people = event.guests.filter((guest) => !guest.resource).map((guest) => guest.email);
  if (event.organizer) people.push(event.organizer.email);
  return guestDigests(event.id, people).slice(0, MAX_GUEST_DIGESTS);
}

/** The organizer's digests of an event, for the backend to show its organizer's meeting. */
export function eventOrganizerDigests(event: CalendarEvent): string | null {
  return event.organizer ? organizerDigests(event.id, event.organizer.email) : null;
}
