/** The thread's actions on an event card: post, remove, and page back through older messages. */
import { Callbacks } from '../actions';
import { fetchOlderMessages, postMessage } from '../backend/meetings';
import { uiContextFrom } from '../common/context';
import { readEvent } from '../google/calendar';
import { attempt } from '../backend/failure';
import { renderErrorCard, renderFailureCard } from '../ui/error-card';
import { formText, parameterOf } from '../ui/form-values';
import { notify, showCard } from '../ui/responses';
import { actOnMeeting, removeFromMeeting } from './act';
import { checkMessage, Field } from './inputs';
import { renderOlderMessagesCard } from './messages-card';
import { Param, refOf } from './params';

type EventObject = GoogleAppsScript.Addons.EventObject;
type ActionResponse = GoogleAppsScript.Card_Service.ActionResponse;

export function onPostMessage(e: EventObject): ActionResponse {
  const { t } = uiContextFrom(e);
  const body = formText(e, Field.messageBody);
  const input = checkMessage(body);
  return actOnMeeting(e, {
    callback: Callbacks.postMessage,
    input,
    keep: [
      { name: Field.messageBody, label: t('calendar.messages.new'), value: body, multiline: true },
    ],
    write: (text, meetingId, key) => postMessage(meetingId, text, key),
    done: 'calendar.done.messagePosted',
  });
}

export function onRemoveMessage(e: EventObject): ActionResponse {
  return removeFromMeeting(e, 'messages');
}

/**
 * One call for one earlier page: pushed over the event card the first time, then each
 * further page replaces it, so the back arrow always returns to the event.
 */
export function onShowOlderMessages(e: EventObject): ActionResponse {
  const ui = uiContextFrom(e);
  const ref = refOf(e);
  const meetingId = ref?.meetingId;
  const before = parameterOf(e, Param.before);
  if (!ref || !meetingId || !before) return notify(ui.t('error.notFound'));
  const placement = parameterOf(e, Param.stacked) === 'true' ? 'update' : 'push';
  // The Retry replaces the error card where it stands.
  const retry = {
    functionName: Callbacks.showOlderMessages,
    parameters: { ...e.commonEventObject?.parameters, [Param.stacked]: 'true' },
  };
  const page = attempt(() => fetchOlderMessages(meetingId, before));
  if (!page.ok) return showCard(renderFailureCard(ui, page.failure, retry), placement);
  let eventTitle: string;
  try {
    eventTitle = readEvent(ref.calendarId, ref.eventId).title;
  } catch {
    return showCard(renderErrorCard(ui, ui.t('error.calendarRead'), retry), placement);
  }
  const { messages, nextBefore } = page.value;
  const card = renderOlderMessagesCard(ui, { ref, meetingId, eventTitle, messages, nextBefore });
  return showCard(card, placement);
}
