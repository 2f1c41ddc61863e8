/**
 * The domain policy form's values, as typed, and their check before anything is sent: the
 * admin hears about a retention of "30 days" or "3" at once, not from a 400.
 */
import type { DomainPolicy } from '../../shared/contract';
import { MAX_RETENTION_DAYS, MIN_RETENTION_DAYS } from '../../shared/limits';
import type { MessageKey } from '../i18n';

/** The form inputs' names and what they hold: strings, as the host sends them. */
export interface PolicyForm {
  externalGuests: string;
  maxDriveRole: string;
  /** Empty keeps data while it is used. */
  retentionDays: string;
}

export const EXTERNAL_GUESTS = ['allow', 'deny'] as const;
export const DRIVE_ROLES = ['reader', 'commenter', 'writer'] as const;

export function policyFormOf(policy: DomainPolicy): PolicyForm {
  return {
    externalGuests: policy.externalGuests,
    maxDriveRole: policy.maxDriveRole,
    retentionDays: policy.retentionDays === null ? '' : String(policy.retentionDays),
  };
}

export type PolicyCheck =
  { ok: true; policy: DomainPolicy } | { ok: false; problem: MessageKey; field: keyof PolicyForm };

export function checkPolicyForm(form: PolicyForm): PolicyCheck {
  const externalGuests = EXTERNAL_GUESTS.find((value) => value === form.externalGuests);
  if (!externalGuests)
    return { ok: false, problem: 'admin.policy.pickGuests', field: 'externalGuests' };
  const maxDriveRole = DRIVE_ROLES.find((value) => value === form.maxDriveRole);
  if (!maxDriveRole) return { ok: false, problem: 'admin.policy.pickRole', field: 'maxDriveRole' };
  const days = form.retentionDays.trim();
  if (days === '')
    return { ok: true, policy: { externalGuests, maxDriveRole, retentionDays: null } };
  const retentionDays = Number(days);
  if (
    !/^\d+$/.test(days) ||
    retentionDays < MIN_RETENTION_DAYS ||
    retentionDays > MAX_RETENTION_DAYS
  ) {
    return { ok: false, problem: 'admin.policy.badRetention', field: 'retentionDays' };
  }
  return { ok: true, policy: { externalGuests, maxDriveRole, retentionDays } };
}
