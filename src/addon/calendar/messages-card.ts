/**
 * The message thread of a linked event card, latest first, and the card of earlier pages
 * that "Older messages" pushes on top of it.
 */
import type { Message } from '../../shared/contract';
import { Callbacks } from '../actions';
import type { UiContext } from '../common/context';
import { actionOf, buttonSet, textButton } from '../ui/actions';
import { cardWithHeader } from '../ui/cards';
import { formatDateTime } from '../ui/format';
import { escapeHtml, muted } from '../ui/text';
import type { MeetingSectionContext } from './card-model';
import { Field } from './inputs';
import { Param, refParams, type CardRef } from './params';

type Section = GoogleAppsScript.Card_Service.CardSection;
type Widget = GoogleAppsScript.Card_Service.Widget;

function author(ui: UiContext, message: Message): string {
  if (message.authoredByMe) return ui.t('calendar.messages.you');
  return message.authorName ?? ui.t('calendar.messages.formerMember');
}

function messageWidget(
  ui: UiContext,
  message: Message,
  remove?: GoogleAppsScript.Card_Service.Action,
): Widget {
  const widget = CardService.newDecoratedText()
    .setTopLabel(
      `${escapeHtml(author(ui, message))} · ${formatDateTime(ui, new Date(message.createdAt))}`,
    )
    .setText(escapeHtml(message.body))
    .setWrapText(true);
  return remove ? widget.setButton(textButton(ui.t('calendar.remove'), remove)) : widget;
}

/** A side panel shows the latest few; "Older messages" pages back through the rest. */
export const MESSAGES_SHOWN = 10;

/** The page is oldest first, as the API sends it; people read a thread newest first. */
function latestFirst(messages: Message[]): Message[] {
  return [...messages].reverse();
}

function olderButton(
  ui: UiContext,
  ref: CardRef,
  meetingId: string,
  before: string,
  stacked: boolean,
) {
  const params = refParams({ ...ref, meetingId }, { [Param.before]: before });
  if (stacked) params[Param.stacked] = 'true';
  return buttonSet(
    textButton(ui.t('calendar.messages.older'), actionOf(Callbacks.showOlderMessages, params)),
  );
}

export function messagesSection(context: MeetingSectionContext): Section {
  const { ui, ref, view } = context;
  const section = CardService.newCardSection()
    .setHeader(ui.t('calendar.messages.title'))
    .addWidget(
      CardService.newTextInput()
        .setFieldName(Field.messageBody)
        .setTitle(ui.t('calendar.messages.new'))
        .setMultiline(true),
    )
    .addWidget(
      buttonSet(
        textButton(ui.t('calendar.messages.post'), actionOf(Callbacks.postMessage, refParams(ref))),
      ),
    );
  const shown = latestFirst(view.messages).slice(0, MESSAGES_SHOWN);
  if (view.messages.length === 0) {
    section.addWidget(
      CardService.newTextParagraph().setText(muted(ui.t('calendar.messages.empty'))),
    );
  }
  for (const message of shown) {
    const removable = message.authoredByMe || view.access.canRemoveAnyContent;
    const remove = removable
      ? actionOf(Callbacks.removeMessage, refParams(ref, { [Param.itemId]: message.id }))
      : undefined;
    section.addWidget(messageWidget(ui, message, remove));
  }
  // Older than the oldest shown: the rest of this page first, then the pages before it.
  const before =
    view.messages.length > shown.length ? shown[shown.length - 1]!.id : view.messagesNextBefore;
  if (before) section.addWidget(olderButton(ui, ref, view.meeting.id, before, false));
  return section;
}

export interface OlderMessagesModel {
  ref: CardRef;
  meetingId: string;
  eventTitle: string;
  messages: Message[];
  nextBefore: string | null;
}

/** One earlier page of the thread, with a button for the page before it. */
export function renderOlderMessagesCard(
  ui: UiContext,
  model: OlderMessagesModel,
): GoogleAppsScript.Card_Service.Card {
  const section = CardService.newCardSection();
  for (const message of latestFirst(model.messages)) section.addWidget(messageWidget(ui, message));
  if (model.messages.length === 0) {
    section.addWidget(
      CardService.newTextParagraph().setText(muted(ui.t('calendar.messages.noOlder'))),
    );
  }
  if (model.nextBefore) {
    section.addWidget(olderButton(ui, model.ref, model.meetingId, model.nextBefore, true));
  }
  return cardWithHeader(ui.t('calendar.messages.olderTitle'), model.eventTitle)
    .addSection(section)
    .build();
}
