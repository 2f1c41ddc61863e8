import { createHmac } from 'node:crypto';

/**
 * The one-way digest the add-on sends for each guest (DESIGN §5):
 * base64url(HMAC-SHA256(key = eventId, message = lowercased email)). The backend computes the
 * same digest from a caller's verified email to recognise a guest without seeing the guest list.
 */
export function guestDigest(eventId: string, email: string): string {
  return createHmac('sha256', eventId).update(email.trim().toLowerCase()).digest('base64url');
}
