/**
 * Who is asking, established by the auth plugin before a request touches the store.
 * Every repository function takes a Scope, or a VisibleMeeting that contains one.
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

/**
 * Proof that the caller may see this meeting, and in which role: only store/visible-meetings.ts
 * makes one. What the add-on is told of it is the contract's MeetingAccess (access/rules.ts).
 */
export interface VisibleMeeting {
  scope: Scope;
  meeting: MeetingRecord;
  role: MeetingRole;
}
