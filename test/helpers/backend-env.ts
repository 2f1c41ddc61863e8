/** Environment for a backend process under test: its own SQLite file and fresh keys. */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { tempDir } from './temp-dir';

const key = () => randomBytes(32).toString('base64');

export function isolatedBackendEnv(name: string): Record<string, string> {
  return {
    MINGWORK_DB_URL: `sqlite:${path.join(tempDir(name), 'mingwork.db')}`,
    MINGWORK_DATA_KEYS: `${name}:${key()}`,
    MINGWORK_INDEX_KEY: key(),
  };
}

/** What a backend process needs to trust a local issuer's tokens, on a database of its own. */
export function trustingBackendEnv(
  name: string,
  issuer: { issuer: string; jwksUrl: string; audience: string },
): Record<string, string> {
  return {
    MINGWORK_OIDC_ISSUERS: issuer.issuer,
    MINGWORK_OIDC_AUDIENCES: issuer.audience,
    MINGWORK_OIDC_JWKS_URL: issuer.jwksUrl,
    ...isolatedBackendEnv(name),
  };
}
