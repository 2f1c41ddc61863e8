/**
 * The Calendar homepage: the week read in place, and ONE backend call (lookup) to mark which
 * events have a meeting and to learn whether the user allows statistics.
 */
import { MAX_LOOKUP_EVENT_IDS } from '../../shared/limits';
import { Callbacks } from '../actions';
import { lookupMeetings } from '../backend/meetings';
import { uiContextFrom, type UiContext } from '../common/context';
import { listEvents, type CalendarEvent } from '../google/calendar';
import { renderErrorCard } from '../ui/error-card';
import { updateCard } from '../ui/responses';
import type { HomepageModel } from './card-model';
import { renderHomepageCard } from './homepage-card';
import { eventRefOf } from './show-event';
import { weekStats } from './week-stats';

type EventObject = GoogleAppsScript.Addons.EventObject;
type Card = GoogleAppsScript.Card_Service.Card;

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

function homepageModel(events: CalendarEvent[]): HomepageModel {
  const listed = events.slice(0, MAX_LOOKUP_EVENT_IDS);
  try {
    const { meetings, allowStatistics } = lookupMeetings(listed.map(eventRefOf));
    const linked = new Map(meetings.map((meeting) => [meeting.eventId, meeting]));
    return {
      entries: listed.map((event) => ({ event, meeting: linked.get(event.id) ?? null })),
      omitted: events.length - listed.length,
      stats: allowStatistics ? weekStats(events) : null,
      meetingsUnknown: false,
    };
  } catch {
    // Without the backend the user's objection to statistics is unknown: respect it anyway.
    return {
      entries: listed.map((event) => ({ event, meeting: null })),
      omitted: events.length - listed.length,
      stats: null,
      meetingsUnknown: true,
    };
  }
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
  return renderHomepageCard(ui, homepageModel(events));
}

export function onCalendarHomepage(e: EventObject): Card {
  return homepageCard(uiContextFrom(e));
}

export function onRefreshHomepage(e: EventObject): GoogleAppsScript.Card_Service.ActionResponse {
  return updateCard(homepageCard(uiContextFrom(e)));
}
