/** Apps Script quotas and limits the fakes enforce (developers.google.com/apps-script/guides/services/quotas). */
export const LIMITS = {
  cacheKeyChars: 250,
  cacheValueBytes: 100 * 1024,
  cacheMaxExpirationSeconds: 21_600,
  cacheDefaultExpirationSeconds: 600,
  propertyValueBytes: 9 * 1024,
  propertyStoreBytes: 500 * 1024,
  urlFetchUrlBytes: 2 * 1024,
  urlFetchHeaderBytes: 8 * 1024,
  urlFetchDeadlineMs: 60_000,
  callbackMs: 30_000,
} as const;

export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
