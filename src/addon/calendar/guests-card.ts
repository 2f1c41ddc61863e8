/**
 * The guests of an event with their RSVP, as Calendar lists them to this user (read in place,
 * never sent). Whether a guest ever opened Mingwork is not shown: nobody knows it, nor may.
 */
import type { UiContext } from '../common/context';
import type { CalendarEvent, EventGuest } from '../google/calendar';
import type { MessageKey } from '../i18n';
import { escapeHtml, muted } from '../ui/text';

type Section = GoogleAppsScript.Card_Service.CardSection;

/** A side panel is narrow: past this many, the rest is counted, not listed. */
export const GUESTS_LISTED = 20;

const RESPONSE_KEYS: Record<EventGuest['response'], MessageKey> = {
  accepted: 'calendar.guests.accepted',
  declined: 'calendar.guests.declined',
  tentative: 'calendar.guests.tentative',
  needsAction: 'calendar.guests.needsAction',
};

function guestWidget(ui: UiContext, guest: EventGuest) {
  const labels = [ui.t(RESPONSE_KEYS[guest.response])];
  if (guest.organizer) labels.push(ui.t('calendar.guests.organizer'));
  if (guest.optional) labels.push(ui.t('calendar.guests.optional'));
  return CardService.newDecoratedText()
    .setText(escapeHtml(guest.name ?? guest.email))
    .setBottomLabel(labels.join(' · '));
}

export function guestsSection(ui: UiContext, event: CalendarEvent): Section {
  const people = event.guests.filter((guest) => !guest.resource);
  const rooms = event.guests.filter((guest) => guest.resource);
  const section = CardService.newCardSection().setHeader(
    ui.t('calendar.guests.title', { count: people.length }),
  );
  if (event.guestListHidden) {
    section.addWidget(
      CardService.newTextParagraph().setText(muted(ui.t('calendar.guests.hidden'))),
    );
  }
  for (const guest of people.slice(0, GUESTS_LISTED)) section.addWidget(guestWidget(ui, guest));
  if (people.length > GUESTS_LISTED) {
    section.addWidget(
      CardService.newTextParagraph().setText(
        muted(ui.t('calendar.guests.more', { count: people.length - GUESTS_LISTED })),
      ),
    );
  }
  if (rooms.length > 0) {
    const names = rooms.map((room) => escapeHtml(room.name ?? room.email)).join(', ');
    section.addWidget(
      CardService.newDecoratedText()
        .setTopLabel(ui.t('calendar.guests.rooms'))
        .setText(names)
        .setWrapText(true),
    );
  }
  return section;
}
