/**
 * Every render of an event card goes this way: the event read in place with Calendar, then
 * ONE backend call for the meeting it shows (plus, for its owner, the guest digests when the
 * guest list changed since they were last sent), then the card built from both.
 */
import { Callbacks } from '../actions';
import { BackendError } from '../backend/client';
import { attempt } from '../backend/failure';
import { fetchEventMeeting, syncGuests, type EventRef } from '../backend/meetings';
import type { UiContext } from '../common/context';
import { readEvent, type CalendarEvent, type HostEventPart } from '../google/calendar';
import { eventGuestDigests, eventOrganizerDigests } from '../google/guests';
import type { MeetingView } from '../../shared/contract';
import { problemOf, renderErrorCard, renderFailureCard } from '../ui/error-card';
import { renderEventCard, renderFreeBusyCard, renderSeriesCard } from './event-card';
import { refParams, type CardRef } from './params';

type Card = GoogleAppsScript.Card_Service.Card;

export interface ShowOptions {
  /** The `calendar` part of the event object, when the host has the event open. */
  host?: HostEventPart;
  editingNoteId?: string;
}

export function eventRefOf(event: CalendarEvent): EventRef {
  return { eventId: event.id, organizer: eventOrganizerDigests(event) };
}

/**
 * The owner's calendar is the source of truth for who is invited. A guest list the owner
 * cannot see (hidden by another organizer) is never sent: it would shrink to the owner.
 */
function keepGuestsCurrent(event: CalendarEvent, view: MeetingView | null): void {
  if (!view?.meeting.ownedByMe || event.access !== 'full' || event.guestListHidden) return;
  try {
    syncGuests(view.meeting.id, eventGuestDigests(event));
  } catch (error) {
    // The card still shows; the next render sends the digests again.
    if (!(error instanceof BackendError)) throw error;
  }
}

/** The card of an event read in place. */
function eventCard(ui: UiContext, ref: CardRef, event: CalendarEvent, options: ShowOptions): Card {
  if (event.access === 'freeBusy') return renderFreeBusyCard(ui, event);
  if (event.isSeries) return renderSeriesCard(ui, event);
  const fetched = attempt(() => fetchEventMeeting(eventRefOf(event), ref.meetingId ?? undefined));
  if (!fetched.ok) {
    const { failure } = fetched;
    if (failure.kind === 'disabled') return renderFailureCard(ui, failure);
    // Unreachable, failing, or not configured: Calendar's part still shows, with a Retry.
    const retry = { functionName: Callbacks.showMeeting, parameters: refParams(ref) };
    return renderEventCard(ui, { ref, event, view: null, problem: problemOf(ui, failure, retry) });
  }
  const view = fetched.value;
  keepGuestsCurrent(event, view);
  return renderEventCard(ui, { ref, event, view, editingNoteId: options.editingNoteId });
}

/** The event's card, or, when Calendar cannot read the event, an error card with Retry. */
export function showEvent(ui: UiContext, ref: CardRef, options: ShowOptions = {}): Card {
  let event: CalendarEvent;
  try {
    event = readEvent(ref.calendarId, ref.eventId, options.host);
  } catch {
    // Quota, a calendar or event no longer shared with the user: the sidebar must not fail.
    return renderErrorCard(ui, ui.t('error.calendarRead'), {
      functionName: Callbacks.showMeeting,
      parameters: refParams(ref),
    });
  }
  return eventCard(ui, ref, event, options);
}

/** The card of a meeting the user just started, from the start's own answer: no second call. */
export function showStartedMeeting(
  ui: UiContext,
  ref: CardRef,
  event: CalendarEvent,
  view: MeetingView,
): Card {
  return renderEventCard(ui, { ref: { ...ref, meetingId: view.meeting.id }, event, view });
}
