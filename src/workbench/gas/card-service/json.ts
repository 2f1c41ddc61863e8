/**
 * Google's card JSON (the alternate-runtime format that Card.printJson() returns and the
 * host renders). Field names follow Card.schema.json and RenderActionResponse.schema.json.
 */

export interface ActionParameterJson {
  key: string;
  value: string;
}

export interface ActionJson {
  function: string;
  parameters?: ActionParameterJson[];
  loadIndicator?: 'SPINNER' | 'NONE';
  persistValues?: boolean;
  interaction?: 'OPEN_DIALOG';
  requiredWidgets?: string[];
  allWidgetsAreRequired?: boolean;
}

export interface OpenLinkJson {
  url: string;
  openAs?: 'FULL_SIZE' | 'OVERLAY';
  onClose?: 'NOTHING' | 'RELOAD';
}

export interface OnClickJson {
  action?: ActionJson;
  openLink?: OpenLinkJson;
  openDynamicLinkAction?: ActionJson;
}

export interface IconJson {
  knownIcon?: string;
  iconUrl?: string;
  altText?: string;
  imageType?: 'SQUARE' | 'CIRCLE';
}

export interface ColorJson {
  red: number;
  green: number;
  blue: number;
  alpha?: number;
}

export interface ButtonJson {
  text: string;
  icon?: IconJson;
  color?: ColorJson;
  type?: string;
  altText?: string;
  disabled?: boolean;
  onClick: OnClickJson;
}

export interface SwitchControlJson {
  name: string;
  value?: string;
  selected?: boolean;
  onChangeAction?: ActionJson;
  controlType?: 'SWITCH' | 'CHECKBOX';
}

export interface SelectionItemJson {
  text: string;
  value: string;
  selected: boolean;
}

export interface BorderStyleJson {
  type: 'NO_BORDER' | 'STROKE';
  strokeColor?: ColorJson;
  cornerRadius?: number;
}

export interface ImageComponentJson {
  imageUri: string;
  altText?: string;
  cropStyle?: { type: string; aspectRatio?: number };
  borderStyle?: BorderStyleJson;
}

export interface GridItemJson {
  id?: string;
  image?: ImageComponentJson;
  title?: string;
  subtitle?: string;
  textAlignment?: 'START' | 'CENTER' | 'END';
  layout?: 'TEXT_BELOW' | 'TEXT_ABOVE';
}

export interface DecoratedTextJson {
  text: string;
  topLabel?: string;
  bottomLabel?: string;
  wrapText?: boolean;
  icon?: IconJson;
  endIcon?: IconJson;
  button?: ButtonJson;
  switchControl?: SwitchControlJson;
  onClick?: OnClickJson;
}

export interface TextInputJson {
  name: string;
  label?: string;
  hintText?: string;
  value?: string;
  type?: 'SINGLE_LINE' | 'MULTIPLE_LINE';
  onChangeAction?: ActionJson;
  initialSuggestions?: { items: { text: string }[] };
  autoCompleteAction?: ActionJson;
}

export interface SelectionInputJson {
  name: string;
  label?: string;
  type: 'CHECK_BOX' | 'RADIO_BUTTON' | 'SWITCH' | 'DROPDOWN' | 'MULTI_SELECT';
  items: SelectionItemJson[];
  onChangeAction?: ActionJson;
}

/**
 * valueMsEpoch: DATE_AND_TIME an instant, shown in `timezoneOffsetDate` (minutes) or else the
 * user's zone; DATE_ONLY midnight UTC of the date; TIME_ONLY milliseconds since midnight.
 */
export interface DateTimePickerJson {
  name: string;
  label?: string;
  type: 'DATE_AND_TIME' | 'DATE_ONLY' | 'TIME_ONLY';
  valueMsEpoch?: number;
  timezoneOffsetDate?: number;
  onChangeAction?: ActionJson;
}

export interface GridJson {
  title?: string;
  items: GridItemJson[];
  borderStyle?: BorderStyleJson;
  columnCount?: number;
  onClick?: OnClickJson;
}

export interface ImageJson {
  imageUrl: string;
  altText?: string;
  onClick?: OnClickJson;
}

export interface WidgetJson {
  textParagraph?: { text: string };
  image?: ImageJson;
  decoratedText?: DecoratedTextJson;
  buttonList?: { buttons: ButtonJson[] };
  textInput?: TextInputJson;
  selectionInput?: SelectionInputJson;
  dateTimePicker?: DateTimePickerJson;
  divider?: Record<string, never>;
  grid?: GridJson;
}

export interface SectionJson {
  header?: string;
  collapsible?: boolean;
  uncollapsibleWidgetsCount?: number;
  widgets: WidgetJson[];
}

export interface CardHeaderJson {
  title: string;
  subtitle?: string;
  imageUrl?: string;
  imageType?: 'SQUARE' | 'CIRCLE';
  imageAltText?: string;
}

export interface CardActionJson {
  actionLabel: string;
  onClick: OnClickJson;
}

export interface CardJson {
  header?: CardHeaderJson;
  sections: SectionJson[];
  cardActions?: CardActionJson[];
  name?: string;
  fixedFooter?: { primaryButton: ButtonJson; secondaryButton?: ButtonJson };
  displayStyle?: 'PEEK' | 'REPLACE';
  peekCardHeader?: CardHeaderJson;
}

export interface NavigationJson {
  pushCard?: CardJson;
  updateCard?: CardJson;
  pop?: true;
  popToRoot?: true;
  popToCard?: string;
}

export interface AddOnAttachmentJson {
  resourceUrl: string;
  title: string;
  mimeType?: string;
  iconUrl?: string;
}

export interface HostAppActionJson {
  driveAction?: { requestFileScope: { itemId: string } };
  calendarAction?: {
    editAttendeesActionMarkup?: { addAttendeeEmails: string[] };
    addAttachmentsActionMarkup?: { addonAttachments: AddOnAttachmentJson[] };
  };
}

/** What a trigger or callback returns to the host: RenderActionResponse.schema.json. */
export interface RenderActionJson {
  action?: {
    navigations?: NavigationJson[];
    notification?: { text: string };
    link?: OpenLinkJson;
  };
  hostAppAction?: HostAppActionJson;
}

/**
 * What the host sends back for one input of the card on screen, as a value of
 * `commonEventObject.formInputs` (CommonEvent.schema.json): text and choices as strings,
 * pickers as a date-time, a date or a time.
 */
export type FormInputJson =
  | { stringInputs: { value: string[] } }
  | { dateTimeInput: { msSinceEpoch: number; hasDate: true; hasTime: true } }
  | { dateInput: { msSinceEpoch: number } }
  | { timeInput: { hours: number; minutes: number } };
