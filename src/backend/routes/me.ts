/**
 * The caller's own account, as the add-on's account card and privacy centre show it, and the
 * privacy rights of policy §8 and §11: choose about statistics, export, erase, disconnect.
 */
import { Readable } from 'node:stream';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { MeView, PreferencesResponse, UpdatePreferencesBody } from '../../shared/contract';
import { ExportDocument } from '../../shared/export';
import { parseTenantKey } from '../auth/tenant';
import { accountOf } from '../plugins/authenticate';
import type { Account } from '../store/accounts';
import { recordAudit } from '../store/audit-log';
import { eraseAccount, type ErasureRequest } from '../store/erasure';
import { setAllowStatistics } from '../store/preferences';
import { countStored, type StoredCounts } from '../store/stored-counts';
import { exportDocument } from '../views/export-document';
import { isoTime } from '../views/meeting-view';
import { NoContent, responses, signedIn } from './schemas';

export const meRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { data } = app.services;

  app.get(
    '/me',
    {
      schema: {
        summary: "The caller's account, tenant, privacy choices and what Mingwork stores of theirs",
        description: 'Also answers for a disabled account, so that the add-on can say so.',
        security: signedIn,
        response: responses({ 200: MeView }),
      },
    },
    async (request) => {
      const account = accountOf(request);
      return meView(account, await countStored(data, account.scope.userId));
    },
  );

  app.put(
    '/me/preferences',
    {
      schema: {
        summary: 'Object to statistics and personalisation, or allow them again',
        security: signedIn,
        body: UpdatePreferencesBody,
        response: responses({ 200: PreferencesResponse }),
      },
    },
    async (request) => {
      const { allowStatistics } = request.body;
      await setAllowStatistics(data, accountOf(request).scope, allowStatistics);
      return { preferences: { allowStatistics } };
    },
  );

  app.get(
    '/me/export',
    {
      schema: {
        summary: 'Everything Mingwork stores about the caller, as one versioned JSON document',
        description:
          'Streamed as it is read, so exports of any size fit one response. The schema is the documentation of the format.',
        security: signedIn,
        response: responses({ 200: ExportDocument }),
      },
    },
    async (request, reply) => {
      const account = accountOf(request);
      await recordAudit(data, account.scope, 'privacy.export', account.scope.userId);
      const stream = Readable.from(exportDocument(data, account), { objectMode: false });
      // Fastify sends a stream as it is: the response schema above documents the document,
      // it does not serialize it (nor can its type provider see that a stream is allowed).
      return reply.type('application/json; charset=utf-8').send(stream as never);
    },
  );

  const erase =
    (action: ErasureRequest['action']) => async (request: FastifyRequest, reply: FastifyReply) => {
      const { scope } = accountOf(request);
      await eraseAccount(data, {
        tenantId: scope.tenantId,
        userId: scope.userId,
        action,
        actor: scope,
      });
      return reply.status(204).send(null);
    };
  const erasureSchema = (summary: string, description: string) => ({
    summary,
    description,
    security: signedIn,
    response: responses({ 204: NoContent }),
  });

  app.delete(
    '/me',
    {
      schema: erasureSchema(
        "Erase the caller's account and data (right to be forgotten)",
        "Deletes the account, the meetings it owns with everything in them, and its private notes; what it wrote in other people's meetings stays, without an author. A later request starts a fresh, empty account.",
      ),
    },
    erase('account.erase'),
  );

  app.post(
    '/me/disconnect',
    {
      schema: erasureSchema(
        "Disconnect the caller's Google account from Mingwork",
        'Deletes the meetings the caller created and their personal data, as DELETE /v1/me does, and is recorded as a disconnection.',
      ),
    },
    erase('account.disconnect'),
  );
};

function meView(account: Account, stored: StoredCounts): MeView {
  const tenant = parseTenantKey(account.tenantKey);
  return {
    user: {
      id: account.scope.userId,
      email: account.email,
      name: account.name,
      role: account.role,
      disabled: account.status === 'disabled',
      createdAt: isoTime(account.createdAt),
      lastActiveAt: isoTime(account.lastSeenAt),
    },
    tenant: {
      kind: tenant.kind,
      domain: tenant.kind === 'domain' ? tenant.domain : null,
      externalGuests: account.externalGuests,
      maxDriveRole: account.maxDriveRole,
      retentionDays: account.retentionDays,
    },
    preferences: { allowStatistics: account.allowStatistics },
    stored,
  };
}
