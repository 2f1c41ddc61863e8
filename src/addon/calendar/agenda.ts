/** The agenda's actions on an event card: add, check off, move, remove. */
import { Callbacks } from '../actions';
import { addAgendaItem, updateAgendaItem } from '../backend/meetings';
import { uiContextFrom } from '../common/context';
import { formText, parameterOf } from '../ui/form-values';
import { actOnMeeting, NO_INPUT, removeFromMeeting } from './act';
import { checkAgendaEntry, Field } from './inputs';
import { Param } from './params';

type EventObject = GoogleAppsScript.Addons.EventObject;
type ActionResponse = GoogleAppsScript.Card_Service.ActionResponse;

export function onAddAgendaItem(e: EventObject): ActionResponse {
  const { t } = uiContextFrom(e);
  const title = formText(e, Field.agendaTitle);
  const minutes = formText(e, Field.agendaMinutes);
  const input = checkAgendaEntry(title, minutes);
  return actOnMeeting(e, {
    callback: Callbacks.addAgendaItem,
    input,
    keep: [
      { name: Field.agendaTitle, label: t('calendar.agenda.new'), value: title },
      { name: Field.agendaMinutes, label: t('calendar.agenda.newMinutes'), value: minutes },
    ],
    write: (entry, meetingId, key) => addAgendaItem(meetingId, entry, key),
    done: 'calendar.done.agendaAdded',
  });
}

export function onToggleAgendaItem(e: EventObject): ActionResponse {
  const done = parameterOf(e, Param.done) === 'true';
  return actOnMeeting(e, {
    callback: Callbacks.toggleAgendaItem,
    input: NO_INPUT,
    write: (_input, _meetingId, key) =>
      updateAgendaItem(parameterOf(e, Param.itemId) ?? '', { done }, key),
    done: done ? 'calendar.done.agendaChecked' : 'calendar.done.agendaUnchecked',
  });
}

export function onMoveAgendaItem(e: EventObject): ActionResponse {
  const position = Number(parameterOf(e, Param.position));
  return actOnMeeting(e, {
    callback: Callbacks.moveAgendaItem,
    input: NO_INPUT,
    write: (_input, _meetingId, key) =>
      updateAgendaItem(parameterOf(e, Param.itemId) ?? '', { position }, key),
    done: 'calendar.done.agendaMoved',
  });
}

export function onRemoveAgendaItem(e: EventObject): ActionResponse {
  return removeFromMeeting(e, 'agenda');
}
