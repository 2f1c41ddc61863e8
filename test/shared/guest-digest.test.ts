/**
 * The guest digest is written once (src/shared/guest-digest.ts) and computed by two runtimes:
 * the add-on with Apps Script's Utilities, the backend with Node's crypto. If they ever
 * differ, guests silently lose access to their meetings, so both are checked against
 * digests computed independently, with Python's hmac module:
 *   base64.urlsafe_b64encode(hmac.new(event_id, email, sha256).digest()).rstrip(b'=')
 * Organizers are named by the same digest of their email and one of their domain.
 */
import { guestDigests as addOnDigests, organizerDigests } from '../../src/addon/google/guests';
import {
  guestDigest as backendDigest,
  domainDigest as backendDomainDigest,
} from '../../src/backend/crypto/guest-digest';
import { installAppsScriptGlobals } from '../helpers/addon/apps-script-globals';

beforeAll(() => installAppsScriptGlobals());

const cases = [
  {
    eventId: '3k9v2q7m1c5h8d0f4a6b2e9g1j',
    email: 'carol@globex.example',
    written: '  Carol@Globex.EXAMPLE ',
    python: 'nJ06YY1Dcgur7dQX4p1ZDA-QaaAK2CgCuL41dm_ZHyQ',
    domain: 'globex.example',
    pythonDomain: 'CzGrFI7KCbtIbmGl6kyqmYwCxUPvlI2OUWnFHpryrxY',
  },
  {
    // A recurring instance's id, and an address outside ASCII: both sides must use UTF-8.
    eventId: '7p4d1s9k2v6c8h0f3a5b7e1g9n_20261202T110000Z',
    email: 'zoë@exämple.com',
    written: 'Zoë@Exämple.com',
    python: '2aVOHdTL5YVkiiXmIfdUhcCM8jXkkYNol6B5i94NWgQ',
    domain: 'exämple.com',
    pythonDomain: 'qM975x6y9MIHexmBcQhSf9pLB2TJ3szPhnGO5j9TIYY',
  },
];

describe.each(cases)(
  'the digest of $email in $eventId',
  ({ eventId, email, written, python, domain, pythonDomain }) => {
    it('is the same in the add-on as computed independently', () => {
      expect(addOnDigests(eventId, [email])).toEqual([python]);
    });

    it('is the same in the backend as computed independently', () => {
      expect(backendDigest(eventId, email)).toBe(python);
    });

    it('ignores case and surrounding spaces on both sides', () => {
      expect(addOnDigests(eventId, [written])).toEqual([python]);
      expect(backendDigest(eventId, written)).toBe(python);
    });

    it("names the address as an organizer by its digest and its domain's, as the backend computes them", () => {
      expect(organizerDigests(eventId, written)).toBe(`${python}.${pythonDomain}`);
      expect(backendDomainDigest(eventId, domain.toUpperCase())).toBe(pythonDomain);
    });
  },
);

it('names no organizer by an address without a domain', () => {
  expect(organizerDigests(cases[0]!.eventId, 'calendar-group')).toBeNull();
});

it('differs between two events for the same guest, so lists cannot be linked', () => {
  const [first, second] = cases.map(({ eventId }) =>
    backendDigest(eventId, 'carol@globex.example'),
  );
  expect(first).not.toBe(second);
});
