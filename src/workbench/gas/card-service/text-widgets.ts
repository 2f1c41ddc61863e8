/** Widgets that show text: paragraphs, decorated text, dividers. */
import type { Fake } from '../not-implemented';
import { ButtonFake, IconImageFake } from './buttons';
import { compact, RENDER } from './component';
import type { IconJson, WidgetJson } from './json';
import { SwitchFake } from './input-widgets';
import { ClickableWidget, Widget } from './widget';

type DecoratedTextJson = NonNullable<WidgetJson['decoratedText']>;

export class TextParagraphFake
  extends Widget
  implements Fake<GoogleAppsScript.Card_Service.TextParagraph>
{
  private text?: string;

  setText(text: string): this {
    this.text = text;
    return this;
  }

  [RENDER](): WidgetJson {
    return { textParagraph: { text: this.required(this.text, 'TextParagraph', 'text') } };
  }
}

export class DividerFake extends Widget {
  [RENDER](): WidgetJson {
    return { divider: {} };
  }
}

/** The control at the end of a decorated text: a button or a switch, whichever was set last. */
type EndControl = { button: ButtonFake } | { switchControl: SwitchFake };

export class DecoratedTextFake
  extends ClickableWidget
  implements Fake<GoogleAppsScript.Card_Service.DecoratedText>
{
  private text?: string;
  private topLabel?: string;
  private bottomLabel?: string;
  private wrapText?: boolean;
  private startIcon?: IconImageFake;
  private endIcon?: IconImageFake;
  private control?: EndControl;

  setText(text: string): this {
    this.text = text;
    return this;
  }

  setTopLabel(text: string): this {
    this.topLabel = text;
    return this;
  }

  setBottomLabel(text: string): this {
    this.bottomLabel = text;
    return this;
  }

  setWrapText(wrapText: boolean): this {
    this.wrapText = Boolean(wrapText);
    return this;
  }

  setStartIcon(startIcon: GoogleAppsScript.Card_Service.IconImage): this {
    this.startIcon = this.expect(startIcon, IconImageFake, 'startIcon');
    return this;
  }

  setEndIcon(endIcon: GoogleAppsScript.Card_Service.IconImage): this {
    this.endIcon = this.expect(endIcon, IconImageFake, 'endIcon');
    return this;
  }

  /** The older way to set the start icon, kept by Apps Script and by add-ons written for it. */
  setIcon(icon: GoogleAppsScript.Card_Service.Icon): this {
    this.startIcon = new IconImageFake(this.raise).setIcon(icon);
    return this;
  }

  setIconUrl(url: string): this {
    this.startIcon = new IconImageFake(this.raise).setIconUrl(url);
    return this;
  }

  setButton(button: GoogleAppsScript.Card_Service.Button): this {
    this.control = { button: this.expect(button, ButtonFake, 'button') };
    return this;
  }

  setSwitchControl(switchToSet: GoogleAppsScript.Card_Service.Switch): this {
    this.control = { switchControl: this.expect(switchToSet, SwitchFake, 'switchControl') };
    return this;
  }

  [RENDER](): WidgetJson {
    const json: DecoratedTextJson = compact<DecoratedTextJson>({
      topLabel: this.topLabel,
      text: this.required(this.text, 'DecoratedText', 'text'),
      bottomLabel: this.bottomLabel,
      wrapText: this.wrapText,
      icon: this.startIcon?.[RENDER]() as IconJson | undefined,
      endIcon: this.endIcon?.[RENDER](),
      onClick: this.renderOnClick(),
    });
    if (this.control && 'button' in this.control) json.button = this.control.button[RENDER]();
    if (this.control && 'switchControl' in this.control) {
      json.switchControl = this.control.switchControl[RENDER]();
    }
    return { decoratedText: json };
  }
}
