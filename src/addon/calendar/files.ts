/** The files' actions on an event card: add a Drive link, add the event's attachments, remove. */
import { Callbacks } from '../actions';
import { addFile, addFiles } from '../backend/meetings';
import { uiContextFrom } from '../common/context';
import { formText, parameterOf } from '../ui/form-values';
import { actOnMeeting, NO_INPUT, removeFromMeeting } from './act';
import { checkDriveUrl, Field } from './inputs';
import { Param } from './params';

type EventObject = GoogleAppsScript.Addons.EventObject;
type ActionResponse = GoogleAppsScript.Card_Service.ActionResponse;

export function onAddFile(e: EventObject): ActionResponse {
  const { t } = uiContextFrom(e);
  const url = formText(e, Field.fileUrl);
  const input = checkDriveUrl(url);
  return actOnMeeting(e, {
    callback: Callbacks.addFile,
    input,
    keep: [{ name: Field.fileUrl, label: t('calendar.files.new'), value: url }],
    write: (link, meetingId, key) => addFile(meetingId, link, key),
    done: 'calendar.done.fileAdded',
  });
}

/**
 * The attachments the card listed as missing, all in one parallel round of writes. Calendar's
 * attachment links are Drive links, so they go through the same check as a typed one.
 */
export function onAddEventAttachments(e: EventObject): ActionResponse {
  const urls = (parameterOf(e, Param.urls) ?? '')
    .split('\n')
    .filter((url) => checkDriveUrl(url).ok);
  return actOnMeeting(e, {
    callback: Callbacks.addEventAttachments,
    input: NO_INPUT,
    write: (_input, meetingId, key) => addFiles(meetingId, urls, key),
    done: 'calendar.done.attachmentsAdded',
  });
}

export function onRemoveFile(e: EventObject): ActionResponse {
  return removeFromMeeting(e, 'files');
}
