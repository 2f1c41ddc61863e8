/** The Calendar side panel: homepage and event cards. */
export const calendar = {
  'calendar.homepage.title': 'Your week in Mingwork',
  'calendar.homepage.body': 'Open an event to see its agenda, notes, messages and files.',
  'calendar.event.title': 'Mingwork meeting',
  'calendar.event.body': 'Event "{title}" on {when}.',
  'calendar.event.unsaved':
    'Save this event first, then open it again to start a Mingwork meeting.',
  'calendar.event.updated': 'Event updated.',
} as const;
