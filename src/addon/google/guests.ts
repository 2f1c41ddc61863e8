/**
 * Guests leave Google only as one-way digests (DESIGN §5):
 * base64url(HMAC-SHA256(key = eventId, message = lowercased email)), unpadded. The backend
 * computes the same digest from a caller's verified email to let a guest in, and so never
 * needs the guest list itself.
 */
export function guestDigest(eventId: string, email: string): string {
  const signature = Utilities.computeHmacSha256Signature(email.trim().toLowerCase(), eventId);
  return Utilities.base64EncodeWebSafe(signature).replace(/=+$/, '');
}

/** Digests of the distinct addresses given, ignoring case and surrounding spaces. */
export function guestDigests(eventId: string, emails: string[]): string[] {
  const distinct = new Set(
    emails.map((email) => email.trim().toLowerCase()).filter((email) => email.includes('@')),
  );
  return [...distinct].map((email) => guestDigest(eventId, email));
}
