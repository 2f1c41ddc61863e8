/**
 * Names both sides must spell the same way. Plain constants with no imports: the Apps Script
 * add-on loads this file at runtime.
 */

/** The Script Property that holds the backend's base URL, set at deploy time. */
export const BACKEND_URL_PROPERTY = 'MINGWORK_BACKEND_URL';

/**
 * The OAuth client id (`aud`) of the workbench's local issuer: the backend accepts it by
 * default outside production, so `npm start` needs no configuration.
 */
export const WORKBENCH_AUDIENCE = 'mingwork-workbench';

/**
 * The request header that names an event's organizer to the backend, as two digests
 * "<organizerDigest>.<organizerDomainDigest>" (DESIGN §5): nothing else about the organizer
 * leaves Google.
 */
export const ORGANIZER_HEADER = 'X-Mingwork-Organizer';
