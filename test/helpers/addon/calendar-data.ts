/** Plain data for the Calendar card builders: events as the readers return them, meeting views as the API does. */
import type { CalendarEvent, EventGuest } from '../../../src/addon/google/calendar';
import type { MeetingView } from '../../../src/shared/contract';

export function guest(email: string, fields: Partial<EventGuest> = {}): EventGuest {
  return {
    email,
    name: null,
    response: 'accepted',
    optional: false,
    organizer: false,
    self: false,
    resource: false,
    ...fields,
  };
}

export function calendarEvent(fields: Partial<CalendarEvent> = {}): CalendarEvent {
  return {
    id: 'evt1',
    calendarId: 'primary',
    access: 'full',
    title: 'Budget review',
    location: null,
    start: new Date('2026-12-01T09:00:00Z'),
    end: new Date('2026-12-01T10:00:00Z'),
    allDay: false,
    organizer: { email: 'alice@acme.example', name: 'Alice Martin' },
    guests: [
      guest('alice@acme.example', { name: 'Alice Martin', organizer: true, self: true }),
      guest('bob@acme.example', { name: 'Bob Chen', response: 'tentative' }),
    ],
    guestListHidden: false,
    seriesId: null,
    isSeries: false,
    attachments: [],
    ...fields,
  };
}

const TIME = '2026-11-30T09:00:00.000Z';

export function meetingView(fields: Partial<MeetingView> = {}): MeetingView {
  return {
    meeting: {
      id: 'm1',
      eventId: 'evt1',
      ownedByMe: true,
      scope: 'organizer',
      owner: { name: 'Alice Martin', domain: 'acme.example' },
      createdAt: TIME,
      updatedAt: TIME,
    },
    otherMeeting: null,
    agenda: [],
    notes: [],
    messages: [],
    messagesNextBefore: null,
    files: [],
    access: {
      role: 'owner',
      canManageGuests: true,
      canDeleteMeeting: true,
      canRemoveAnyContent: true,
      canOrganizeAgenda: true,
    },
    ...fields,
  };
}

/** The same view as a guest sees it. */
export function asGuest(view: MeetingView): MeetingView {
  return {
    ...view,
    meeting: { ...view.meeting, ownedByMe: false },
    access: {
      role: 'guest',
      canManageGuests: false,
      canDeleteMeeting: false,
      canRemoveAnyContent: false,
      canOrganizeAgenda: false,
    },
  };
}

export function agendaItem(
  id: string,
  title: string,
  fields: Partial<MeetingView['agenda'][number]> = {},
) {
  return {
    id,
    title,
    done: false,
    position: 0,
    durationMinutes: null,
    authoredByMe: true,
    createdAt: TIME,
    updatedAt: TIME,
    ...fields,
  };
}

export function note(id: string, body: string, fields: Partial<MeetingView['notes'][number]> = {}) {
  return {
    id,
    body,
    visibility: 'shared' as const,
    authoredByMe: true,
    createdAt: TIME,
    updatedAt: TIME,
    ...fields,
  };
}

export function message(
  id: string,
  body: string,
  fields: Partial<MeetingView['messages'][number]> = {},
) {
  return {
    id,
    body,
    authoredByMe: false,
    authorName: 'Bob Chen',
    createdAt: TIME,
    updatedAt: TIME,
    ...fields,
  };
}
