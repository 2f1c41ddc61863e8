import { guestDigest } from '../../../src/backend/crypto/guest-digest';
import type { TestUser } from './identity';

/** Guest digests as the add-on sends them (the formula lives in src/shared/guest-digest.ts). */
export function guestDigests(eventId: string, guests: TestUser[]): string[] {
  return guests.map((guest) => guestDigest(eventId, guest.email));
}
