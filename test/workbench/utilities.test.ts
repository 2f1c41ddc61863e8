import { createHmac } from 'node:crypto';
import { createUtilities } from '../../src/workbench/gas/utilities';
import { testContext } from '../helpers/workbench/context';

const utilities = createUtilities(testContext());

describe('Utilities fake', () => {
  test('HMAC-SHA256 matches RFC 4231 and returns Java’s signed bytes', () => {
    const signature = utilities.computeHmacSha256Signature('what do ya want for nothing?', 'Jefe');
    expect(Buffer.from(signature.map((byte) => byte & 0xff)).toString('hex')).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
    expect(signature.every((byte) => byte >= -128 && byte <= 127)).toBe(true);
    expect(signature.some((byte) => byte < 0)).toBe(true);
  });

  test('a guest digest is base64url(HMAC-SHA256(key = event id, message = lowercased email)), padded', () => {
    const digest = utilities.base64EncodeWebSafe(
      utilities.computeHmacSha256Signature(
        'Bob@Acme.example'.toLowerCase(),
        '3k9v2q7m1c5h8d0f4a6b2e9g1j',
      ),
    );
    const expected = createHmac('sha256', '3k9v2q7m1c5h8d0f4a6b2e9g1j')
      .update('bob@acme.example')
      .digest('base64url');
    expect(digest).toBe(`${expected}=`);
    expect(digest).not.toMatch(/[+/]/);
  });

  test('base64 round-trips strings and bytes; malformed input fails like Apps Script', () => {
    expect(utilities.base64Encode('Mingwork ✓')).toBe(Buffer.from('Mingwork ✓').toString('base64'));
    const bytes = utilities.base64DecodeWebSafe(utilities.base64EncodeWebSafe([-1, 0, 127, -128]));
    expect(bytes).toEqual([-1, 0, 127, -128]);
    expect(() => utilities.base64Decode('not base64!')).toThrow('Could not decode string.');
  });

  test('formatDate follows SimpleDateFormat in the given time zone', () => {
    const instant = new Date('2026-12-01T09:05:07Z');
    expect(utilities.formatDate(instant, 'Europe/Paris', 'EEE d MMM, HH:mm')).toBe(
      'Tue 1 Dec, 10:05',
    );
    expect(utilities.formatDate(instant, 'Asia/Shanghai', 'M月d日 HH:mm')).toBe('12月1日 17:05');
    expect(utilities.formatDate(instant, 'America/New_York', "yyyy-MM-dd'T'HH:mm:ssXXX")).toBe(
      '2026-12-01T04:05:07-05:00',
    );
    expect(utilities.formatDate(instant, 'GMT+02:00', 'h:mm a, EEEE d MMMM yy')).toBe(
      '11:05 AM, Tuesday 1 December 26',
    );
    expect(utilities.formatDate(instant, 'Not/AZone', 'HH:mm Z')).toBe('09:05 +0000');
  });

  test('formatDate quotes like SimpleDateFormat: doubled quotes are a quote, in or out of quotes', () => {
    const instant = new Date('2026-12-01T09:05:07Z');
    expect(utilities.formatDate(instant, 'UTC', "h 'o''clock' a")).toBe("9 o'clock AM");
    expect(utilities.formatDate(instant, 'UTC', "HH''mm")).toBe("09'05");
    expect(utilities.formatDate(instant, 'UTC', "'at' HH:mm")).toBe('at 09:05');
  });

  test('formatDate takes L (stand-alone month) as M', () => {
    const instant = new Date('2026-12-01T09:05:07Z');
    expect(utilities.formatDate(instant, 'UTC', 'L LL LLL LLLL')).toBe('12 12 Dec December');
  });

  test('formatDate z gives Java’s short zone names where they are known, else GMT±hh:mm', () => {
    const winter = new Date('2026-01-15T12:00:00Z');
    const summer = new Date('2026-07-15T12:00:00Z');
    const z = (date: Date, zone: string) => utilities.formatDate(date, zone, 'z');
    expect([z(winter, 'America/New_York'), z(summer, 'America/New_York')]).toEqual(['EST', 'EDT']);
    expect(z(summer, 'America/Los_Angeles')).toBe('PDT');
    expect([z(winter, 'Europe/Paris'), z(summer, 'Europe/Paris')]).toEqual(['CET', 'CEST']);
    expect([z(winter, 'Europe/London'), z(summer, 'Europe/London')]).toEqual(['GMT', 'BST']);
    expect([z(winter, 'UTC'), z(winter, 'GMT')]).toEqual(['UTC', 'GMT']);
    // Java says IST; Intl has no English short name for it, so the fake falls back to the offset.
    expect(z(winter, 'Asia/Kolkata')).toBe('GMT+05:30');
    expect(z(winter, 'GMT+2')).toBe('GMT+02:00');
    expect(z(winter, 'Not/AZone')).toBe('GMT');
  });

  test('formatDate refuses a pattern letter SimpleDateFormat does not know', () => {
    expect(() => utilities.formatDate(new Date(), 'UTC', 'yyyy qq')).toThrow(
      "Illegal pattern character 'q'",
    );
  });

  test('getUuid returns distinct RFC 4122 UUIDs', () => {
    const [first, second] = [utilities.getUuid(), utilities.getUuid()];
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(first).not.toBe(second);
  });

  test('newBlob keeps data, type and name', () => {
    const blob = utilities.newBlob('{"a":1}', 'application/json', 'export.json');
    expect([blob.getDataAsString(), blob.getContentType(), blob.getName()]).toEqual([
      '{"a":1}',
      'application/json',
      'export.json',
    ]);
  });

  test('methods it does not implement throw with their name', () => {
    expect(() => (utilities as unknown as { zip(): void }).zip()).toThrow(
      'Utilities.zip is not implemented by the workbench',
    );
  });
});
