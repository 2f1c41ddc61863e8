/** Words every part of the add-on uses: its name, the common homepage, errors. */
export const common = {
  'app.name': 'Mingwork',
  'common.homepage.title': 'Welcome to Mingwork',
  'common.homepage.body':
    'Open an event in Google Calendar to see its Mingwork meeting, or select files in Google Drive to share them to a meeting.',
  'error.title': 'Something went wrong',
  'error.calendarRead':
    'Mingwork could not read this event from Google Calendar. Try again in a moment.',
  'error.retry': 'Retry',
  'error.notFound': 'This was deleted or is no longer shared with you.',
  'error.forbidden': 'Only its author or the meeting owner can do that.',
  'error.conflict':
    'Mingwork could not do that now: the meeting may be full, or changed meanwhile.',
  'error.badRequest': 'Mingwork refused what was sent. Check what you typed and try again.',
  'error.unauthenticated':
    'Mingwork could not confirm who you are. Reload the add-on and try again.',
  'error.unavailable': 'Mingwork could not be reached. What you typed is kept: try again.',
  'error.internal': 'Something went wrong at Mingwork. What you typed is kept: try again.',
} as const;
