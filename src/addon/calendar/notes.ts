/** The notes' actions on an event card: add (shared or private), save an edit, remove. */
import { Callbacks } from '../actions';
import { addNote, updateNote } from '../backend/meetings';
import { uiContextFrom } from '../common/context';
import { formText, parameterOf } from '../ui/form-values';
import { actOnMeeting, removeFromMeeting } from './act';
import { checkNote, checkVisibility, Field } from './inputs';
import { Param } from './params';

type EventObject = GoogleAppsScript.Addons.EventObject;
type ActionResponse = GoogleAppsScript.Card_Service.ActionResponse;

export function onAddNote(e: EventObject): ActionResponse {
  const { t } = uiContextFrom(e);
  const body = formText(e, Field.noteBody);
  const visibility = checkVisibility(formText(e, Field.noteVisibility));
  const input = checkNote(body);
  return actOnMeeting(e, {
    callback: Callbacks.addNote,
    input,
    keep: [
      { name: Field.noteBody, label: t('calendar.notes.new'), value: body, multiline: true },
      { name: Field.noteVisibility, label: t('calendar.notes.title'), value: visibility },
    ],
    write: (text, meetingId, key) => addNote(meetingId, { body: text, visibility }, key),
    done: visibility === 'private' ? 'calendar.done.privateNoteAdded' : 'calendar.done.noteAdded',
  });
}

export function onSaveNote(e: EventObject): ActionResponse {
  const { t } = uiContextFrom(e);
  const body = formText(e, Field.noteEdit);
  const input = checkNote(body);
  return actOnMeeting(e, {
    callback: Callbacks.saveNote,
    input,
    keep: [{ name: Field.noteEdit, label: t('calendar.notes.edit'), value: body, multiline: true }],
    write: (text, _meetingId, key) => updateNote(parameterOf(e, Param.itemId) ?? '', text, key),
    done: 'calendar.done.noteSaved',
  });
}

export function onRemoveNote(e: EventObject): ActionResponse {
  return removeFromMeeting(e, 'notes');
}
