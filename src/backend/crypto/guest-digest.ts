import { createHmac } from 'node:crypto';
import {
  domainDigest as domainDigestWith,
  guestDigest as digestWith,
  type HmacSha256,
} from '../../shared/guest-digest';

const hmacSha256: HmacSha256 = (key, message) =>
  createHmac('sha256', key).update(message).digest('base64url');

/**
 * The digest the add-on sends for a guest (shared/guest-digest.ts), computed from a caller's
 * verified email to recognise them as a guest without ever seeing the guest list.
 */
export function guestDigest(eventId: string, email: string): string {
  return digestWith(hmacSha256, eventId, email);
}

/** The digest the add-on sends for an organizer's domain, computed from a verified `hd`. */
export function domainDigest(eventId: string, domain: string): string {
  return domainDigestWith(hmacSha256, eventId, domain);
}
