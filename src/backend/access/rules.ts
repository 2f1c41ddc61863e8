/**
 * The access model of DESIGN §5 for content inside a meeting the caller can see: authors
 * edit and delete their own content; the owner may remove anything and runs the agenda
 * (check off, reorder). Who may see a meeting at all is decided in store/visible-meetings.ts.
 */
import type { MeetingAccess as AccessView } from '../../shared/contract';
import type { MeetingAccess } from './scope';

export function isAuthor(access: MeetingAccess, authorUserId: string | null): boolean {
  return authorUserId !== null && authorUserId === access.scope.userId;
}

export function isOwner(access: MeetingAccess): boolean {
  return access.role === 'owner';
}

/** May remove the content, or check off and reorder the agenda item. */
export function isAuthorOrOwner(access: MeetingAccess, authorUserId: string | null): boolean {
  return isAuthor(access, authorUserId) || isOwner(access);
}

export function accessView(access: MeetingAccess): AccessView {
  const owner = isOwner(access);
  return {
    role: access.role,
    canManageGuests: owner,
    canDeleteMeeting: owner,
    canRemoveAnyContent: owner,
    canOrganizeAgenda: owner,
  };
}
