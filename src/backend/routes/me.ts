/** The caller's own account, as the add-on's account card shows it. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { MeView } from '../../shared/contract';
import { accountOf } from '../plugins/authenticate';
import type { Account } from '../store/accounts';
import { isoTime } from '../views/meeting-view';
import { responses, signedIn } from './schemas';

const DOMAIN_PREFIX = 'domain:';

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
  const domain = account.tenantKey.startsWith(DOMAIN_PREFIX)
    ? account.tenantKey.slice(DOMAIN_PREFIX.length)
    : null;
  return {
    user: {
      id: account.scope.userId,
      email: account.email,
      name: account.name,
      role: account.role,
      createdAt: isoTime(account.createdAt),
    },
    tenant: {
      kind: domain === null ? 'personal' : 'domain',
      domain,
      externalGuests: account.externalGuests,
    },
    preferences: { allowStatistics: account.allowStatistics },
  };
}
