/**
 * What triggers and callbacks return besides a card. Each renders to a RenderAction
 * (RenderActionResponse.schema.json): navigations, a notification or a link under `action`,
 * host-specific requests under `hostAppAction`.
 */
import { guarded, type Fake } from '../not-implemented';
import { OpenLinkFake } from './actions';
import { Built } from './built';
import { CardFake } from './card';
import { compact, Component, RENDER } from './component';
import type { AddOnAttachmentJson, NavigationJson, RenderActionJson } from './json';

type CardApi = GoogleAppsScript.Card_Service.Card;

export class NotificationFake
  extends Component<{ text: string }>
  implements Fake<GoogleAppsScript.Card_Service.Notification>
{
  private text?: string;

  setText(text: string): this {
    this.text = text;
    return this;
  }

  [RENDER](): { text: string } {
    return { text: this.required(this.text, 'Notification', 'text') };
  }
}

/** Navigation steps run in the order they were added. */
export class NavigationFake
  extends Component<NavigationJson[]>
  implements Fake<GoogleAppsScript.Card_Service.Navigation>
{
  private readonly steps: NavigationJson[] = [];

  pushCard(card: CardApi): this {
    this.steps.push({ pushCard: this.expect(card, CardFake, 'card')[RENDER]() });
    return this;
  }

  updateCard(card: CardApi): this {
    this.steps.push({ updateCard: this.expect(card, CardFake, 'card')[RENDER]() });
    return this;
  }

  popCard(): this {
    this.steps.push({ pop: true });
    return this;
  }

  popToRoot(): this {
    this.steps.push({ popToRoot: true });
    return this;
  }

  popToNamedCard(cardName: string): this {
    this.steps.push({ popToCard: cardName });
    return this;
  }

  printJson(): string {
    return JSON.stringify(this[RENDER](), null, 2);
  }

  [RENDER](): NavigationJson[] {
    return this.steps.map((step) => ({ ...step }));
  }
}

export class ActionResponseFake
  extends Built<RenderActionJson>
  implements Fake<GoogleAppsScript.Card_Service.ActionResponse> {}

export class ActionResponseBuilderFake
  extends Component<RenderActionJson>
  implements Fake<GoogleAppsScript.Card_Service.ActionResponseBuilder>
{
  private navigation?: NavigationFake;
  private notification?: NotificationFake;
  private openLink?: OpenLinkFake;

  setNavigation(navigation: GoogleAppsScript.Card_Service.Navigation): this {
    this.navigation = this.expect(navigation, NavigationFake, 'navigation');
    return this;
  }

  setNotification(notification: GoogleAppsScript.Card_Service.Notification): this {
    this.notification = this.expect(notification, NotificationFake, 'notification');
    return this;
  }

  setOpenLink(openLink: GoogleAppsScript.Card_Service.OpenLink): this {
    this.openLink = this.expect(openLink, OpenLinkFake, 'openLink');
    return this;
  }

  build(): GoogleAppsScript.Card_Service.ActionResponse {
    return guarded(
      'ActionResponse',
      new ActionResponseFake(this.raise, this[RENDER]()),
      this.raise,
    );
  }

  [RENDER](): RenderActionJson {
    if (!this.navigation && !this.notification && !this.openLink) {
      throw this.raise(
        'ActionResponseBuilder: set a navigation, a notification or a link before build().',
        'Exception',
      );
    }
    return {
      action: compact({
        navigations: this.navigation?.[RENDER](),
        notification: this.notification?.[RENDER](),
        link: this.openLink?.[RENDER](),
      }),
    };
  }
}

export class UniversalActionResponseFake
  extends Built<RenderActionJson>
  implements Fake<GoogleAppsScript.Card_Service.UniversalActionResponse> {}

/** Universal actions either show cards (pushed in order) or open a link. */
export class UniversalActionResponseBuilderFake
  extends Component<RenderActionJson>
  implements Fake<GoogleAppsScript.Card_Service.UniversalActionResponseBuilder>
{
  private response?: { cards: CardFake[] } | { openLink: OpenLinkFake };

  displayAddOnCards(cardObjects: CardApi[]): this {
    if (!Array.isArray(cardObjects) || cardObjects.length === 0) {
      throw this.raise('Invalid argument: cardObjects', 'Exception');
    }
    this.response = { cards: cardObjects.map((card) => this.expect(card, CardFake, 'card')) };
    return this;
  }

  setOpenLink(openLink: GoogleAppsScript.Card_Service.OpenLink): this {
    this.response = { openLink: this.expect(openLink, OpenLinkFake, 'openLink') };
    return this;
  }

  build(): GoogleAppsScript.Card_Service.UniversalActionResponse {
    return guarded(
      'UniversalActionResponse',
      new UniversalActionResponseFake(this.raise, this[RENDER]()),
      this.raise,
    );
  }

  [RENDER](): RenderActionJson {
    if (!this.response) {
      throw this.raise(
        'UniversalActionResponseBuilder: display cards or set a link before build().',
        'Exception',
      );
    }
    if ('openLink' in this.response) return { action: { link: this.response.openLink[RENDER]() } };
    return {
      action: { navigations: this.response.cards.map((card) => ({ pushCard: card[RENDER]() })) },
    };
  }
}

export class DriveItemsSelectedActionResponseFake
  extends Built<RenderActionJson>
  implements Fake<GoogleAppsScript.Card_Service.DriveItemsSelectedActionResponse> {}

/** Asks Drive to show the per-file consent dialog for the drive.file scope. */
export class DriveItemsSelectedActionResponseBuilderFake
  extends Component<RenderActionJson>
  implements Fake<GoogleAppsScript.Card_Service.DriveItemsSelectedActionResponseBuilder>
{
  private itemId?: string;

  requestFileScope(itemId: string): this {
    this.itemId = itemId;
    return this;
  }

  build(): GoogleAppsScript.Card_Service.DriveItemsSelectedActionResponse {
    return guarded(
      'DriveItemsSelectedActionResponse',
      new DriveItemsSelectedActionResponseFake(this.raise, this[RENDER]()),
      this.raise,
    );
  }

  [RENDER](): RenderActionJson {
    const itemId = this.required(this.itemId, 'DriveItemsSelectedActionResponseBuilder', 'item id');
    return { hostAppAction: { driveAction: { requestFileScope: { itemId } } } };
  }
}

export class AttachmentFake
  extends Component<AddOnAttachmentJson>
  implements Fake<GoogleAppsScript.Card_Service.Attachment>
{
  private json: Partial<AddOnAttachmentJson> = {};

  setResourceUrl(resourceUrl: string): this {
    this.json.resourceUrl = resourceUrl;
    return this;
  }

  setTitle(title: string): this {
    this.json.title = title;
    return this;
  }

  setMimeType(mimeType: string): this {
    this.json.mimeType = mimeType;
    return this;
  }

  setIconUrl(iconUrl: string): this {
    this.json.iconUrl = iconUrl;
    return this;
  }

  [RENDER](): AddOnAttachmentJson {
    return {
      ...this.json,
      resourceUrl: this.required(this.json.resourceUrl, 'Attachment', 'resource URL'),
      title: this.required(this.json.title, 'Attachment', 'title'),
    };
  }
}

export class CalendarEventActionResponseFake
  extends Built<RenderActionJson>
  implements Fake<GoogleAppsScript.Card_Service.CalendarEventActionResponse> {}

/** Edits the open event in the Calendar UI (the user still saves the event). */
export class CalendarEventActionResponseBuilderFake
  extends Component<RenderActionJson>
  implements Fake<GoogleAppsScript.Card_Service.CalendarEventActionResponseBuilder>
{
  private readonly attendees: string[] = [];
  private readonly attachments: AttachmentFake[] = [];

  addAttendees(emails: string[]): this {
    this.attendees.push(...emails.map(String));
    return this;
  }

  addAttachments(attachments: GoogleAppsScript.Card_Service.Attachment[]): this {
    this.attachments.push(
      ...attachments.map((attachment) => this.expect(attachment, AttachmentFake, 'attachment')),
    );
    return this;
  }

  build(): GoogleAppsScript.Card_Service.CalendarEventActionResponse {
    return guarded(
      'CalendarEventActionResponse',
      new CalendarEventActionResponseFake(this.raise, this[RENDER]()),
      this.raise,
    );
  }

  [RENDER](): RenderActionJson {
    if (this.attendees.length === 0 && this.attachments.length === 0) {
      throw this.raise(
        'CalendarEventActionResponseBuilder: add attendees or attachments before build().',
        'Exception',
      );
    }
    return {
      hostAppAction: {
        calendarAction: compact({
          editAttendeesActionMarkup:
            this.attendees.length > 0 ? { addAttendeeEmails: [...this.attendees] } : undefined,
          addAttachmentsActionMarkup:
            this.attachments.length > 0
              ? { addonAttachments: this.attachments.map((attachment) => attachment[RENDER]()) }
              : undefined,
        }),
      },
    };
  }
}
