/** The admin console's shapes (contract: AdminUser, AuditEntry) from store records. */
import type { AdminUser, AuditEntry } from '../../shared/contract';
import type { AuditRecord } from '../store/audit-log';
import type { DomainUser } from '../store/domain-users';
import { isoTime } from './meeting-view';

export function adminUserView(user: DomainUser): AdminUser {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    disabled: user.disabled,
    lastActiveAt: isoTime(user.lastSeenAt),
  };
}

export function auditEntryView(record: AuditRecord): AuditEntry {
  return {
    id: record.id,
    at: isoTime(record.at),
    action: record.action,
    actor: record.actor,
    target: record.target,
    detail: record.detail,
  };
}
