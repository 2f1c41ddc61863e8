/** ScriptApp.getIdentityToken: an OpenID Connect ID token for the signed-in user. */
import type { ServiceContext } from './context';
import { guarded, type Fake } from './not-implemented';
import type { WorldUser } from './world';

type ScriptAppApi = GoogleAppsScript.Script.ScriptApp;

export interface IdTokenSigner {
  signIdToken(user: WorldUser): string;
}

export function createScriptApp(
  context: ServiceContext,
  signer: IdTokenSigner | undefined,
): ScriptAppApi {
  const { raise, user } = context;
  const scriptApp: Fake<ScriptAppApi> = {
    getIdentityToken: () => {
      if (!signer) {
        throw raise(
          'ScriptApp.getIdentityToken needs an identity issuer: pass `identity` to createSandbox.',
        );
      }
      return signer.signIdToken(user);
    },
  };
  return guarded<ScriptAppApi>('ScriptApp', scriptApp, raise);
}
