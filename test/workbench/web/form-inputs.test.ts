/**
 * @jest-environment jsdom
 */
// What the workbench page sends as `commonEventObject.formInputs` for what a person entered
// in a card the CardService fake built, and how date pickers show and read their values.
import type { CardJson, FormInputJson } from '../../../src/workbench/gas/card-service/json';
import { formInput, homepageEvent, type FormValue } from '../../../src/workbench/events';
import { loadWorld } from '../../../src/workbench/fixtures/load-world';
import { sampleWorld } from '../../../src/workbench/fixtures/sample-world';
import { renderCard } from '../../../src/workbench/web/cards';
import { collectFormInputs } from '../../../src/workbench/web/form-inputs';
import { NOW } from '../../helpers/workbench/context';
import { describeConformance, EVENT_OBJECT } from '../../helpers/workbench/schemas';
import { cardOf, control, cs, setChecked, type } from './page-helpers';

const items = (input: GoogleAppsScript.Card_Service.SelectionInput, ...values: string[]) =>
  values.reduce((widget, value, i) => widget.addItem(value, value, i === 0), input);

const selection = (name: string, kind: GoogleAppsScript.Card_Service.SelectionInputType) =>
  cs.newSelectionInput().setFieldName(name).setTitle(name).setType(kind);

/** The values the workbench's own event builder gives add-ons for the same entries. */
const expected = (values: Record<string, FormValue>): Record<string, FormInputJson> =>
  Object.fromEntries(Object.entries(values).map(([name, value]) => [name, formInput(value)]));

const render = (card: CardJson, timeZone = 'Europe/Paris') =>
  renderCard(card, { onClick: () => undefined, timeZone });

describe('form inputs: what the page sends for a card’s inputs', () => {
  test('single- and multi-line text is sent as one string each', () => {
    const card = render(
      cardOf(
        cs.newTextInput().setFieldName('title').setValue('Budget'),
        cs.newTextInput().setFieldName('notes').setMultiline(true),
      ),
    );
    type(control(card, 'notes'), 'Decide\non Q3');
    expect(control(card, 'notes').tagName).toBe('TEXTAREA');
    expect(collectFormInputs(card)).toEqual(expected({ title: 'Budget', notes: 'Decide\non Q3' }));
  });

  test('check boxes and multi-selects send every checked value, in order', () => {
    const card = render(
      cardOf(
        items(selection('roles', cs.SelectionInputType.CHECK_BOX), 'reader', 'writer', 'owner'),
        items(selection('tags', cs.SelectionInputType.MULTI_SELECT), 'urgent', 'board', 'ops'),
      ),
    );
    setChecked(control(card, 'roles', 'owner'), true);
    setChecked(control(card, 'tags', 'urgent'), false);
    setChecked(control(card, 'tags', 'board'), true);
    setChecked(control(card, 'tags', 'ops'), true);
    expect(collectFormInputs(card)).toEqual(
      expected({ roles: ['reader', 'owner'], tags: ['board', 'ops'] }),
    );
  });

  test('a group with nothing checked is absent, as in Google’s event objects', () => {
    const card = render(cardOf(items(selection('roles', cs.SelectionInputType.CHECK_BOX), 'a')));
    setChecked(control(card, 'roles', 'a'), false);
    expect(collectFormInputs(card)).toEqual({});
  });

  test('radio buttons and dropdowns send the one value chosen', () => {
    const card = render(
      cardOf(
        items(selection('size', cs.SelectionInputType.RADIO_BUTTON), 'small', 'large'),
        items(selection('room', cs.SelectionInputType.DROPDOWN), 'Atlas', 'Borealis'),
      ),
    );
    setChecked(control(card, 'size', 'large'), true);
    type(control(card, 'room'), 'Borealis');
    expect(collectFormInputs(card)).toEqual(expected({ size: 'large', room: 'Borealis' }));
  });

  test('switches and check-box controls send their value when on and nothing when off', () => {
    const switchControl = (name: string, selected: boolean) =>
      cs
        .newDecoratedText()
        .setText(name)
        .setSwitchControl(cs.newSwitch().setFieldName(name).setValue('yes').setSelected(selected));
    const card = render(
      cardOf(
        switchControl('notify', true),
        switchControl('mute', false),
        switchControl('remind', false),
        items(selection('flags', cs.SelectionInputType.SWITCH), 'private', 'recorded'),
      ),
    );
    setChecked(control(card, 'notify'), false);
    setChecked(control(card, 'remind'), true);
    setChecked(control(card, 'flags', 'recorded'), true);
    expect(collectFormInputs(card)).toEqual(
      expected({ remind: 'yes', flags: ['private', 'recorded'] }),
    );
  });

  test('date-time, date and time pickers send Google’s date and time inputs', () => {
    const card = render(
      cardOf(
        cs.newDateTimePicker().setFieldName('when'),
        cs.newDatePicker().setFieldName('day'),
        cs.newTimePicker().setFieldName('at'),
        cs.newDatePicker().setFieldName('untouched'),
      ),
      'UTC',
    );
    expect(['when', 'day', 'at'].map((name) => control(card, name).type)).toEqual([
      'datetime-local',
      'date',
      'time',
    ]);
    type(control(card, 'when'), '2027-03-01T14:30');
    type(control(card, 'day'), '2027-03-02');
    type(control(card, 'at'), '09:05');
    expect(collectFormInputs(card)).toEqual(
      expected({
        when: { dateTime: new Date('2027-03-01T14:30:00Z') },
        day: { date: new Date('2027-03-02T00:00:00Z') },
        at: { time: { hours: 9, minutes: 5 } },
      }),
    );
  });
});

describeConformance('form inputs against Google’s event schema', (schemas) => {
  test('an event carrying them conforms', () => {
    const card = render(
      cardOf(
        cs.newTextInput().setFieldName('title').setValue('Budget'),
        items(selection('roles', cs.SelectionInputType.CHECK_BOX), 'reader'),
        cs.newDateTimePicker().setFieldName('when').setValueInMsSinceEpoch(NOW.getTime()),
        cs.newDatePicker().setFieldName('day').setValueInMsSinceEpoch(NOW.getTime()),
        cs.newTimePicker().setFieldName('at').setHours(9).setMinutes(30),
      ),
    );
    const user = loadWorld(sampleWorld, NOW).user('alice@acme.example');
    const event = homepageEvent('CALENDAR', { user, now: NOW });
    event.commonEventObject.formInputs = collectFormInputs(card);
    expect(Object.keys(event.commonEventObject.formInputs)).toHaveLength(5);
    expect(schemas().errors(EVENT_OBJECT, event)).toEqual([]);
    // The schema bites: a picker value as a bare string is not an event Google sends.
    event.commonEventObject.formInputs.day = { dateInput: { msSinceEpoch: 'today' } } as never;
    expect(schemas().errors(EVENT_OBJECT, event)).not.toEqual([]);
  });
});

describe('date pickers: shown and read as Google does', () => {
  const instant = Date.parse('2027-03-01T14:30:00Z');
  const dateTimePicker = () =>
    cs.newDateTimePicker().setFieldName('when').setValueInMsSinceEpoch(instant);

  test.each([
    ['America/New_York', '2027-03-01T09:30'],
    ['Asia/Shanghai', '2027-03-01T22:30'],
    ['UTC', '2027-03-01T14:30'],
  ])('a date-time shows on the wall clock of a user in %s', (timeZone, shown) => {
    const card = render(cardOf(dateTimePicker()), timeZone);
    expect(control(card, 'when').value).toBe(shown);
    expect(collectFormInputs(card)).toEqual(expected({ when: { dateTime: new Date(instant) } }));
  });

  // Paris moves its clocks from 02:00 to 03:00 on 28 March 2027 (01:00 UTC).
  test.each([
    ['2027-03-27T12:00', '2027-03-27T11:00:00Z'],
    ['2027-03-28T01:30', '2027-03-28T00:30:00Z'],
    ['2027-03-28T12:00', '2027-03-28T10:00:00Z'],
  ])('a date-time the user picks is read in their zone around a DST change: %s', (picked, utc) => {
    const card = render(cardOf(dateTimePicker()), 'Europe/Paris');
    type(control(card, 'when'), picked);
    expect(collectFormInputs(card)).toEqual(expected({ when: { dateTime: new Date(utc) } }));
  });

  test('a card’s own time-zone offset wins over the user’s zone', () => {
    const card = render(cardOf(dateTimePicker().setTimeZoneOffsetInMins(330)), 'Europe/Paris');
    expect(control(card, 'when').value).toBe('2027-03-01T20:00');
    type(control(card, 'when'), '2027-03-01T21:15');
    expect(collectFormInputs(card)).toEqual(
      expected({ when: { dateTime: new Date('2027-03-01T15:45:00Z') } }),
    );
  });

  test('dates are midnight UTC and times a time of day, whatever the user’s zone', () => {
    const midnight = Date.parse('2027-03-01T00:00:00Z');
    const card = render(
      cardOf(
        cs.newDatePicker().setFieldName('day').setValueInMsSinceEpoch(midnight),
        cs.newTimePicker().setFieldName('at').setHours(9).setMinutes(30),
      ),
      'America/Los_Angeles',
    );
    expect(control(card, 'day').value).toBe('2027-03-01');
    expect(control(card, 'at').value).toBe('09:30');
    expect(collectFormInputs(card)).toEqual(
      expected({ day: { date: new Date(midnight) }, at: { time: { hours: 9, minutes: 30 } } }),
    );
  });
});
