/**
 * Limits of the Mingwork API. The backend enforces them; the add-on checks them first so
 * that a user hears about a too-long note before a round trip.
 *
 * Plain constants with no imports: the Apps Script add-on loads this file at runtime.
 */

/** Google Calendar event IDs are short in practice; recurring instances add a `_<time>` suffix. */
export const MAX_EVENT_ID_LENGTH = 255;
export const MAX_LOOKUP_EVENT_IDS = 100;

/** A guest digest is base64url(HMAC-SHA256(...)): 32 bytes, 43 characters. */
export const GUEST_DIGEST_LENGTH = 43;
export const MAX_GUEST_DIGESTS = 500;

export const MAX_AGENDA_TITLE_LENGTH = 200;
export const MAX_AGENDA_DURATION_MINUTES = 24 * 60;
export const MAX_AGENDA_ITEMS_PER_MEETING = 100;

export const MAX_NOTE_BODY_LENGTH = 20_000;
/** Shared notes per meeting, and also private notes per author per meeting. */
export const MAX_NOTES_PER_MEETING = 200;

export const MAX_MESSAGE_BODY_LENGTH = 4_000;
export const DEFAULT_MESSAGE_PAGE_SIZE = 50;
export const MAX_MESSAGE_PAGE_SIZE = 100;

export const DRIVE_URL_PREFIXES = [
  'https://drive.google.com/',
  'https://docs.google.com/',
] as const;
export const MAX_DRIVE_URL_LENGTH = 2_048;
export const MAX_FILES_PER_MEETING = 100;

export const MAX_IDEMPOTENCY_KEY_LENGTH = 255;

/** The largest request body the backend reads; anything bigger is refused with 413. */
export const MAX_REQUEST_BYTES = 128 * 1024;

/** Admin console pages (users, audit log). */
export const DEFAULT_ADMIN_PAGE_SIZE = 20;
export const MAX_ADMIN_PAGE_SIZE = 100;
/** An email address is at most 254 characters, so no longer prefix can match one. */
export const MAX_EMAIL_PREFIX_LENGTH = 254;

/**
 * Domain retention (days of inactivity before the sweep deletes users and idle meetings).
 * A week at least, so that a typo cannot erase a domain over a long weekend; ten years at most.
 */
export const MIN_RETENTION_DAYS = 7;
export const MAX_RETENTION_DAYS = 3650;
