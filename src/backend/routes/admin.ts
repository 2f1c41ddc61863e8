/**
 * The admin console (DESIGN §6 "Privacy and admin calls"): a domain admin manages the users,
 * the policy and reads the audit log of their own tenant only. To anyone else these routes do
 * not exist: a non-admin gets the same 404 as for an unknown route, and an admin asking for
 * a user of another domain gets 404 as for a user that does not exist.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import {
  AdminUser,
  AdminUsersPage,
  AdminUsersQuery,
  AuditPage,
  AuditQuery,
  DomainPolicy,
  Id,
  UpdateAdminUserBody,
} from '../../shared/contract';
import { DEFAULT_ADMIN_PAGE_SIZE } from '../../shared/limits';
import { ApiError, notFound } from '../api-error';
import { accountOf } from '../plugins/authenticate';
import { noSuchRoute } from '../plugins/error-handler';
import { listAudit } from '../store/audit-log';
import { readDomainPolicy, writeDomainPolicy } from '../store/domain-policy';
import { findDomainUser, listDomainUsers, updateDomainUser } from '../store/domain-users';
import { adminUserView, auditEntryView } from '../views/domain-admin';
import { found } from './guards';
import { responses, signedIn } from './schemas';

const UserParams = Type.Object({ id: Id }, { additionalProperties: false });

export const adminRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { data } = app.services;

  // After the /v1 authentication hook, before the idempotency hook claims a key.
  app.addHook('onRequest', async (request) => {
    if (accountOf(request).role !== 'admin') throw noSuchRoute(request);
  });

  app.get(
    '/admin/users',
    {
      schema: {
        summary: "The domain's users, by email prefix, a page at a time (admins only)",
        security: signedIn,
        querystring: AdminUsersQuery,
        response: responses({ 200: AdminUsersPage }),
      },
    },
    async (request) => {
      const { q = '', cursor, limit = DEFAULT_ADMIN_PAGE_SIZE } = request.query;
      const { tenantId } = accountOf(request).scope;
      const page = await listDomainUsers(data, tenantId, { prefix: q, cursor, limit });
      return { users: page.users.map(adminUserView), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/admin/users/:id',
    {
      schema: {
        summary: 'One user of the domain (admins only)',
        security: signedIn,
        params: UserParams,
        response: responses({ 200: AdminUser }),
      },
    },
    async (request) => {
      const { tenantId } = accountOf(request).scope;
      const user = await findDomainUser(data, tenantId, request.params.id);
      return adminUserView(found(user, 'The user'));
    },
  );

  app.patch(
    '/admin/users/:id',
    {
      schema: {
        summary: 'Disable or enable a user, make them admin or member (admins only)',
        description: 'The last active admin of a domain can be neither demoted nor disabled (409).',
        security: signedIn,
        params: UserParams,
        body: UpdateAdminUserBody,
        response: responses({ 200: AdminUser }),
      },
    },
    async (request) => {
      const { scope } = accountOf(request);
      const result = await updateDomainUser(data, scope, request.params.id, request.body);
      switch (result.outcome) {
        case 'not-found':
          throw notFound('The user');
        case 'last-admin':
          throw new ApiError(
            'conflict',
            'This is the last admin of the domain: make someone else admin first.',
          );
        case 'updated':
          return adminUserView(result.user);
      }
    },
  );

  app.get(
    '/admin/policy',
    {
      schema: {
        summary: "The domain's policy (admins only)",
        security: signedIn,
        response: responses({ 200: DomainPolicy }),
      },
    },
    async (request) => readDomainPolicy(data, accountOf(request).scope.tenantId),
  );

  app.put(
    '/admin/policy',
    {
      schema: {
        summary: "Set the domain's policy (admins only)",
        security: signedIn,
        body: DomainPolicy,
        response: responses({ 200: DomainPolicy }),
      },
    },
    async (request) => writeDomainPolicy(data, accountOf(request).scope, request.body),
  );

  app.get(
    '/admin/audit',
    {
      schema: {
        summary: "The domain's audit log, newest first, with pseudonymous actors (admins only)",
        security: signedIn,
        querystring: AuditQuery,
        response: responses({ 200: AuditPage }),
      },
    },
    async (request) => {
      const { cursor, limit = DEFAULT_ADMIN_PAGE_SIZE } = request.query;
      const page = await listAudit(data, accountOf(request).scope.tenantId, { cursor, limit });
      return { entries: page.entries.map(auditEntryView), nextCursor: page.nextCursor };
    },
  );
};
