/**
 * The event card, built from plain data: the event as Calendar shows it to the user, then its
 * Mingwork meeting (whose it is, agenda, notes, messages, files) or a way to start one, then
 * its guests. Events the sidebar cannot attach a meeting to get a card that says why.
 */
import { MAX_GUEST_DIGESTS } from '../../shared/limits';
import type { MeetingOwner, OtherMeeting } from '../../shared/contract';
import { Callbacks } from '../actions';
import type { UiContext } from '../common/context';
import type { CalendarEvent } from '../google/calendar';
import { actionOf, buttonSet, textButton } from '../ui/actions';
import { cardWithHeader, fact, messageCard } from '../ui/cards';
import { problemSection } from '../ui/error-card';
import { formatEventTime } from '../ui/format';
import { escapeHtml, muted, warning } from '../ui/text';
import { agendaSection } from './agenda-card';
import type { EventCardModel, MeetingSectionContext } from './card-model';
import { filesSection } from './files-card';
import { guestsSection } from './guests-card';
import { messagesSection } from './messages-card';
import { notesSection } from './notes-card';
import { refParams, type CardRef } from './params';

type Card = GoogleAppsScript.Card_Service.Card;
type Section = GoogleAppsScript.Card_Service.CardSection;

const paragraph = (html: string) => CardService.newTextParagraph().setText(html);

function when(ui: UiContext, event: CalendarEvent): string {
  return event.start ? formatEventTime(ui, event.start, event.end, event.allDay) : '';
}

function detailsSection(ui: UiContext, event: CalendarEvent): Section {
  const section = CardService.newCardSection();
  if (event.access === 'cancelled') {
    section.addWidget(paragraph(warning(ui.t('calendar.event.cancelled'))));
  }
  if (event.start)
    section.addWidget(fact(ui.t('calendar.event.when'), escapeHtml(when(ui, event))));
  if (event.seriesId) section.addWidget(paragraph(muted(ui.t('calendar.event.occurrence'))));
  if (event.location) {
    section.addWidget(fact(ui.t('calendar.event.where'), escapeHtml(event.location)));
  }
  if (event.organizer) {
    const { name, email } = event.organizer;
    section.addWidget(fact(ui.t('calendar.event.organizer'), escapeHtml(name ?? email)));
  }
  if (event.guests.some((guest) => guest.self && guest.response === 'declined')) {
    section.addWidget(paragraph(muted(ui.t('calendar.event.youDeclined'))));
  }
  return section;
}

/** "Alice Martin (acme.example)": who started a meeting, from their own Google account. */
function ownerName(ui: UiContext, owner: MeetingOwner): string {
  const name = owner.name ?? ui.t('calendar.meeting.someone');
  return escapeHtml(owner.domain ? `${name} (${owner.domain})` : name);
}

function switchButton(ui: UiContext, ref: CardRef, other: OtherMeeting) {
  const label = ui.t(
    other.scope === 'organizer'
      ? 'calendar.meeting.switchToOrganizers'
      : 'calendar.meeting.switchToTenants',
    { owner: other.owner.name ?? ui.t('calendar.meeting.someone') },
  );
  return buttonSet(
    textButton(label, actionOf(Callbacks.showMeeting, refParams({ ...ref, meetingId: other.id }))),
  );
}

/** Whose meeting this is, so that a guest always knows, and the switch to the other one. */
function meetingSection({ ui, ref, view }: MeetingSectionContext): Section {
  const { meeting, otherMeeting } = view;
  let whose: string;
  if (meeting.ownedByMe) {
    whose = ui.t(
      meeting.scope === 'organizer'
        ? 'calendar.meeting.yoursAsOrganizer'
        : 'calendar.meeting.yours',
    );
  } else {
    const owner = ownerName(ui, meeting.owner);
    whose = ui.t(
      meeting.scope === 'organizer' ? 'calendar.meeting.organizers' : 'calendar.meeting.tenants',
      { owner },
    );
  }
  const section = CardService.newCardSection().addWidget(paragraph(whose));
  if (otherMeeting) section.addWidget(switchButton(ui, ref, otherMeeting));
  return section;
}

function startSection(ui: UiContext, ref: CardRef, event: CalendarEvent): Section {
  const section = CardService.newCardSection();
  if (event.access === 'cancelled')
    return section.addWidget(paragraph(ui.t('calendar.start.cancelled')));
  section.addWidget(paragraph(ui.t('calendar.start.body')));
  if (event.guestListHidden)
    section.addWidget(paragraph(warning(ui.t('calendar.start.guestsHidden'))));
  const people = event.guests.filter((guest) => !guest.resource).length;
  if (people > MAX_GUEST_DIGESTS) {
    section.addWidget(
      paragraph(warning(ui.t('calendar.start.tooManyGuests', { max: MAX_GUEST_DIGESTS }))),
    );
  }
  return section.addWidget(
    buttonSet(
      textButton(
        ui.t('calendar.start.button'),
        actionOf(Callbacks.startMeeting, refParams(ref)),
        true,
      ),
    ),
  );
}

export function renderEventCard(ui: UiContext, model: EventCardModel): Card {
  const { event, view, ref } = model;
  const title = event.title || ui.t('calendar.event.untitled');
  const card = cardWithHeader(title, when(ui, event)).addSection(detailsSection(ui, event));
  if (model.problem) {
    card.addSection(problemSection(ui, model.problem));
  } else if (!view) {
    card.addSection(startSection(ui, ref, event));
  } else {
    const context: MeetingSectionContext = {
      ui,
      ref: { ...ref, meetingId: view.meeting.id },
      event,
      view,
    };
    card
      .addSection(meetingSection(context))
      .addSection(agendaSection(context))
      .addSection(notesSection(context, model.editingNoteId))
      .addSection(messagesSection(context))
      .addSection(filesSection(context));
  }
  if (event.access === 'full') card.addSection(guestsSection(ui, event));
  return card.build();
}

/** An event being created has no id until it is saved. */
export function renderUnsavedEventCard(ui: UiContext): Card {
  return messageCard(ui.t('calendar.event.title'), ui.t('calendar.event.unsaved'));
}

/** On a calendar shared as free/busy the user knows when, and Mingwork knows nothing more. */
export function renderFreeBusyCard(ui: UiContext, event: CalendarEvent): Card {
  return cardWithHeader(ui.t('calendar.event.busy'), when(ui, event))
    .addSection(CardService.newCardSection().addWidget(paragraph(ui.t('calendar.event.freeBusy'))))
    .build();
}

/** Meetings belong to occurrences: a whole series has none of its own. */
export function renderSeriesCard(ui: UiContext, event: CalendarEvent): Card {
  return cardWithHeader(event.title || ui.t('calendar.event.untitled'))
    .addSection(CardService.newCardSection().addWidget(paragraph(ui.t('calendar.event.series'))))
    .build();
}
