/**
 * The privacy centre's trigger and callbacks: read the account from the backend, act on it
 * (export to Drive, the statistics choice, erase, disconnect), then render privacy-card.ts.
 */
import { Callbacks } from '../actions';
import { downloadExport, fetchMe, leaveMingwork, saveStatisticsChoice } from '../backend/account';
import { attempt, type Failure } from '../backend/failure';
import { saveJsonToDrive } from '../google/export-file';
import { problemOf, renderErrorCard, renderFailureCard } from '../ui/error-card';
import { formText, parameterOf } from '../ui/form-values';
import { showCard, universalCards } from '../ui/responses';
import { uiContextFrom, type UiContext } from './context';
import {
  OBJECT_TO_STATISTICS_INPUT,
  renderLeaveConfirmCard,
  renderPrivacyCard,
  renderSignedOutCard,
  type Leaving,
} from './privacy-card';

type EventObject = GoogleAppsScript.Addons.EventObject;
type Card = GoogleAppsScript.Card_Service.Card;
type ActionResponse = GoogleAppsScript.Card_Service.ActionResponse;

/** The failure card whose Retry reloads the privacy centre. */
function refreshFailure(ui: UiContext, failure: Failure): Card {
  return renderFailureCard(ui, failure, { functionName: Callbacks.privacyRefresh });
}

/**
 * The privacy centre as it is now, or the failure card with a Retry that reloads it. A
 * disabled account may still read GET /v1/me, but the backend refuses everything the centre
 * offers, so it gets the same card as everywhere else.
 */
function currentPrivacyCard(ui: UiContext): Card {
  const me = attempt(fetchMe);
  if (!me.ok) return refreshFailure(ui, me.failure);
  if (me.value.user.disabled) return renderFailureCard(ui, { kind: 'disabled' });
  return renderPrivacyCard(ui, { me: me.value });
}

export function onPrivacyAction(e: EventObject) {
  return universalCards(currentPrivacyCard(uiContextFrom(e)));
}

export function onPrivacyRefresh(e: EventObject): ActionResponse {
  return showCard(currentPrivacyCard(uiContextFrom(e)), 'update');
}

/** From the Account card. */
export function onOpenPrivacyCentre(e: EventObject): ActionResponse {
  return showCard(currentPrivacyCard(uiContextFrom(e)), 'push');
}

/** Policy §11(1): the export, saved as a JSON file in the user's own Drive. */
export function onPrivacyExport(e: EventObject): ActionResponse {
  const ui = uiContextFrom(e);
  const retry = { functionName: Callbacks.privacyExport };
  const json = attempt(downloadExport);
  if (!json.ok) return showCard(renderFailureCard(ui, json.failure, retry), 'update');
  const name = `${ui.t('privacy.export.fileName')} ${Utilities.formatDate(new Date(), ui.timeZone, 'yyyy-MM-dd HH.mm')}.json`;
  let url: string;
  try {
    url = saveJsonToDrive(name, json.value).url;
  } catch {
    // Drive can refuse (quota, a full Drive): the user can try again, nothing was lost.
    return showCard(renderErrorCard(ui, ui.t('privacy.export.driveFailed'), retry), 'update');
  }
  const me = attempt(fetchMe);
  const card = me.ok
    ? renderPrivacyCard(ui, { me: me.value, exported: { name, url } })
    : refreshFailure(ui, me.failure);
  return showCard(card, 'update', ui.t('privacy.export.done'));
}

/**
 * Policy §11(2): the switch is on while the user objects. A Retry carries the choice as a
 * parameter: the card it is on shows the stored state, not the one the user chose.
 */
export function onPrivacyStatisticsChange(e: EventObject): ActionResponse {
  const ui = uiContextFrom(e);
  const retried = parameterOf(e, OBJECT_TO_STATISTICS_INPUT);
  // The switch sends its value only while it is on.
  const objects =
    retried !== undefined ? retried === 'true' : formText(e, OBJECT_TO_STATISTICS_INPUT) !== '';
  const saved = attempt(() => saveStatisticsChoice(!objects));
  const me = attempt(fetchMe);
  if (!me.ok) return showCard(refreshFailure(ui, me.failure), 'update');
  if (!saved.ok) {
    const retry = {
      functionName: Callbacks.privacyStatistics,
      parameters: { [OBJECT_TO_STATISTICS_INPUT]: String(objects) },
    };
    const problem = problemOf(ui, saved.failure, retry);
    return showCard(renderPrivacyCard(ui, { me: me.value, problem }), 'update');
  }
  const notice = ui.t(objects ? 'privacy.statistics.savedOff' : 'privacy.statistics.savedOn');
  return showCard(renderPrivacyCard(ui, { me: me.value }), 'update', notice);
}

function leavingFrom(e: EventObject): Leaving {
  return parameterOf(e, 'how') === 'disconnect' ? 'disconnect' : 'erase';
}

/** Before erasing or disconnecting: what goes and what stays, with the user's numbers. */
export function onPrivacyConfirm(e: EventObject): ActionResponse {
  const ui = uiContextFrom(e);
  const how = leavingFrom(e);
  const me = attempt(fetchMe);
  if (!me.ok) {
    const retry = { functionName: Callbacks.privacyConfirm, parameters: { how } };
    return showCard(renderFailureCard(ui, me.failure, retry), 'push');
  }
  return showCard(renderLeaveConfirmCard(ui, how, me.value), 'push');
}

/**
 * Policy §8 and §11(3): erase or disconnect, then the signed-out state in place of the
 * privacy centre; the client has already forgotten every cached read of the old account.
 */
export function onPrivacyLeave(e: EventObject): ActionResponse {
  const ui = uiContextFrom(e);
  const how = leavingFrom(e);
  const left = attempt(() => leaveMingwork(how));
  if (!left.ok) {
    const retry = { functionName: Callbacks.privacyLeave, parameters: { how } };
    return showCard(renderFailureCard(ui, left.failure, retry), 'update');
  }
  const notice = ui.t(how === 'erase' ? 'privacy.erase.done' : 'privacy.disconnect.done');
  return showCard(renderSignedOutCard(ui, how), 'root', notice);
}
