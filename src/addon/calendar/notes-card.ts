/**
 * The notes part of a linked event card: shared notes and the user's own private ones, added,
 * edited in place and deleted by their author (the owner may delete shared ones too).
 */
import type { Note } from '../../shared/contract';
import { Callbacks } from '../actions';
import { actionOf, buttonSet, textButton } from '../ui/actions';
import { formatDateTime } from '../ui/format';
import { escapeHtml, muted } from '../ui/text';
import type { MeetingSectionContext } from './card-model';
import { Field } from './inputs';
import { Param, refParams } from './params';

type Section = GoogleAppsScript.Card_Service.CardSection;
type Widget = GoogleAppsScript.Card_Service.Widget;

function noteEditor(context: MeetingSectionContext, note: Note): Widget[] {
  const { ui, ref } = context;
  return [
    CardService.newTextInput()
      .setFieldName(Field.noteEdit)
      .setTitle(ui.t('calendar.notes.edit'))
      .setMultiline(true)
      .setValue(note.body),
    buttonSet(
      textButton(
        ui.t('calendar.save'),
        actionOf(Callbacks.saveNote, refParams(ref, { [Param.itemId]: note.id })),
        true,
      ),
      textButton(ui.t('common.cancel'), actionOf(Callbacks.showMeeting, refParams(ref))),
    ),
  ];
}

function noteWidgets(context: MeetingSectionContext, note: Note): Widget[] {
  const { ui, ref, view } = context;
  const visibility = ui.t(
    note.visibility === 'private' ? 'calendar.notes.private' : 'calendar.notes.shared',
  );
  const text = CardService.newDecoratedText()
    .setTopLabel(`${visibility} · ${formatDateTime(ui, new Date(note.updatedAt))}`)
    .setText(escapeHtml(note.body))
    .setWrapText(true);
  const buttons = [];
  if (note.authoredByMe) {
    buttons.push(
      textButton(
        ui.t('calendar.edit'),
        actionOf(Callbacks.showMeeting, refParams(ref, { [Param.editNoteId]: note.id })),
      ),
    );
  }
  if (note.authoredByMe || view.access.canRemoveAnyContent) {
    buttons.push(
      textButton(
        ui.t('calendar.remove'),
        actionOf(Callbacks.removeNote, refParams(ref, { [Param.itemId]: note.id })),
      ),
    );
  }
  return buttons.length ? [text, buttonSet(...buttons)] : [text];
}

export function notesSection(context: MeetingSectionContext, editingNoteId?: string): Section {
  const { ui, ref, view } = context;
  const section = CardService.newCardSection().setHeader(ui.t('calendar.notes.title'));
  if (view.notes.length === 0) {
    section.addWidget(CardService.newTextParagraph().setText(muted(ui.t('calendar.notes.empty'))));
  }
  for (const note of view.notes) {
    const editing = note.id === editingNoteId && note.authoredByMe;
    for (const widget of editing ? noteEditor(context, note) : noteWidgets(context, note)) {
      section.addWidget(widget);
    }
  }
  return section
    .addWidget(
      CardService.newTextInput()
        .setFieldName(Field.noteBody)
        .setTitle(ui.t('calendar.notes.new'))
        .setMultiline(true),
    )
    .addWidget(
      CardService.newSelectionInput()
        .setType(CardService.SelectionInputType.RADIO_BUTTON)
        .setFieldName(Field.noteVisibility)
        .addItem(ui.t('calendar.notes.shareWithGuests'), 'shared', true)
        .addItem(ui.t('calendar.notes.keepPrivate'), 'private', false),
    )
    .addWidget(
      buttonSet(
        textButton(ui.t('calendar.notes.add'), actionOf(Callbacks.addNote, refParams(ref))),
      ),
    );
}
