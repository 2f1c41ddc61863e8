/**
 * One of every card and response the CardService fake can produce, built through its public
 * API as a script would. The conformance test validates each against Google's schemas.
 */
type CardService = GoogleAppsScript.Card_Service.CardService;
type Card = GoogleAppsScript.Card_Service.Card;

export interface GalleryItem {
  name: string;
  schema: 'card' | 'renderAction';
  printJson(): string;
}

function action(cs: CardService, name = 'onSave'): GoogleAppsScript.Card_Service.Action {
  return cs
    .newAction()
    .setFunctionName(name)
    .setParameters({ meetingId: 'm1' })
    .setLoadIndicator(cs.LoadIndicator.SPINNER)
    .setPersistValues(true);
}

function link(cs: CardService): GoogleAppsScript.Card_Service.OpenLink {
  return cs
    .newOpenLink()
    .setUrl('https://www.mingwork.club/help')
    .setOpenAs(cs.OpenAs.OVERLAY)
    .setOnClose(cs.OnClose.RELOAD);
}

export function everyWidgetCard(cs: CardService): Card {
  const icon = cs.newIconImage().setIcon(cs.Icon.EMAIL).setAltText('Email');
  const grid = cs
    .newGrid()
    .setTitle('Files')
    .setNumColumns(2)
    .setBorderStyle(
      cs
        .newBorderStyle()
        .setType(cs.BorderType.STROKE)
        .setStrokeColor('#dadce0')
        .setCornerRadius(4),
    )
    .addItem(
      cs
        .newGridItem()
        .setIdentifier('f1')
        .setTitle('Roadmap')
        .setSubtitle('Doc')
        .setLayout(cs.GridItemLayout.TEXT_BELOW)
        .setTextAlignment(cs.HorizontalAlignment.CENTER)
        .setImage(
          cs
            .newImageComponent()
            .setImageUrl('https://www.mingwork.club/static/doc.png')
            .setAltText('Doc')
            .setCropStyle(cs.newImageCropStyle().setImageCropType(cs.ImageCropType.RECTANGLE_4_3)),
        ),
    )
    .setOnClickAction(action(cs, 'onOpenFile'));
  const inputs = cs
    .newCardSection()
    .setHeader('Inputs')
    .setCollapsible(true)
    .setNumUncollapsibleWidgets(2)
    .addWidget(
      cs
        .newTextInput()
        .setFieldName('title')
        .setTitle('Agenda item')
        .setHint('What to discuss')
        .setValue('Budget'),
    )
    .addWidget(
      cs
        .newTextInput()
        .setFieldName('note')
        .setTitle('Note')
        .setMultiline(true)
        .setSuggestions(cs.newSuggestions().addSuggestion('Decision').addSuggestions(['Follow-up']))
        .setOnChangeAction(action(cs, 'onNoteChange')),
    );
  for (const type of [
    cs.SelectionInputType.CHECK_BOX,
    cs.SelectionInputType.RADIO_BUTTON,
    cs.SelectionInputType.SWITCH,
    cs.SelectionInputType.DROPDOWN,
  ]) {
    inputs.addWidget(
      cs
        .newSelectionInput()
        .setType(type)
        .setFieldName(`role-${String(type)}`)
        .setTitle('Role')
        .addItem('Viewer', 'reader', true)
        .addItem('Editor', 'writer', false)
        .setOnChangeAction(action(cs, 'onRoleChange')),
    );
  }
  inputs
    .addWidget(
      cs
        .newDateTimePicker()
        .setFieldName('when')
        .setTitle('When')
        .setValueInMsSinceEpoch(1796112000000)
        .setTimeZoneOffsetInMins(60),
    )
    .addWidget(
      cs
        .newDatePicker()
        .setFieldName('day')
        .setTitle('Day')
        .setValueInMsSinceEpoch('1796112000000'),
    )
    .addWidget(cs.newTimePicker().setFieldName('time').setTitle('Time').setHours(9).setMinutes(30));

  const display = cs
    .newCardSection()
    .addWidget(cs.newTextParagraph().setText('<b>Agenda</b>'))
    .addWidget(
      cs
        .newDecoratedText()
        .setTopLabel('Guest')
        .setText('Bob Chen')
        .setBottomLabel('accepted')
        .setWrapText(true)
        .setStartIcon(icon)
        .setButton(cs.newTextButton().setText('Remove').setOnClickAction(action(cs, 'onRemove'))),
    )
    .addWidget(
      cs
        .newDecoratedText()
        .setText('Notify guests')
        .setSwitchControl(
          cs
            .newSwitch()
            .setFieldName('notify')
            .setValue('yes')
            .setSelected(true)
            .setControlType(cs.SwitchControlType.CHECK_BOX)
            .setOnChangeAction(action(cs, 'onNotify')),
        ),
    )
    .addWidget(
      cs
        .newDecoratedText()
        .setText('Open in Drive')
        .setIcon(cs.Icon.DESCRIPTION)
        .setOpenLink(link(cs)),
    )
    .addWidget(cs.newDivider())
    .addWidget(
      cs
        .newButtonSet()
        .addButton(
          cs
            .newTextButton()
            .setText('Save')
            .setTextButtonStyle(cs.TextButtonStyle.FILLED)
            .setBackgroundColor('#1a73e8')
            .setOnClickAction(action(cs)),
        )
        .addButton(cs.newTextButton().setText('Help').setOpenLink(link(cs)).setDisabled(false))
        .addButton(
          cs
            .newImageButton()
            .setIcon(cs.Icon.STAR)
            .setAltText('Star')
            .setOnClickOpenLinkAction(action(cs, 'onStar')),
        ),
    )
    .addWidget(cs.newTextButton().setText('Alone').setOnClickAction(action(cs)))
    .addWidget(
      cs
        .newImage()
        .setImageUrl('https://www.mingwork.club/static/banner.png')
        .setAltText('Banner')
        .setOpenLink(link(cs)),
    )
    .addWidget(grid);

  return cs
    .newCardBuilder()
    .setName('gallery')
    .setHeader(
      cs
        .newCardHeader()
        .setTitle('Mingwork')
        .setSubtitle('Every widget')
        .setImageUrl('https://www.mingwork.club/static/addon/logo-128.png')
        .setImageStyle(cs.ImageStyle.CIRCLE)
        .setImageAltText('Logo'),
    )
    .setPeekCardHeader(cs.newCardHeader().setTitle('Peek'))
    .setDisplayStyle(cs.DisplayStyle.REPLACE)
    .addCardAction(cs.newCardAction().setText('Refresh').setOnClickAction(action(cs, 'onRefresh')))
    .addSection(display)
    .addSection(inputs)
    .setFixedFooter(
      cs
        .newFixedFooter()
        .setPrimaryButton(
          cs.newTextButton().setText('Confirm').setOnClickAction(action(cs, 'onConfirm')),
        )
        .setSecondaryButton(
          cs.newTextButton().setText('Cancel').setOnClickAction(action(cs, 'onCancel')),
        ),
    )
    .build();
}

export function simpleCard(cs: CardService, title = 'Simple'): Card {
  return cs
    .newCardBuilder()
    .setHeader(cs.newCardHeader().setTitle(title))
    .addSection(cs.newCardSection().addWidget(cs.newTextParagraph().setText('Hello')))
    .build();
}

export function gallery(cs: CardService): GalleryItem[] {
  const card = everyWidgetCard(cs);
  const respond = () => cs.newActionResponseBuilder();
  return [
    { name: 'card with every widget', schema: 'card', printJson: () => card.printJson() },
    { name: 'minimal card', schema: 'card', printJson: () => simpleCard(cs).printJson() },
    {
      name: 'push + notification',
      schema: 'renderAction',
      printJson: () =>
        respond()
          .setNavigation(cs.newNavigation().pushCard(card))
          .setNotification(cs.newNotification().setText('Saved'))
          .build()
          .printJson(),
    },
    {
      name: 'update card',
      schema: 'renderAction',
      printJson: () =>
        respond().setNavigation(cs.newNavigation().updateCard(card)).build().printJson(),
    },
    {
      name: 'pop, pop to named card, pop to root',
      schema: 'renderAction',
      printJson: () =>
        respond()
          .setNavigation(cs.newNavigation().popCard().popToNamedCard('gallery').popToRoot())
          .build()
          .printJson(),
    },
    {
      name: 'open link',
      schema: 'renderAction',
      printJson: () => respond().setOpenLink(link(cs)).build().printJson(),
    },
    {
      name: 'universal action with cards',
      schema: 'renderAction',
      printJson: () =>
        cs
          .newUniversalActionResponseBuilder()
          .displayAddOnCards([card, simpleCard(cs)])
          .build()
          .printJson(),
    },
    {
      name: 'universal action with link',
      schema: 'renderAction',
      printJson: () =>
        cs.newUniversalActionResponseBuilder().setOpenLink(link(cs)).build().printJson(),
    },
    {
      name: 'drive file scope request',
      schema: 'renderAction',
      printJson: () =>
        cs
          .newDriveItemsSelectedActionResponseBuilder()
          .requestFileScope('1Bu4Dg7Et2Fh9Gj3Hk6Jl1Km8Ln5Mp0Nq')
          .build()
          .printJson(),
    },
    {
      name: 'calendar event edit',
      schema: 'renderAction',
      printJson: () =>
        cs
          .newCalendarEventActionResponseBuilder()
          .addAttendees(['carol@globex.example'])
          .addAttachments([
            cs
              .newAttachment()
              .setResourceUrl('https://docs.google.com/document/d/1Qx7/edit')
              .setTitle('Roadmap')
              .setMimeType('application/vnd.google-apps.document')
              .setIconUrl(
                'https://drive-thirdparty.googleusercontent.com/16/type/application/vnd.google-apps.document',
              ),
          ])
          .build()
          .printJson(),
    },
  ];
}
