/** The caller's own account, as the add-on's account card shows it. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { MeView } from '../../shared/contract';
import { parseTenantKey } from '../auth/tenant';
import { accountOf } from '../plugins/authenticate';
import type { Account } from '../store/accounts';
import { isoTime } from '../views/meeting-view';
import { responses, signedIn } from './schemas';

export const meRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/me',
    {
      schema: {
        summary: "The caller's account and tenant",
        security: signedIn,
        response: responses({ 200: MeView }),
      },
    },
    async (request) => meView(accountOf(request)),
  );
};

function meView(account: Account): MeView {
  const tenant = parseTenantKey(account.tenantKey);
  return {
    user: {
      id: account.scope.userId,
      email: account.email,
      name: account.name,
      role: account.role,
      createdAt: isoTime(account.createdAt),
    },
    tenant: {
      kind: tenant.kind,
      domain: tenant.kind === 'domain' ? tenant.domain : null,
      externalGuests: account.externalGuests,
    },
    preferences: { allowStatistics: account.allowStatistics },
  };
}
