/** Cards and what they are made of: header, sections, footer, card actions. */
import { guarded, type Fake } from '../not-implemented';
import { Clickable } from './actions';
import { Built } from './built';
import { TextButtonFake } from './buttons';
import { compact, Component, RENDER } from './component';
import { DISPLAY_STYLES, IMAGE_STYLES } from './enums';
import type { CardActionJson, CardHeaderJson, CardJson, SectionJson, WidgetJson } from './json';
import { AS_WIDGET, isSectionWidget, type SectionWidget } from './widget';

/** Limits the card service enforces when a card is built. */
export const CARD_LIMITS = { sections: 100, widgetsPerSection: 100 } as const;

export class CardFake extends Built<CardJson> implements Fake<GoogleAppsScript.Card_Service.Card> {}

export class CardHeaderFake
  extends Component<CardHeaderJson>
  implements Fake<GoogleAppsScript.Card_Service.CardHeader>
{
  private json: Partial<CardHeaderJson> = {};

  setTitle(title: string): this {
    this.json.title = title;
    return this;
  }

  setSubtitle(subtitle: string): this {
    this.json.subtitle = subtitle;
    return this;
  }

  setImageUrl(imageUrl: string): this {
    this.json.imageUrl = imageUrl;
    return this;
  }

  setImageStyle(imageStyle: GoogleAppsScript.Card_Service.ImageStyle): this {
    this.json.imageType = this.member(imageStyle, IMAGE_STYLES, 'imageStyle');
    return this;
  }

  setImageAltText(imageAltText: string): this {
    this.json.imageAltText = imageAltText;
    return this;
  }

  [RENDER](): CardHeaderJson {
    return { ...this.json, title: this.required(this.json.title, 'CardHeader', 'title') };
  }
}

export class CardSectionFake
  extends Component<SectionJson>
  implements Fake<GoogleAppsScript.Card_Service.CardSection>
{
  private header?: string;
  private collapsible?: boolean;
  private uncollapsibleWidgetsCount?: number;
  private readonly widgets: SectionWidget[] = [];

  setHeader(header: string): this {
    this.header = header;
    return this;
  }

  setCollapsible(collapsible: boolean): this {
    this.collapsible = Boolean(collapsible);
    return this;
  }

  setNumUncollapsibleWidgets(numUncollapsibleWidgets: number): this {
    this.uncollapsibleWidgetsCount = numUncollapsibleWidgets;
    return this;
  }

  addWidget(widget: GoogleAppsScript.Card_Service.Widget): this {
    if (!isSectionWidget(widget)) throw this.raise('Invalid argument: widget', 'Exception');
    if (this.widgets.length >= CARD_LIMITS.widgetsPerSection) {
      throw this.raise(
        `CardSection: a section holds at most ${CARD_LIMITS.widgetsPerSection} widgets.`,
        'Exception',
      );
    }
    this.widgets.push(widget);
    return this;
  }

  [RENDER](): SectionJson {
    if (this.widgets.length === 0) {
      throw this.raise('CardSection: a section needs at least one widget.', 'Exception');
    }
    return compact<SectionJson>({
      header: this.header,
      collapsible: this.collapsible,
      uncollapsibleWidgetsCount: this.uncollapsibleWidgetsCount,
      widgets: this.widgets.map((widget): WidgetJson => widget[AS_WIDGET]()),
    });
  }
}

export class FixedFooterFake
  extends Component<NonNullable<CardJson['fixedFooter']>>
  implements Fake<GoogleAppsScript.Card_Service.FixedFooter>
{
  private primaryButton?: TextButtonFake;
  private secondaryButton?: TextButtonFake;

  setPrimaryButton(button: GoogleAppsScript.Card_Service.TextButton): this {
    this.primaryButton = this.expect(button, TextButtonFake, 'button');
    return this;
  }

  setSecondaryButton(button: GoogleAppsScript.Card_Service.TextButton): this {
    this.secondaryButton = this.expect(button, TextButtonFake, 'button');
    return this;
  }

  [RENDER](): NonNullable<CardJson['fixedFooter']> {
    const primary = this.required(this.primaryButton, 'FixedFooter', 'primary button');
    return compact({
      primaryButton: primary[RENDER](),
      secondaryButton: this.secondaryButton?.[RENDER](),
    });
  }
}

export class CardActionFake
  extends Clickable<CardActionJson>
  implements Fake<GoogleAppsScript.Card_Service.CardAction>
{
  private text?: string;

  setText(text: string): this {
    this.text = text;
    return this;
  }

  [RENDER](): CardActionJson {
    const onClick = this.renderOnClick();
    if (!onClick) throw this.raise('CardAction: an action or link is required.', 'Exception');
    return { actionLabel: this.required(this.text, 'CardAction', 'text'), onClick };
  }
}

export class CardBuilderFake
  extends Component<CardJson>
  implements Fake<GoogleAppsScript.Card_Service.CardBuilder>
{
  private header?: CardHeaderFake;
  private peekCardHeader?: CardHeaderFake;
  private readonly sections: CardSectionFake[] = [];
  private readonly cardActions: CardActionFake[] = [];
  private name?: string;
  private fixedFooter?: FixedFooterFake;
  private displayStyle?: CardJson['displayStyle'];

  setHeader(cardHeader: GoogleAppsScript.Card_Service.CardHeader): this {
    this.header = this.expect(cardHeader, CardHeaderFake, 'cardHeader');
    return this;
  }

  setPeekCardHeader(peekCardHeader: GoogleAppsScript.Card_Service.CardHeader): this {
    this.peekCardHeader = this.expect(peekCardHeader, CardHeaderFake, 'peekCardHeader');
    return this;
  }

  addSection(section: GoogleAppsScript.Card_Service.CardSection): this {
    if (this.sections.length >= CARD_LIMITS.sections) {
      throw this.raise(
        `CardBuilder: a card holds at most ${CARD_LIMITS.sections} sections.`,
        'Exception',
      );
    }
    this.sections.push(this.expect(section, CardSectionFake, 'section'));
    return this;
  }

  addCardAction(cardAction: GoogleAppsScript.Card_Service.CardAction): this {
    this.cardActions.push(this.expect(cardAction, CardActionFake, 'cardAction'));
    return this;
  }

  setName(name: string): this {
    this.name = name;
    return this;
  }

  setFixedFooter(fixedFooter: GoogleAppsScript.Card_Service.FixedFooter): this {
    this.fixedFooter = this.expect(fixedFooter, FixedFooterFake, 'fixedFooter');
    return this;
  }

  setDisplayStyle(displayStyle: GoogleAppsScript.Card_Service.DisplayStyle): this {
    this.displayStyle = this.member(displayStyle, DISPLAY_STYLES, 'displayStyle');
    return this;
  }

  build(): GoogleAppsScript.Card_Service.Card {
    return guarded('Card', new CardFake(this.raise, this[RENDER]()), this.raise);
  }

  [RENDER](): CardJson {
    if (this.sections.length === 0) {
      throw this.raise('CardBuilder: a card needs at least one section.', 'Exception');
    }
    return compact<CardJson>({
      header: this.header?.[RENDER](),
      sections: this.sections.map((section) => section[RENDER]()),
      cardActions:
        this.cardActions.length > 0
          ? this.cardActions.map((action) => action[RENDER]())
          : undefined,
      name: this.name,
      fixedFooter: this.fixedFooter?.[RENDER](),
      displayStyle: this.displayStyle,
      peekCardHeader: this.peekCardHeader?.[RENDER](),
    });
  }
}
