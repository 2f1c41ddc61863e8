/** The admin console's calls (GET|PATCH /v1/admin/users, GET|PUT /v1/admin/policy, GET /v1/admin/audit). */
import type {
  AdminUser,
  AdminUsersPage,
  AuditPage,
  DomainPolicy,
  UpdateAdminUserBody,
} from '../../shared/contract';
import { callBackend } from './client';

function query(parameters: Record<string, string | number | undefined>): string {
  const pairs = Object.entries(parameters).filter(
    ([, value]) => value !== undefined && value !== '',
  );
  if (pairs.length === 0) return '';
  return `?${pairs.map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`).join('&')}`;
}

export function listDomainUsers(page: {
  q?: string;
  cursor?: string;
  limit: number;
}): AdminUsersPage {
  return callBackend<AdminUsersPage>({ method: 'get', path: `/v1/admin/users${query(page)}` });
}

export function fetchDomainUser(id: string): AdminUser {
  return callBackend<AdminUser>({
    method: 'get',
    path: `/v1/admin/users/${encodeURIComponent(id)}`,
  });
}

export function changeDomainUser(id: string, changes: UpdateAdminUserBody): AdminUser {
  return callBackend<AdminUser>({
    method: 'patch',
    path: `/v1/admin/users/${encodeURIComponent(id)}`,
    body: changes,
  });
}

export function fetchDomainPolicy(): DomainPolicy {
  return callBackend<DomainPolicy>({ method: 'get', path: '/v1/admin/policy' });
}

export function saveDomainPolicy(policy: DomainPolicy): DomainPolicy {
  return callBackend<DomainPolicy>({ method: 'put', path: '/v1/admin/policy', body: policy });
}

export function listAuditLog(page: { cursor?: string; limit: number }): AuditPage {
  return callBackend<AuditPage>({ method: 'get', path: `/v1/admin/audit${query(page)}` });
}
