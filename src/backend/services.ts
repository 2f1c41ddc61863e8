/**
 * What routes and plugins reach through `app.services` and `request.account`, declared once
 * for Fastify's types.
 */
import type { BackendConfig } from './config';
import type { Store } from './store/database';
import type { StoreContext } from './store/context';
import type { Account } from './store/accounts';

export interface Services {
  config: BackendConfig;
  store: Store;
  /** The store with its keys: what repository functions take. */
  data: StoreContext;
}

declare module 'fastify' {
  interface FastifyInstance {
    services: Services;
  }
  interface FastifyRequest {
    /** Set by the authenticate hook on every /v1 request; null elsewhere. */
    account: Account | null;
  }
}
