/**
 * The Calendar homepage: the user's next seven days, day by day, each event marked when it
 * has a Mingwork meeting, and "this week" in numbers unless the user objects to statistics.
 */
import { Callbacks } from '../actions';
import type { UiContext } from '../common/context';
import { actionOf } from '../ui/actions';
import { cardWithHeader } from '../ui/cards';
import { problemSection } from '../ui/error-card';
import { formatDate, formatDay, formatTime } from '../ui/format';
import { escapeHtml, muted, struck } from '../ui/text';
import type { HomepageEntry, HomepageModel } from './card-model';
import { refParams } from './params';
import type { WeekStats } from './week-stats';

type Card = GoogleAppsScript.Card_Service.Card;
type Section = GoogleAppsScript.Card_Service.CardSection;

const paragraph = (html: string) => CardService.newTextParagraph().setText(html);

function statsSection(ui: UiContext, { meetings, minutes }: WeekStats) {
  const hours = Math.round((minutes / 60) * 10) / 10;
  return CardService.newCardSection()
    .setHeader(ui.t('calendar.stats.title'))
    .addWidget(paragraph(ui.t('calendar.stats.summary', { meetings, hours })))
    .addWidget(paragraph(muted(ui.t('calendar.stats.inPlace'))));
}

/** All-day events belong to their date; timed ones to the day they start in the user's zone. */
function dayOf(ui: UiContext, { event }: HomepageEntry): string {
  if (!event.start) return '';
  return event.allDay ? formatDay(ui, event.start) : formatDate(ui, event.start);
}

function entryWidget(ui: UiContext, entry: HomepageEntry) {
  const { event, meeting } = entry;
  const declined = event.guests.some((guest) => guest.self && guest.response === 'declined');
  const title = escapeHtml(event.title || ui.t('calendar.event.untitled'));
  const when =
    event.allDay || !event.start
      ? ui.t('calendar.homepage.allDay')
      : `${formatTime(ui, event.start)}–${event.end ? formatTime(ui, event.end) : ''}`;
  const notes = [
    meeting &&
      ui.t(
        meeting.scope === 'organizer'
          ? 'calendar.homepage.linked'
          : 'calendar.homepage.linkedTenant',
      ),
    declined && ui.t('calendar.homepage.declined'),
  ].filter((note): note is string => Boolean(note));
  const widget = CardService.newDecoratedText()
    .setTopLabel(when)
    .setText(declined ? struck(title) : title)
    .setWrapText(true)
    .setOnClickAction(
      actionOf(
        Callbacks.openEvent,
        refParams({ eventId: event.id, calendarId: event.calendarId, meetingId: null }),
      ),
    );
  if (notes.length) widget.setBottomLabel(notes.join(' · '));
  return widget;
}

function daySections(ui: UiContext, entries: HomepageEntry[]): Section[] {
  const days = new Map<string, Section>();
  for (const entry of entries) {
    const day = dayOf(ui, entry);
    let section = days.get(day);
    if (!section) {
      section = CardService.newCardSection().setHeader(escapeHtml(day));
      days.set(day, section);
    }
    section.addWidget(entryWidget(ui, entry));
  }
  return [...days.values()];
}

export function renderHomepageCard(ui: UiContext, model: HomepageModel): Card {
  const card = cardWithHeader(ui.t('calendar.homepage.title'), ui.t('calendar.homepage.subtitle'));
  if (model.stats === 'off') {
    // The privacy centre promises it: while the user objects, the week says so.
    card.addSection(
      CardService.newCardSection().addWidget(paragraph(muted(ui.t('calendar.stats.off')))),
    );
  } else if (model.stats) {
    card.addSection(statsSection(ui, model.stats));
  }
  if (model.problem) card.addSection(problemSection(ui, model.problem));
  if (model.entries.length === 0) {
    card.addSection(
      CardService.newCardSection().addWidget(paragraph(ui.t('calendar.homepage.empty'))),
    );
  }
  for (const section of daySections(ui, model.entries)) card.addSection(section);
  if (model.omitted > 0) {
    card.addSection(
      CardService.newCardSection().addWidget(
        paragraph(muted(ui.t('calendar.homepage.omitted', { count: model.omitted }))),
      ),
    );
  }
  return card.build();
}
