/** Buttons and the icons they and decorated text carry. */
import type { Fake } from '../not-implemented';
import type { Raise } from '../runtime';
import { Clickable } from './actions';
import { compact, Component, RENDER } from './component';
import { IMAGE_CROP_TYPES, KNOWN_ICONS, TEXT_BUTTON_STYLES } from './enums';
import type { ButtonJson, ColorJson, IconJson, WidgetJson } from './json';
import { AS_WIDGET, colorFromHex, type SectionWidget } from './widget';

type IconImageApi = GoogleAppsScript.Card_Service.IconImage;

export class IconImageFake extends Component<IconJson> implements Fake<IconImageApi> {
  private knownIcon?: string;
  private iconUrl?: string;
  private altText?: string;
  private imageType?: IconJson['imageType'];

  setIcon(icon: GoogleAppsScript.Card_Service.Icon): this {
    this.knownIcon = this.member(icon, KNOWN_ICONS, 'icon');
    this.iconUrl = undefined;
    return this;
  }

  setIconUrl(url: string): this {
    this.iconUrl = url;
    this.knownIcon = undefined;
    return this;
  }

  setAltText(altText: string): this {
    this.altText = altText;
    return this;
  }

  /** Icons are only cropped square or round; the rectangular crops are for images. */
  setImageCropType(imageCropType: GoogleAppsScript.Card_Service.ImageCropType): this {
    const crop = this.member(imageCropType, IMAGE_CROP_TYPES, 'imageCropType');
    this.imageType = crop === 'CIRCLE' ? 'CIRCLE' : 'SQUARE';
    return this;
  }

  [RENDER](): IconJson {
    if (this.knownIcon === undefined && this.iconUrl === undefined) {
      throw this.raise('IconImage: an icon or icon URL is required.', 'Exception');
    }
    return compact<IconJson>({
      knownIcon: this.knownIcon,
      iconUrl: this.iconUrl,
      altText: this.altText,
      imageType: this.imageType,
    });
  }
}

/** TextButton and ImageButton: both need something to show and something to do on click. */
export abstract class ButtonFake extends Clickable<ButtonJson> implements SectionWidget {
  protected disabled?: boolean;

  setDisabled(disabled: boolean): this {
    this.disabled = Boolean(disabled);
    return this;
  }

  protected requiredOnClick(component: string): NonNullable<ButtonJson['onClick']> {
    const onClick = this.renderOnClick();
    if (!onClick) throw this.raise(`${component}: an action or link is required.`, 'Exception');
    return onClick;
  }

  /** A button added straight to a section shows as a one-button list. */
  [AS_WIDGET](): WidgetJson {
    return { buttonList: { buttons: [this[RENDER]()] } };
  }
}

export class TextButtonFake
  extends ButtonFake
  implements Fake<GoogleAppsScript.Card_Service.TextButton>
{
  private text?: string;
  private altText?: string;
  private style?: (typeof TEXT_BUTTON_STYLES)[number];
  private color?: ColorJson;

  setText(text: string): this {
    this.text = text;
    return this;
  }

  setAltText(altText: string): this {
    this.altText = altText;
    return this;
  }

  setTextButtonStyle(textButtonStyle: GoogleAppsScript.Card_Service.TextButtonStyle): this {
    this.style = this.member(textButtonStyle, TEXT_BUTTON_STYLES, 'textButtonStyle');
    return this;
  }

  setBackgroundColor(backgroundColor: string): this {
    this.color = colorFromHex(backgroundColor, this.raise);
    return this;
  }

  /** TEXT is Apps Script's older name for a borderless button. */
  [RENDER](): ButtonJson {
    return compact<ButtonJson>({
      text: this.required(this.text, 'TextButton', 'text'),
      altText: this.altText,
      type: this.style === 'TEXT' ? 'BORDERLESS' : this.style,
      color: this.color,
      disabled: this.disabled,
      onClick: this.requiredOnClick('TextButton'),
    });
  }
}

/** Apps Script's alt text for an image button that has none. */
const GENERIC_BUTTON_TEXT = 'Button';

export class ImageButtonFake
  extends ButtonFake
  implements Fake<GoogleAppsScript.Card_Service.ImageButton>
{
  private readonly icon: IconImageFake;
  private altText?: string;

  constructor(raise: Raise) {
    super(raise);
    this.icon = new IconImageFake(raise);
  }

  setIcon(icon: GoogleAppsScript.Card_Service.Icon): this {
    this.icon.setIcon(icon);
    return this;
  }

  setIconUrl(url: string): this {
    this.icon.setIconUrl(url);
    return this;
  }

  setAltText(altText: string): this {
    this.altText = altText;
    this.icon.setAltText(altText);
    return this;
  }

  /**
   * The schema requires `text` on every button, so the alt text doubles as the button's
   * text; renderers show image buttons by their icon.
   */
  [RENDER](): ButtonJson {
    return compact<ButtonJson>({
      text: this.altText ?? GENERIC_BUTTON_TEXT,
      icon: this.icon[RENDER](),
      disabled: this.disabled,
      onClick: this.requiredOnClick('ImageButton'),
    });
  }
}

export class ButtonSetFake
  extends Component<WidgetJson>
  implements Fake<GoogleAppsScript.Card_Service.ButtonSet>, SectionWidget
{
  private readonly buttons: ButtonFake[] = [];

  addButton(button: GoogleAppsScript.Card_Service.Button): this {
    this.buttons.push(this.expect(button, ButtonFake, 'button'));
    return this;
  }

  [RENDER](): WidgetJson {
    if (this.buttons.length === 0) {
      throw this.raise('ButtonSet: at least one button is required.', 'Exception');
    }
    return { buttonList: { buttons: this.buttons.map((button) => button[RENDER]()) } };
  }

  [AS_WIDGET](): WidgetJson {
    return this[RENDER]();
  }
}
