/** The CardService global: enums plus a factory for every builder the workbench fakes. */
import { guarded, type Fake } from '../not-implemented';
import type { Raise } from '../runtime';
import { ActionFake, OpenLinkFake } from './actions';
import { ButtonSetFake, IconImageFake, ImageButtonFake, TextButtonFake } from './buttons';
import {
  CardActionFake,
  CardBuilderFake,
  CardHeaderFake,
  CardSectionFake,
  FixedFooterFake,
} from './card';
import type { Component } from './component';
import { CARD_SERVICE_ENUMS } from './enums';
import {
  DatePickerFake,
  DateTimePickerFake,
  SelectionInputFake,
  SuggestionsFake,
  SwitchFake,
  TextInputFake,
  TimePickerFake,
} from './input-widgets';
import {
  BorderStyleFake,
  GridFake,
  GridItemFake,
  ImageComponentFake,
  ImageCropStyleFake,
  ImageFake,
} from './media-widgets';
import {
  ActionResponseBuilderFake,
  AttachmentFake,
  CalendarEventActionResponseBuilderFake,
  DriveItemsSelectedActionResponseBuilderFake,
  NavigationFake,
  NotificationFake,
  UniversalActionResponseBuilderFake,
} from './responses';
import { DecoratedTextFake, DividerFake, TextParagraphFake } from './text-widgets';

type CardServiceApi = GoogleAppsScript.Card_Service.CardService;

/** Apps Script class name → the fake that stands for it. */
const BUILDERS = {
  Action: ActionFake,
  ActionResponseBuilder: ActionResponseBuilderFake,
  Attachment: AttachmentFake,
  BorderStyle: BorderStyleFake,
  ButtonSet: ButtonSetFake,
  CalendarEventActionResponseBuilder: CalendarEventActionResponseBuilderFake,
  CardAction: CardActionFake,
  CardBuilder: CardBuilderFake,
  CardHeader: CardHeaderFake,
  CardSection: CardSectionFake,
  DatePicker: DatePickerFake,
  DateTimePicker: DateTimePickerFake,
  DecoratedText: DecoratedTextFake,
  Divider: DividerFake,
  DriveItemsSelectedActionResponseBuilder: DriveItemsSelectedActionResponseBuilderFake,
  FixedFooter: FixedFooterFake,
  Grid: GridFake,
  GridItem: GridItemFake,
  IconImage: IconImageFake,
  Image: ImageFake,
  ImageButton: ImageButtonFake,
  ImageComponent: ImageComponentFake,
  ImageCropStyle: ImageCropStyleFake,
  Navigation: NavigationFake,
  Notification: NotificationFake,
  OpenLink: OpenLinkFake,
  SelectionInput: SelectionInputFake,
  Suggestions: SuggestionsFake,
  Switch: SwitchFake,
  TextButton: TextButtonFake,
  TextInput: TextInputFake,
  TextParagraph: TextParagraphFake,
  TimePicker: TimePickerFake,
  UniversalActionResponseBuilder: UniversalActionResponseBuilderFake,
} satisfies Record<string, new (raise: Raise) => Component<unknown>>;

export function createCardService(raise: Raise): CardServiceApi {
  const factories = Object.fromEntries(
    Object.entries(BUILDERS).map(([name, Builder]) => [
      `new${name}`,
      () => guarded(name, new Builder(raise), raise),
    ]),
  );
  const service: Fake<CardServiceApi> = { ...CARD_SERVICE_ENUMS, ...factories };
  return guarded<CardServiceApi>('CardService', service, raise);
}
