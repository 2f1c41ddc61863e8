/**
 * The Calendar homepage: the week read in place, and ONE backend call (lookup) to mark which
 * events have a meeting and to learn whether the user allows statistics.
 */
import { MAX_LOOKUP_EVENT_IDS } from '../../shared/limits';
import { Callbacks } from '../actions';
import { attempt } from '../backend/failure';
import { lookupMeetings } from '../backend/meetings';
import { uiContextFrom, type UiContext } from '../common/context';
import { listEvents, type CalendarEvent } from '../google/calendar';
import { problemOf, renderErrorCard, renderFailureCard } from '../ui/error-card';
import { showCard } from '../ui/responses';
import type { HomepageModel } from './card-model';
import { renderHomepageCard } from './homepage-card';
import { eventRefOf } from './show-event';
import { weekStats } from './week-stats';

type EventObject = GoogleAppsScript.Addons.EventObject;
type Card = GoogleAppsScript.Card_Service.Card;

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** The homepage of the week; a disabled account gets the card it gets everywhere instead. */
function weekCard(ui: UiContext, events: CalendarEvent[]): Card {
  const listed = events.slice(0, MAX_LOOKUP_EVENT_IDS);
  const omitted = events.length - listed.length;
  const lookup = attempt(() => lookupMeetings(listed.map(eventRefOf)));
  if (!lookup.ok) {
    if (lookup.failure.kind === 'disabled') return renderFailureCard(ui, lookup.failure);
    // Without the backend the user's objection to statistics is unknown: respect it anyway.
    const retry = { functionName: Callbacks.refreshHomepage };
    const model: HomepageModel = {
      entries: listed.map((event) => ({ event, meeting: null })),
      omitted,
      stats: null,
      problem: problemOf(ui, lookup.failure, retry),
    };
    return renderHomepageCard(ui, model);
  }
  const { meetings, allowStatistics } = lookup.value;
  const linked = new Map(meetings.map((meeting) => [meeting.eventId, meeting]));
  return renderHomepageCard(ui, {
    entries: listed.map((event) => ({ event, meeting: linked.get(event.id) ?? null })),
    omitted,
    stats: allowStatistics ? weekStats(events) : 'off',
  });
}

function homepageCard(ui: UiContext): Card {
  const now = new Date();
  let events: CalendarEvent[];
  try {
    events = listEvents(now, new Date(now.getTime() + WEEK_MS));
  } catch {
    return renderErrorCard(ui, ui.t('error.calendarRead'), {
      functionName: Callbacks.refreshHomepage,
    });
  }
  return weekCard(ui, events);
}

export function onCalendarHomepage(e: EventObject): Card {
  return homepageCard(uiContextFrom(e));
}

export function onRefreshHomepage(e: EventObject): GoogleAppsScript.Card_Service.ActionResponse {
  return showCard(homepageCard(uiContextFrom(e)), 'update');
}
