/**
 * Guests leave Google only as one-way digests (DESIGN §5, formula in shared/guest-digest.ts).
 * The backend computes the same digest from a caller's verified email to let a guest in,
 * and so never needs the guest list itself.
 */
import { guestDigest, normalizeAddress, type HmacSha256 } from '../../shared/guest-digest';

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
