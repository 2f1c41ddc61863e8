/**
 * CardService's enums. In Apps Script each member prints as its own name, which is also the
 * value the card JSON carries, so the fakes use the names as values.
 */

type EnumOf<N extends string> = Readonly<{ [K in N]: K }>;

function enumOf<const N extends string>(names: readonly N[]): EnumOf<N> {
  return Object.freeze(Object.fromEntries(names.map((name) => [name, name]))) as EnumOf<N>;
}

export const SELECTION_INPUT_TYPES = [
  'CHECK_BOX',
  'RADIO_BUTTON',
  'DROPDOWN',
  'SWITCH',
  'MULTI_SELECT',
] as const;
export const TEXT_BUTTON_STYLES = [
  'OUTLINED',
  'TEXT',
  'FILLED',
  'FILLED_TONAL',
  'BORDERLESS',
] as const;
export const IMAGE_STYLES = ['SQUARE', 'CIRCLE'] as const;
export const IMAGE_CROP_TYPES = ['SQUARE', 'CIRCLE', 'RECTANGLE_CUSTOM', 'RECTANGLE_4_3'] as const;
export const OPEN_AS = ['FULL_SIZE', 'OVERLAY'] as const;
export const ON_CLOSE = ['NOTHING', 'RELOAD', 'RELOAD_ADD_ON'] as const;
export const LOAD_INDICATORS = ['SPINNER', 'NONE'] as const;
export const SWITCH_CONTROL_TYPES = ['SWITCH', 'CHECK_BOX'] as const;
export const GRID_ITEM_LAYOUTS = ['TEXT_BELOW', 'TEXT_ABOVE'] as const;
export const HORIZONTAL_ALIGNMENTS = ['START', 'CENTER', 'END'] as const;
export const BORDER_TYPES = ['NO_BORDER', 'STROKE'] as const;
export const DISPLAY_STYLES = ['PEEK', 'REPLACE'] as const;
export const INTERACTIONS = ['INTERACTION_UNSPECIFIED', 'OPEN_DIALOG'] as const;
export const KNOWN_ICONS = [
  'NONE',
  'AIRPLANE',
  'BOOKMARK',
  'BUS',
  'CAR',
  'CLOCK',
  'CONFIRMATION_NUMBER_ICON',
  'DOLLAR',
  'DESCRIPTION',
  'EMAIL',
  'EVENT_PERFORMER',
  'EVENT_SEAT',
  'FLIGHT_ARRIVAL',
  'FLIGHT_DEPARTURE',
  'HOTEL',
  'HOTEL_ROOM_TYPE',
  'INVITE',
  'MAP_PIN',
  'MEMBERSHIP',
  'MULTIPLE_PEOPLE',
  'OFFER',
  'PERSON',
  'PHONE',
  'RESTAURANT_ICON',
  'SHOPPING_CART',
  'STAR',
  'STORE',
  'TICKET',
  'TRAIN',
  'VIDEO_CAMERA',
  'VIDEO_PLAY',
] as const;

export const CARD_SERVICE_ENUMS = {
  SelectionInputType: enumOf(SELECTION_INPUT_TYPES),
  TextButtonStyle: enumOf(TEXT_BUTTON_STYLES),
  ImageStyle: enumOf(IMAGE_STYLES),
  ImageCropType: enumOf(IMAGE_CROP_TYPES),
  OpenAs: enumOf(OPEN_AS),
  OnClose: enumOf(ON_CLOSE),
  LoadIndicator: enumOf(LOAD_INDICATORS),
  SwitchControlType: enumOf(SWITCH_CONTROL_TYPES),
  GridItemLayout: enumOf(GRID_ITEM_LAYOUTS),
  HorizontalAlignment: enumOf(HORIZONTAL_ALIGNMENTS),
  BorderType: enumOf(BORDER_TYPES),
  DisplayStyle: enumOf(DISPLAY_STYLES),
  Interaction: enumOf(INTERACTIONS),
  Icon: enumOf(KNOWN_ICONS),
};
