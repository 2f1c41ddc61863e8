/**
 * The guest digest is written once (src/shared/guest-digest.ts) and computed by two runtimes:
 * the add-on with Apps Script's Utilities, the backend with Node's crypto. If they ever
 * differ, guests silently lose access to their meetings, so both are checked against
 * digests computed independently, with Python's hmac module:
 *   base64.urlsafe_b64encode(hmac.new(event_id, email, sha256).digest()).rstrip(b'=')
 */
import { guestDigests as addOnDigests } from '../../src/addon/google/guests';
import { guestDigest as backendDigest } from '../../src/backend/crypto/guest-digest';
import { installAppsScriptGlobals } from '../helpers/addon/apps-script-globals';

beforeAll(() => installAppsScriptGlobals());

const cases = [
  {
    eventId: '3k9v2q7m1c5h8d0f4a6b2e9g1j',
    email: 'carol@globex.example',
    written: '  Carol@Globex.EXAMPLE ',
    python: 'nJ06YY1Dcgur7dQX4p1ZDA-QaaAK2CgCuL41dm_ZHyQ',
  },
  {
    // A recurring instance's id, and an address outside ASCII: both sides must use UTF-8.
    eventId: '7p4d1s9k2v6c8h0f3a5b7e1g9n_20261202T110000Z',
    email: 'zoë@exämple.com',
    written: 'Zoë@Exämple.com',
    python: '2aVOHdTL5YVkiiXmIfdUhcCM8jXkkYNol6B5i94NWgQ',
  },
];

describe.each(cases)('the digest of $email in $eventId', ({ eventId, email, written, python }) => {
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
});

it('differs between two events for the same guest, so lists cannot be linked', () => {
  const [first, second] = cases.map(({ eventId }) =>
    backendDigest(eventId, 'carol@globex.example'),
  );
  expect(first).not.toBe(second);
});
