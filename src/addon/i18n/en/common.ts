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
  'error.unavailable': 'The Mingwork service is not answering right now. Try again in a moment.',
  'error.signedOut':
    'The Mingwork service did not accept your Google sign-in. Your administrator may need to finish setting Mingwork up.',
  'error.notSetUp':
    'Mingwork is not set up yet: the address of its service is missing. Ask your administrator.',
  'error.refused': 'The Mingwork service could not do this.',
  'error.notFound': 'This was deleted or is no longer shared with you.',
  'error.forbidden': 'Only its author or the meeting owner can do that.',
  'error.conflict':
    'Mingwork could not do that now: the meeting may be full, or changed meanwhile.',
  'error.badRequest': 'Mingwork refused what was sent. Check what you typed and try again.',
  'error.disabled.title': 'Account disabled',
  'error.disabled.body':
    'Your Mingwork account was disabled by your domain administrator. What you shared in meetings stays available to your co-workers. Ask your administrator if you need it back.',
  'common.cancel': 'Cancel',
} as const;
