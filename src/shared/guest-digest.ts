/**
 * The one-way digests that stand in for people (DESIGN §5), written once. Apps Script and
 * Node compute HMAC-SHA256 with different APIs, so each side passes its own; the inputs,
 * their normalisation and the encoding are decided here and nowhere else.
 *
 * Plain functions with no imports: the Apps Script add-on loads this file at runtime.
 */

/** HMAC-SHA256 of a UTF-8 message under a UTF-8 key, as unpadded base64url (43 characters). */
export type HmacSha256 = (key: string, message: string) => string;

/** Emails and domains compare without case or surrounding spaces, as Google treats them. */
export function normalizeAddress(address: string): string {
  return address.trim().toLowerCase();
}

/**
 * A guest as the backend may learn of them: keyed by the event, so the same person's
 * digests in two events cannot be linked, and one-way, so the list cannot be read back.
 */
export function guestDigest(hmac: HmacSha256, eventId: string, email: string): string {
  return hmac(eventId, normalizeAddress(email));
}

/**
 * A Workspace domain as the backend may learn of it, keyed by the event like a guest: the
 * organizer's domain identifies the organizer's tenant's meeting (DESIGN §5, organizer-bound).
 */
export function domainDigest(hmac: HmacSha256, eventId: string, domain: string): string {
  return hmac(eventId, normalizeAddress(domain));
}

/** The domain of an address ("Alice@Acme.example" → "acme.example"), or "" without one. */
export function domainOf(email: string): string {
  const address = normalizeAddress(email);
  const at = address.lastIndexOf('@');
  return at < 0 ? '' : address.slice(at + 1);
}
