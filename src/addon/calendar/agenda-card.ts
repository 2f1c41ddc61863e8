/**
 * The agenda part of a linked event card: items in order with their durations, checked off,
 * moved up and down, removed, and added; the total set against the event's length.
 */
import type { AgendaItem } from '../../shared/contract';
import { Callbacks } from '../actions';
import { actionOf, buttonSet, textButton } from '../ui/actions';
import { escapeHtml, muted, struck, warning } from '../ui/text';
import type { MeetingSectionContext } from './card-model';
import { Field } from './inputs';
import { Param, refParams } from './params';

type Section = GoogleAppsScript.Card_Service.CardSection;

/** The event's length in minutes; null for all-day events, where a total means little. */
function eventMinutes({ event }: MeetingSectionContext): number | null {
  if (event.allDay || !event.start || !event.end) return null;
  return Math.round((event.end.getTime() - event.start.getTime()) / 60_000);
}

function totalLine(context: MeetingSectionContext): string | null {
  const { ui, view } = context;
  const total = view.agenda.reduce((sum, item) => sum + (item.durationMinutes ?? 0), 0);
  if (total === 0) return null;
  const length = eventMinutes(context);
  if (length === null) return muted(ui.t('calendar.agenda.total', { total }));
  if (total > length) {
    return warning(ui.t('calendar.agenda.overrun', { total, length, over: total - length }));
  }
  return muted(ui.t('calendar.agenda.totalOf', { total, length }));
}

function itemWidgets(context: MeetingSectionContext, item: AgendaItem, index: number) {
  const { ui, ref, view } = context;
  const organizes = view.access.canOrganizeAgenda || item.authoredByMe;
  const removes = view.access.canRemoveAnyContent || item.authoredByMe;
  const params = (extra: Record<string, string>) =>
    refParams(ref, { [Param.itemId]: item.id, ...extra });
  const title = escapeHtml(item.title);
  const label = [
    `${index + 1}.`,
    item.durationMinutes ? ui.t('calendar.agenda.minutes', { minutes: item.durationMinutes }) : '',
    item.done ? ui.t('calendar.agenda.done') : '',
  ].filter(Boolean);
  const text = CardService.newDecoratedText()
    .setTopLabel(label.join(' · '))
    .setText(item.done ? struck(title) : title)
    .setWrapText(true);
  if (organizes) {
    text.setSwitchControl(
      CardService.newSwitch()
        .setControlType(CardService.SwitchControlType.CHECK_BOX)
        .setFieldName(`done-${item.id}`)
        .setValue('done')
        .setSelected(item.done)
        .setOnChangeAction(
          actionOf(Callbacks.toggleAgendaItem, params({ [Param.done]: String(!item.done) })),
        ),
    );
  }
  const buttons = [];
  const move = (position: number, label: string) =>
    textButton(
      label,
      actionOf(Callbacks.moveAgendaItem, params({ [Param.position]: String(position) })),
    );
  if (organizes && index > 0) buttons.push(move(index - 1, ui.t('calendar.agenda.up')));
  if (organizes && index < view.agenda.length - 1)
    buttons.push(move(index + 1, ui.t('calendar.agenda.down')));
  if (removes) {
    buttons.push(
      textButton(ui.t('calendar.remove'), actionOf(Callbacks.removeAgendaItem, params({}))),
    );
  }
  return buttons.length ? [text, buttonSet(...buttons)] : [text];
}

export function agendaSection(context: MeetingSectionContext): Section {
  const { ui, ref, view } = context;
  const section = CardService.newCardSection().setHeader(ui.t('calendar.agenda.title'));
  const total = totalLine(context);
  if (total) section.addWidget(CardService.newTextParagraph().setText(total));
  if (view.agenda.length === 0) {
    section.addWidget(CardService.newTextParagraph().setText(muted(ui.t('calendar.agenda.empty'))));
  }
  const items = [...view.agenda].sort((a, b) => a.position - b.position);
  items.forEach((item, index) =>
    itemWidgets(context, item, index).forEach((w) => section.addWidget(w)),
  );
  return section
    .addWidget(
      CardService.newTextInput()
        .setFieldName(Field.agendaTitle)
        .setTitle(ui.t('calendar.agenda.new')),
    )
    .addWidget(
      CardService.newTextInput()
        .setFieldName(Field.agendaMinutes)
        .setTitle(ui.t('calendar.agenda.newMinutes')),
    )
    .addWidget(
      buttonSet(
        textButton(ui.t('calendar.agenda.add'), actionOf(Callbacks.addAgendaItem, refParams(ref))),
      ),
    );
}
