/**
 * Organizer-bound meetings (DESIGN §5): each meeting keeps two digests of who started it,
 * taken from their verified token, and the add-on names an event's organizer by the same two
 * digests. Both are stored and compared re-keyed under the index key, like guest digests,
 * so a stolen table does not let anyone test an email or a domain against an event.
 */
import { domainDigest, guestDigest } from '../crypto/guest-digest';
import type { BlindIndex } from '../crypto/blind-index';

/** Who started a meeting, from their verified token: `domain` is the `hd`, null for consumers. */
export interface MeetingStarter {
  email: string;
  domain: string | null;
}

export interface OwnerIndexes {
  owner_digest: string;
  domain_digest: string | null;
}

/** What is stored for a meeting's owner: consumer accounts get no domain digest, ever. */
export function ownerIndexes(
  blindIndex: BlindIndex,
  eventId: string,
  starter: MeetingStarter,
): OwnerIndexes {
  return {
    owner_digest: blindIndex.of('owner', guestDigest(eventId, starter.email)),
    domain_digest: starter.domain
      ? blindIndex.of('domain', domainDigest(eventId, starter.domain))
      : null,
  };
}

/** An event's organizer as the add-on names it, re-keyed to compare with stored indexes. */
export interface OrganizerIndexes {
  ownerDigest: string;
  domainDigest: string;
}

/** From the validated "<organizerDigest>.<organizerDomainDigest>" of the header or lookup body. */
export function organizerIndexes(blindIndex: BlindIndex, digests: string): OrganizerIndexes {
  const [owner = '', domain = ''] = digests.split('.');
  return {
    ownerDigest: blindIndex.of('owner', owner),
    domainDigest: blindIndex.of('domain', domain),
  };
}
