/**
 * The tables as Kysely sees them. Times are epoch milliseconds (BIGINT); booleans are 0/1
 * integers, so that SQLite and MySQL return the same JavaScript values. Columns ending in
 * `_enc` hold `v1:<kid>:<iv>:<tag>:<ciphertext>` (see crypto/field-cipher.ts); columns ending
 * in `_index` hold HMAC blind indexes (see crypto/blind-index.ts).
 */
import type { Generated } from 'kysely';

export type ExternalGuestsPolicy = 'allow' | 'deny';
export type UserRole = 'member' | 'admin';
/** The highest Drive role the add-on may grant when sharing a file to a meeting. */
export type MaxDriveRole = 'reader' | 'commenter' | 'writer';
export type UserStatus = 'active' | 'disabled';
export type NoteVisibility = 'shared' | 'private';

export interface TenantsTable {
  id: string;
  /** `domain:<hd>` or `personal:<sub>` (auth/tenant.ts). */
  tenant_key: string;
  external_guests: ExternalGuestsPolicy;
  /** Added after the first release with a default ('writer'), so inserts may leave it out. */
  max_drive_role: Generated<MaxDriveRole>;
  /** Days of inactivity after which the retention sweep removes users and meetings; null keeps them. */
  retention_days: number | null;
  created_at: number;
  updated_at: number;
}

export interface UsersTable {
  id: string;
  tenant_id: string;
  /** Google's stable subject; users are keyed by it, never by email. */
  sub: string;
  email_enc: string;
  email_index: string;
  name_enc: string | null;
  role: UserRole;
  status: UserStatus;
  allow_statistics: number;
  created_at: number;
  updated_at: number;
  last_seen_at: number;
}

export interface MeetingsTable {
  id: string;
  tenant_id: string;
  event_id: string;
  owner_user_id: string;
  /**
   * blindIndex.of('owner', guest digest of the owner's verified email at creation): matches
   * the organizer digest the add-on sends when the owner organizes the event (DESIGN §5).
   * Null only in a database whose migration 0003 has not run yet.
   */
  owner_digest: string | null;
  /** blindIndex.of('domain', domain digest of the owner's `hd`); null for personal accounts. */
  domain_digest: string | null;
  created_at: number;
  updated_at: number;
}

export interface MeetingGuestsTable {
  meeting_id: string;
  /** blindIndex.of('guest', digest sent by the add-on). */
  guest_index: string;
}

interface MeetingContent {
  id: string;
  meeting_id: string;
  /** The meeting's (owner's) tenant, so that every content query can be filtered by tenant. */
  tenant_id: string;
  created_at: number;
}

export interface AgendaItemsTable extends MeetingContent {
  /** Null once the author's account is erased; the item stays for the others. */
  author_user_id: string | null;
  title_enc: string;
  done: number;
  position: number;
  duration_minutes: number | null;
  updated_at: number;
}

export interface NotesTable extends MeetingContent {
  author_user_id: string | null;
  body_enc: string;
  visibility: NoteVisibility;
  updated_at: number;
}

export interface MessagesTable extends MeetingContent {
  author_user_id: string | null;
  body_enc: string;
  updated_at: number;
}

export interface FilesTable extends MeetingContent {
  added_by_user_id: string | null;
  url_enc: string;
}

export interface IdempotencyKeysTable {
  id: string;
  tenant_id: string;
  user_id: string;
  idempotency_key: string;
  /** Blind index of method, route, params and body: the same key with another request is a conflict. */
  fingerprint: string;
  /** Null while the first request is still running. */
  status_code: number | null;
  /** The serialized response body, encrypted: it can carry user content. */
  response_enc: string | null;
  /** The meeting whose content the response shows; the row is deleted with the meeting. */
  meeting_id: string | null;
  created_at: number;
  expires_at: number;
}

export interface AuditLogTable {
  id: string;
  tenant_id: string;
  /** A user id: pseudonymous, and meaningless once the account is erased. */
  actor: string;
  action: string;
  target_id: string | null;
  /** JSON without personal data or content (counts, flags). */
  detail: string | null;
  created_at: number;
}

export interface Database {
  tenants: TenantsTable;
  users: UsersTable;
  meetings: MeetingsTable;
  meeting_guests: MeetingGuestsTable;
  agenda_items: AgendaItemsTable;
  notes: NotesTable;
  messages: MessagesTable;
  files: FilesTable;
  idempotency_keys: IdempotencyKeysTable;
  audit_log: AuditLogTable;
}
