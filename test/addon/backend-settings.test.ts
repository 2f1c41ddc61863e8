import { BackendSettingsError, validateBackendUrl } from '../../src/addon/backend/settings';

describe('backend URL from Script Properties', () => {
  it.each([
    ['https://api.mingwork.club', 'https://api.mingwork.club'],
    ['https://api.mingwork.club/', 'https://api.mingwork.club'],
    ['https://eu.mingwork.club:8443/base/', 'https://eu.mingwork.club:8443/base'],
    ['http://127.0.0.1:8787', 'http://127.0.0.1:8787'],
    ['http://localhost:8787/', 'http://localhost:8787'],
  ])('accepts %s', (value, expected) => {
    expect(validateBackendUrl(value)).toBe(expected);
  });

  it.each([
    ['http://api.mingwork.club', /must be an https URL/],
    ['http://10.0.0.5:8787', /must be an https URL/],
    ['ftp://api.mingwork.club', /must be an https URL/],
    ['https://api.mingwork.club/?debug=1', /must be an https URL/],
    ['api.mingwork.club', /must be an https URL/],
    ['', /is not set/],
    [null, /is not set/],
  ])('refuses %s', (value, message) => {
    expect(() => validateBackendUrl(value)).toThrow(BackendSettingsError);
    expect(() => validateBackendUrl(value)).toThrow(message);
  });
});
