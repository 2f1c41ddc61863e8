/**
 * Who is asking, established by the auth plugin before a request touches the store.
 * Every repository function takes a Scope, or a MeetingAccess that contains one.
 */
export interface Scope {
  tenantId: string;
  userId: string;
  /** The verified email, kept in memory only: it recognises the caller as a guest. */
  email: string;
}

export type MeetingRole = 'owner' | 'guest';

export interface MeetingRecord {
  id: string;
  tenantId: string;
  eventId: string;
  ownerUserId: string;
  createdAt: number;
  updatedAt: number;
}

/** Proof that the caller may see this meeting, and in which role. */
export interface MeetingAccess {
  scope: Scope;
  meeting: MeetingRecord;
  role: MeetingRole;
}
