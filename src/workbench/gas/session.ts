/** Session: who is running the add-on. In an add-on the active and effective user are the same. */
import { createHash } from 'node:crypto';
import type { ServiceContext } from './context';
import { guarded, type Fake } from './not-implemented';

type SessionApi = GoogleAppsScript.Base.Session;
type UserApi = GoogleAppsScript.Base.User;

export function createSession(context: ServiceContext, scriptTimeZone: string): SessionApi {
  const { raise, user } = context;
  const activeUser = (): UserApi => guarded<UserApi>('User', { getEmail: () => user.email }, raise);
  const session: Fake<SessionApi> = {
    getActiveUser: activeUser,
    getEffectiveUser: activeUser,
    getActiveUserLocale: () => user.locale,
    getScriptTimeZone: () => scriptTimeZone,
    /** Stable per user and script, and not the email, as Apps Script's key is. */
    getTemporaryActiveUserKey: () =>
      createHash('sha256').update(`workbench:${user.sub}`).digest('base64url').slice(0, 43),
  };
  return guarded<SessionApi>('Session', session, raise);
}
