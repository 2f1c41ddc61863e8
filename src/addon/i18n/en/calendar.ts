/** The Calendar side panel: homepage and event cards. */
export const calendar = {
  'calendar.homepage.title': 'Your week in Mingwork',
  'calendar.homepage.subtitle': 'The next 7 days',
  'calendar.homepage.empty': 'Nothing in your calendar for the next 7 days.',
  'calendar.homepage.allDay': 'All day',
  'calendar.homepage.linked': 'Mingwork meeting',
  'calendar.homepage.linkedTenant': "Your organization's Mingwork meeting",
  'calendar.homepage.declined': 'Declined',
  'calendar.homepage.omitted': '{count} more events are not listed here; open them in Calendar.',
  'calendar.homepage.unavailable':
    'Mingwork could not be reached, so events are not marked with their meetings.',
  'calendar.stats.title': 'This week',
  'calendar.stats.summary': '{meetings} meetings, {hours} hours in meetings',
  'calendar.stats.inPlace': 'Counted from your calendar, in Google. Never sent to Mingwork.',
  'calendar.time.allDay': '{day} (all day)',

  'calendar.event.title': 'Mingwork meeting',
  'calendar.event.untitled': '(No title)',
  'calendar.event.unsaved':
    'Save this event first, then open it again to start a Mingwork meeting.',
  'calendar.event.when': 'When',
  'calendar.event.where': 'Where',
  'calendar.event.organizer': 'Organizer',
  'calendar.event.occurrence':
    'A repeating event: this Mingwork meeting belongs to this occurrence only.',
  'calendar.event.youDeclined': 'You declined this event.',
  'calendar.event.cancelled': 'This event was cancelled.',
  'calendar.event.unavailable':
    'Mingwork could not be reached, so its meeting is not shown. Try again in a moment.',
  'calendar.event.busy': 'Busy',
  'calendar.event.freeBusy':
    'You can only see when this calendar is busy, so Mingwork cannot show a meeting for this event.',
  'calendar.event.series':
    'This is a repeating event. Open one of its occurrences to see its Mingwork meeting.',

  'calendar.start.body':
    'This event has no Mingwork meeting yet. Start one to share an agenda, notes, messages and files with its guests.',
  'calendar.start.button': 'Start a Mingwork meeting',
  'calendar.start.cancelled': 'A cancelled event cannot get a Mingwork meeting.',
  'calendar.start.guestsHidden':
    'The organizer hides the guest list, so only you will see a meeting you start.',
  'calendar.start.tooManyGuests':
    'Only the first {max} guests will see the meeting: Mingwork invites at most {max}.',

  'calendar.meeting.yours': 'You started this Mingwork meeting.',
  'calendar.meeting.yoursAsOrganizer': 'You started this Mingwork meeting as the organizer.',
  'calendar.meeting.organizers': "The organizer's Mingwork meeting, started by {owner}.",
  'calendar.meeting.tenants': "Your organization's Mingwork meeting, started by {owner}.",
  'calendar.meeting.someone': 'a former member',
  'calendar.meeting.switchToOrganizers': "Show the organizer's meeting ({owner})",
  'calendar.meeting.switchToTenants': "Show your organization's meeting ({owner})",

  'calendar.agenda.title': 'Agenda',
  'calendar.agenda.empty': 'No agenda items yet.',
  'calendar.agenda.minutes': '{minutes} min',
  'calendar.agenda.done': 'Done',
  'calendar.agenda.total': 'Planned: {total} min',
  'calendar.agenda.totalOf': 'Planned: {total} min of {length} min',
  'calendar.agenda.overrun':
    'Planned: {total} min for a {length}-minute event, {over} min too long.',
  'calendar.agenda.up': 'Move up',
  'calendar.agenda.down': 'Move down',
  'calendar.agenda.new': 'New agenda item',
  'calendar.agenda.newMinutes': 'Minutes (optional)',
  'calendar.agenda.add': 'Add to agenda',

  'calendar.notes.title': 'Notes',
  'calendar.notes.empty': 'No notes yet.',
  'calendar.notes.shared': 'Shared',
  'calendar.notes.private': 'Private, only you',
  'calendar.notes.new': 'New note',
  'calendar.notes.edit': 'Edit note',
  'calendar.notes.shareWithGuests': 'Shared with the guests',
  'calendar.notes.keepPrivate': 'Private, only for me',
  'calendar.notes.add': 'Add note',

  'calendar.messages.title': 'Messages',
  'calendar.messages.empty': 'No messages yet.',
  'calendar.messages.new': 'Message',
  'calendar.messages.post': 'Post',
  'calendar.messages.you': 'You',
  'calendar.messages.formerMember': 'A former member',
  'calendar.messages.older': 'Older messages',
  'calendar.messages.olderTitle': 'Earlier messages',
  'calendar.messages.noOlder': 'No earlier messages.',

  'calendar.files.title': 'Files',
  'calendar.files.empty': 'No files yet.',
  'calendar.files.driveFile': 'Drive file',
  'calendar.files.new': 'Google Drive link',
  'calendar.files.add': 'Add file',
  'calendar.files.addAttachments': "Add the event's attachments ({count})",

  'calendar.guests.title': 'Guests ({count})',
  'calendar.guests.hidden': 'The organizer hides the guest list.',
  'calendar.guests.more': 'and {count} more',
  'calendar.guests.rooms': 'Rooms',
  'calendar.guests.accepted': 'Going',
  'calendar.guests.declined': 'Not going',
  'calendar.guests.tentative': 'Maybe',
  'calendar.guests.needsAction': 'Awaiting reply',
  'calendar.guests.organizer': 'Organizer',
  'calendar.guests.optional': 'Optional',

  'calendar.edit': 'Edit',
  'calendar.save': 'Save',
  'calendar.cancel': 'Cancel',
  'calendar.remove': 'Remove',

  'calendar.input.agendaEmpty': 'Type an agenda item first.',
  'calendar.input.agendaTooLong':
    'An agenda item can be at most {max} characters (this one has {length}).',
  'calendar.input.minutesInvalid': 'Minutes must be a whole number from 1 to {max}.',
  'calendar.input.noteEmpty': 'Type a note first.',
  'calendar.input.noteTooLong': 'A note can be at most {max} characters (this one has {length}).',
  'calendar.input.messageEmpty': 'Type a message first.',
  'calendar.input.messageTooLong':
    'A message can be at most {max} characters (this one has {length}).',
  'calendar.input.fileEmpty': 'Paste a Google Drive link first.',
  'calendar.input.fileInvalid':
    'Only Google Drive and Google Docs links can be added (https://drive.google.com/… or https://docs.google.com/…).',

  'calendar.done.started': 'Mingwork meeting started.',
  'calendar.done.agendaAdded': 'Added to the agenda.',
  'calendar.done.agendaChecked': 'Checked off.',
  'calendar.done.agendaUnchecked': 'Marked as not done.',
  'calendar.done.agendaMoved': 'Agenda reordered.',
  'calendar.done.agendaRemoved': 'Removed from the agenda.',
  'calendar.done.noteAdded': 'Note added.',
  'calendar.done.privateNoteAdded': 'Private note added. Only you can see it.',
  'calendar.done.noteSaved': 'Note saved.',
  'calendar.done.noteRemoved': 'Note removed.',
  'calendar.done.messagePosted': 'Message posted.',
  'calendar.done.messageRemoved': 'Message removed.',
  'calendar.done.fileAdded': 'File added.',
  'calendar.done.attachmentsAdded': "The event's attachments were added.",
  'calendar.done.fileRemoved': 'File removed.',
  'calendar.done.butNotShown':
    'Saved, but the meeting could not be shown again. Try again in a moment.',
} as const;
