/**
 * The access model of DESIGN §5 for content inside a meeting the caller can see: authors
 * edit and delete their own content; the owner may remove anything and runs the agenda
 * (check off, reorder). Who may see a meeting at all is decided in store/visible-meetings.ts.
 */
import type { MeetingAccess } from '../../shared/contract';
import type { VisibleMeeting } from './scope';

export function isAuthor(access: VisibleMeeting, authorUserId: string | null): boolean {
  return authorUserId !== null && authorUserId === access.scope.userId;
}

export function isOwner(access: VisibleMeeting): boolean {
  return access.role === 'owner';
}

/** May remove the content, or check off and reorder the agenda item. */
export function isAuthorOrOwner(access: VisibleMeeting, authorUserId: string | null): boolean {
  return isAuthor(access, authorUserId) || isOwner(access);
}

export function accessView(access: VisibleMeeting): MeetingAccess {
  const owner = isOwner(access);
  return {
    role: access.role,
    canManageGuests: owner,
    canDeleteMeeting: owner,
    canRemoveAnyContent: owner,
    canOrganizeAgenda: owner,
  };
}
