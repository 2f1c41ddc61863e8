import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { startLocalIssuer, type LocalIssuer } from '../../src/workbench/identity';
import { testContext } from '../helpers/workbench/context';

const AUDIENCE = '1234567890-mingwork.apps.googleusercontent.com';
let issuer: LocalIssuer;

beforeAll(async () => {
  issuer = await startLocalIssuer({ audience: AUDIENCE });
});

afterAll(() => issuer.close());

describe('local OIDC issuer', () => {
  const { world } = testContext();

  test('its tokens verify with jose against its JWKS URL and carry Google’s claims', async () => {
    const alice = world.user('alice@acme.example');
    const token = issuer.signIdToken(alice);
    const { payload, protectedHeader } = await jwtVerify(
      token,
      createRemoteJWKSet(new URL(issuer.jwksUrl)),
      {
        issuer: issuer.issuer,
        audience: AUDIENCE,
        algorithms: ['RS256'],
      },
    );
    expect(protectedHeader.alg).toBe('RS256');
    expect(payload).toMatchObject({
      sub: alice.sub,
      email: 'alice@acme.example',
      email_verified: true,
      hd: 'acme.example',
      name: 'Alice Martin',
    });
    expect(payload.exp! - payload.iat!).toBe(3600);
  });

  test('the discovery document points at the key set', async () => {
    const response = await fetch(`${issuer.issuer}/.well-known/openid-configuration`);
    const discovery = (await response.json()) as { issuer: string; jwks_uri: string };
    expect(discovery).toMatchObject({ issuer: issuer.issuer, jwks_uri: issuer.jwksUrl });
    const token = issuer.signIdToken(world.user('bob@acme.example'));
    const { keys } = (await (await fetch(discovery.jwks_uri)).json()) as {
      keys: { kid: string }[];
    };
    expect(keys.map((key) => key.kid)).toContain(decodeProtectedHeader(token).kid);
  });

  test('a token for another audience, or an expired one, does not verify', async () => {
    const keys = createRemoteJWKSet(new URL(issuer.jwksUrl));
    const carol = world.user('carol@globex.example');
    const foreign = issuer.signIdToken(carol, { aud: 'someone-else' });
    await expect(
      jwtVerify(foreign, keys, { issuer: issuer.issuer, audience: AUDIENCE }),
    ).rejects.toThrow(/aud/);
    const expired = issuer.signIdToken(carol, { iat: 1_000_000, exp: 1_003_600 });
    await expect(
      jwtVerify(expired, keys, { issuer: issuer.issuer, audience: AUDIENCE }),
    ).rejects.toThrow(/exp/);
  });
});
