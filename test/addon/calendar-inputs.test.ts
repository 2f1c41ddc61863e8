/** What the user types into an event card is checked against the API's limits before any call. */
import {
  checkAgendaEntry,
  checkDriveUrl,
  checkMessage,
  checkNote,
  checkVisibility,
} from '../../src/addon/calendar/inputs';
import {
  MAX_AGENDA_DURATION_MINUTES,
  MAX_AGENDA_TITLE_LENGTH,
  MAX_DRIVE_URL_LENGTH,
  MAX_MESSAGE_BODY_LENGTH,
  MAX_NOTE_BODY_LENGTH,
} from '../../src/shared/limits';

describe('agenda entries', () => {
  it('take a trimmed title and optional whole minutes', () => {
    expect(checkAgendaEntry('  Budget  ', '')).toEqual({ ok: true, value: { title: 'Budget' } });
    expect(checkAgendaEntry('Budget', ' 15 ')).toEqual({
      ok: true,
      value: { title: 'Budget', durationMinutes: 15 },
    });
  });

  it.each([
    ['an empty title', '   ', '', 'calendar.input.agendaEmpty'],
    [
      'a too-long title',
      'x'.repeat(MAX_AGENDA_TITLE_LENGTH + 1),
      '',
      'calendar.input.agendaTooLong',
    ],
    ['zero minutes', 'Budget', '0', 'calendar.input.minutesInvalid'],
    ['fractional minutes', 'Budget', '1.5', 'calendar.input.minutesInvalid'],
    ['words for minutes', 'Budget', 'ten', 'calendar.input.minutesInvalid'],
    [
      'more than a day',
      'Budget',
      String(MAX_AGENDA_DURATION_MINUTES + 1),
      'calendar.input.minutesInvalid',
    ],
  ])('refuse %s', (_what, title, minutes, error) => {
    expect(checkAgendaEntry(title, minutes)).toMatchObject({ ok: false, error });
  });

  it('accept exactly the longest title', () => {
    expect(checkAgendaEntry('x'.repeat(MAX_AGENDA_TITLE_LENGTH), '').ok).toBe(true);
  });
});

describe('notes and messages', () => {
  it('refuse empty and too-long text, saying the limit and the length', () => {
    expect(checkNote(' \n ')).toMatchObject({ ok: false, error: 'calendar.input.noteEmpty' });
    expect(checkNote('x'.repeat(MAX_NOTE_BODY_LENGTH + 1))).toEqual({
      ok: false,
      error: 'calendar.input.noteTooLong',
      params: { max: MAX_NOTE_BODY_LENGTH, length: MAX_NOTE_BODY_LENGTH + 1 },
    });
    expect(checkMessage('x'.repeat(MAX_MESSAGE_BODY_LENGTH + 1))).toMatchObject({
      ok: false,
      error: 'calendar.input.messageTooLong',
    });
    expect(checkMessage('  Hello  ')).toEqual({ ok: true, value: 'Hello' });
  });

  it('keep a note shared unless private was chosen', () => {
    expect(checkVisibility('private')).toBe('private');
    expect(checkVisibility('')).toBe('shared');
    expect(checkVisibility('public')).toBe('shared');
  });
});

describe('Drive links', () => {
  it('accept Drive and Docs links only', () => {
    expect(checkDriveUrl(' https://docs.google.com/document/d/1/edit ')).toEqual({
      ok: true,
      value: 'https://docs.google.com/document/d/1/edit',
    });
    for (const url of [
      'https://example.com/file',
      'http://drive.google.com/file/d/1',
      'https://drive.google.com.evil.example/x',
      'https://drive.google.com/a b',
      `https://drive.google.com/${'a'.repeat(MAX_DRIVE_URL_LENGTH)}`,
    ]) {
      expect(checkDriveUrl(url)).toMatchObject({ ok: false, error: 'calendar.input.fileInvalid' });
    }
    expect(checkDriveUrl('')).toMatchObject({ ok: false, error: 'calendar.input.fileEmpty' });
  });
});
