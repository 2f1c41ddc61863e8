import { createHmac } from 'node:crypto';
import type { TestUser } from './identity';

/**
 * Guest digests as the add-on computes them in Apps Script (DESIGN §5):
 * base64url(HMAC-SHA256(key = eventId, message = lowercased email)).
 */
export function guestDigests(eventId: string, guests: TestUser[]): string[] {
  return guests.map((guest) =>
    createHmac('sha256', eventId).update(guest.email.toLowerCase()).digest('base64url'),
  );
}
