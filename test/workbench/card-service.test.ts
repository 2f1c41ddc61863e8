import { createCardService } from '../../src/workbench/gas/card-service';
import type {
  CardJson,
  RenderActionJson,
  WidgetJson,
} from '../../src/workbench/gas/card-service/json';
import { raiserFor } from '../../src/workbench/gas/runtime';
import { everyWidgetCard, simpleCard } from '../helpers/workbench/gallery';

const cs = createCardService(raiserFor());
const json = (built: { printJson(): string }): unknown => JSON.parse(built.printJson());
const section = () => cs.newCardSection().addWidget(cs.newTextParagraph().setText('Hi'));
const save = () => cs.newAction().setFunctionName('onSave');

describe('CardService fake: card JSON', () => {
  test('a card renders header, sections and widgets in Google’s format', () => {
    expect(json(simpleCard(cs, 'Weekly sync'))).toEqual({
      header: { title: 'Weekly sync' },
      sections: [{ widgets: [{ textParagraph: { text: 'Hello' } }] }],
    });
  });

  test('actions carry function, parameters as key/value pairs and persistValues', () => {
    const card = cs
      .newCardBuilder()
      .addSection(
        cs.newCardSection().addWidget(
          cs
            .newTextButton()
            .setText('Retry')
            .setOnClickAction(
              save().setParameters({ meetingId: 'm1', step: '2' }).setPersistValues(true),
            ),
        ),
      )
      .build();
    expect(json(card)).toEqual({
      sections: [
        {
          widgets: [
            {
              buttonList: {
                buttons: [
                  {
                    text: 'Retry',
                    onClick: {
                      action: {
                        function: 'onSave',
                        parameters: [
                          { key: 'meetingId', value: 'm1' },
                          { key: 'step', value: '2' },
                        ],
                        persistValues: true,
                      },
                    },
                  },
                ],
              },
            },
          ],
        },
      ],
    });
  });

  test('the card with every widget uses the schema’s field names', () => {
    const card = json(everyWidgetCard(cs)) as CardJson;
    const [display, inputs] = card.sections.map((section) => section.widgets) as [
      WidgetJson[],
      WidgetJson[],
    ];
    expect(card.fixedFooter?.primaryButton.text).toBe('Confirm');
    expect(card.cardActions).toEqual([
      {
        actionLabel: 'Refresh',
        onClick: { action: expect.objectContaining({ function: 'onRefresh' }) },
      },
    ]);
    expect(display[1]!.decoratedText).toMatchObject({
      topLabel: 'Guest',
      text: 'Bob Chen',
      icon: { knownIcon: 'EMAIL', altText: 'Email' },
      button: { text: 'Remove' },
    });
    expect(display[2]!.decoratedText?.switchControl).toMatchObject({
      name: 'notify',
      selected: true,
      controlType: 'CHECKBOX',
    });
    expect(display[4]).toEqual({ divider: {} });
    expect(display[5]!.buttonList?.buttons[0]!.color).toEqual({
      red: 26 / 255,
      green: 115 / 255,
      blue: 232 / 255,
    });
    expect(inputs[1]!.textInput).toMatchObject({
      name: 'note',
      type: 'MULTIPLE_LINE',
      initialSuggestions: { items: [{ text: 'Decision' }, { text: 'Follow-up' }] },
    });
    expect(inputs.slice(2, 6).map((widget) => widget.selectionInput?.type)).toEqual([
      'CHECK_BOX',
      'RADIO_BUTTON',
      'SWITCH',
      'DROPDOWN',
    ]);
    expect(inputs[2]!.selectionInput?.items[0]).toEqual({
      text: 'Viewer',
      value: 'reader',
      selected: true,
    });
    expect(inputs.slice(6).map((widget) => widget.dateTimePicker?.type)).toEqual([
      'DATE_AND_TIME',
      'DATE_ONLY',
      'TIME_ONLY',
    ]);
    expect(inputs[8]!.dateTimePicker?.valueMsEpoch).toBe((9 * 60 + 30) * 60_000);
  });

  test('navigation steps, notification and link render as a RenderAction', () => {
    const card = simpleCard(cs);
    const response = cs
      .newActionResponseBuilder()
      .setNavigation(
        cs
          .newNavigation()
          .popToRoot()
          .pushCard(card)
          .updateCard(card)
          .popCard()
          .popToNamedCard('home'),
      )
      .setNotification(cs.newNotification().setText('Saved'))
      .setOpenLink(cs.newOpenLink().setUrl('https://drive.google.com/'))
      .build();
    const { action } = json(response) as Required<RenderActionJson>;
    expect(action.navigations).toEqual([
      { popToRoot: true },
      { pushCard: json(card) },
      { updateCard: json(card) },
      { pop: true },
      { popToCard: 'home' },
    ]);
    expect(action.notification).toEqual({ text: 'Saved' });
    expect(action.link).toEqual({ url: 'https://drive.google.com/' });
  });

  test('host actions: Drive file scope and Calendar attendees', () => {
    expect(
      json(cs.newDriveItemsSelectedActionResponseBuilder().requestFileScope('file-1').build()),
    ).toEqual({
      hostAppAction: { driveAction: { requestFileScope: { itemId: 'file-1' } } },
    });
    expect(
      json(
        cs.newCalendarEventActionResponseBuilder().addAttendees(['carol@globex.example']).build(),
      ),
    ).toEqual({
      hostAppAction: {
        calendarAction: {
          editAttendeesActionMarkup: { addAttendeeEmails: ['carol@globex.example'] },
        },
      },
    });
  });

  test('a built card does not change when its builder does', () => {
    const builder = cs.newCardBuilder().addSection(section());
    const card = builder.build();
    builder.addSection(section());
    expect((json(card) as { sections: unknown[] }).sections).toHaveLength(1);
  });

  test('enums have Apps Script’s member names', () => {
    expect(Object.keys(cs.SelectionInputType)).toEqual([
      'CHECK_BOX',
      'RADIO_BUTTON',
      'DROPDOWN',
      'SWITCH',
      'MULTI_SELECT',
    ]);
    expect(cs.TextButtonStyle.FILLED).toBe('FILLED');
    expect(Object.keys(cs.OpenAs)).toEqual(['FULL_SIZE', 'OVERLAY']);
    expect(Object.keys(cs.LoadIndicator)).toEqual(['SPINNER', 'NONE']);
    expect(Object.keys(cs.ImageStyle)).toEqual(['SQUARE', 'CIRCLE']);
    expect(cs.OnClose.RELOAD).toBe('RELOAD');
  });
});

describe('CardService fake: validation like the real service', () => {
  test('a card without sections cannot be built', () => {
    expect(() => cs.newCardBuilder().setHeader(cs.newCardHeader().setTitle('x')).build()).toThrow(
      'a card needs at least one section',
    );
  });

  test('a section without widgets and a header without title cannot be built', () => {
    expect(() => cs.newCardBuilder().addSection(cs.newCardSection()).build()).toThrow(
      'at least one widget',
    );
    expect(() =>
      cs.newCardBuilder().setHeader(cs.newCardHeader()).addSection(section()).build(),
    ).toThrow('CardHeader: title is required');
  });

  test('a button needs text and something to do', () => {
    const build = (button: GoogleAppsScript.Card_Service.TextButton) =>
      cs.newCardBuilder().addSection(cs.newCardSection().addWidget(button)).build();
    expect(() => build(cs.newTextButton().setOnClickAction(save()))).toThrow(
      'TextButton: text is required',
    );
    expect(() => build(cs.newTextButton().setText('Save'))).toThrow(
      'TextButton: an action or link is required',
    );
  });

  test('an action needs a function name, and parameters must be strings', () => {
    const button = cs.newTextButton().setText('Go').setOnClickAction(cs.newAction());
    expect(() =>
      cs.newCardBuilder().addSection(cs.newCardSection().addWidget(button)).build(),
    ).toThrow('Action: function name is required');
    expect(() =>
      cs.newAction().setParameters({ count: 3 } as unknown as Record<string, string>),
    ).toThrow('Invalid argument: parameters');
  });

  test('inputs need a field name', () => {
    const input = cs.newTextInput().setTitle('Title');
    expect(() =>
      cs.newCardBuilder().addSection(cs.newCardSection().addWidget(input)).build(),
    ).toThrow('TextInput: field name is required');
  });

  test('a card holds at most 100 sections and a section at most 100 widgets', () => {
    const builder = cs.newCardBuilder();
    for (let index = 0; index < 100; index += 1) builder.addSection(section());
    expect(() => builder.addSection(section())).toThrow('at most 100 sections');
    const crowded = cs.newCardSection();
    for (let index = 0; index < 100; index += 1) crowded.addWidget(cs.newDivider());
    expect(() => crowded.addWidget(cs.newDivider())).toThrow('at most 100 widgets');
  });

  test('arguments of the wrong kind and unknown enum members are refused', () => {
    expect(() => cs.newCardBuilder().addSection('text' as never)).toThrow(
      'Invalid argument: section',
    );
    expect(() => cs.newCardSection().addWidget({} as never)).toThrow('Invalid argument: widget');
    expect(() => cs.newSelectionInput().setType('CHECKBOX' as never)).toThrow(
      'Invalid argument: type',
    );
  });

  test('action responses must do something', () => {
    expect(() => cs.newActionResponseBuilder().build()).toThrow(
      'set a navigation, a notification or a link',
    );
    expect(() => cs.newUniversalActionResponseBuilder().build()).toThrow(
      'display cards or set a link',
    );
  });
});

describe('CardService fake: what it does not implement fails loudly', () => {
  test('unknown factories and builder methods throw with their name', () => {
    const service = cs as unknown as Record<string, () => unknown>;
    expect(() => service.newCarousel!()).toThrow(
      new Error('CardService.newCarousel is not implemented by the workbench'),
    );
    const builder = cs.newTextInput() as unknown as Record<string, () => unknown>;
    expect(() => builder.setValidation!()).toThrow(
      new Error('TextInput.setValidation is not implemented by the workbench'),
    );
    const card = simpleCard(cs) as unknown as Record<string, () => unknown>;
    expect(() => card.getSections!()).toThrow(
      new Error('Card.getSections is not implemented by the workbench'),
    );
  });
});
