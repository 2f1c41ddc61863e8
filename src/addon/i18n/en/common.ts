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
} as const;
