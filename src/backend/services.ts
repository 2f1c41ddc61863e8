/**
 * What routes and plugins reach through `app.services`, `request.account` and
 * `request.idempotency`, declared once for Fastify's types (decorated in app.ts).
 */
import type { BackendConfig } from './config';
import type { HeldClaim } from './plugins/idempotency';
import type { StoreContext } from './store/context';
import type { Account } from './store/accounts';

export interface Services {
  config: BackendConfig;
  /**
   * The database with its keys: what repository functions take, and the only way routes
   * reach the database. Opening and closing it belongs to whoever opened the Store (buildApp,
   * or a test that shares one store between apps), not to routes.
   */
  data: StoreContext;
}

declare module 'fastify' {
  interface FastifyInstance {
    services: Services;
  }
  interface FastifyRequest {
    /** Set by the authenticate hook on every /v1 request; null elsewhere. */
    account: Account | null;
    /** Set by the idempotency hook on a write with an Idempotency-Key; null elsewhere. */
    idempotency: HeldClaim | null;
  }
}
