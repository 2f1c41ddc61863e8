/** The Account universal action: who the user is to Mingwork, read from GET /v1/me. */
import { fetchMe } from '../backend/account';
import { attempt } from '../backend/failure';
import { activeUserEmail } from '../google/session';
import { showCard, universalCards } from '../ui/responses';
import { renderAccountCard, type AccountCardData } from './account-card';
import { uiContextFrom } from './context';

type EventObject = GoogleAppsScript.Addons.EventObject;

function accountCard(e: EventObject) {
  const me = attempt(fetchMe);
  // The service did not answer: the card still says who the add-on runs as, read in place.
  const data: AccountCardData = me.ok
    ? { me: me.value }
    : { me: null, signedInAs: activeUserEmail(), failure: me.failure };
  return renderAccountCard(uiContextFrom(e), data);
}

export function onAccountAction(e: EventObject) {
  return universalCards(accountCard(e));
}

/** Retry on the Account card, and "use Mingwork again" after leaving. */
export function onAccountRefresh(e: EventObject) {
  return showCard(accountCard(e), 'update');
}
