/** English catalogue: the reference every other catalogue must match key for key. */
export const en = {
  'app.name': 'Mingwork',
  'common.homepage.title': 'Welcome to Mingwork',
  'common.homepage.body':
    'Open an event in Google Calendar to see its Mingwork meeting, or select files in Google Drive to share them to a meeting.',
  'calendar.homepage.title': 'Your week in Mingwork',
  'calendar.homepage.body': 'Open an event to see its agenda, notes, messages and files.',
  'calendar.event.title': 'Mingwork meeting',
  'calendar.event.body': 'Event "{title}" on {when}.',
  'calendar.event.unsaved':
    'Save this event first, then open it again to start a Mingwork meeting.',
  'calendar.event.updated': 'Event updated.',
  'drive.homepage.title': 'Share files to a meeting',
  'drive.homepage.body': 'Select one or more files to share them to a Mingwork meeting.',
  'drive.selected.title': 'Selected files',
  'drive.selected.count': '{count} file(s) selected.',
  'account.title': 'Your account',
  'account.body': 'Signed in as {email}.',
  'privacy.title': 'Privacy centre',
  'privacy.body':
    'Mingwork reads your calendar and files in place. Only event IDs, Drive links and one-way guest digests leave Google.',
  'admin.title': 'Admin console',
  'admin.body': 'Domain administrators manage users and the domain policy here.',
  'error.title': 'Something went wrong',
  'error.calendarRead':
    'Mingwork could not read this event from Google Calendar. Try again in a moment.',
  'error.retry': 'Retry',
} as const;

export type MessageKey = keyof typeof en;
