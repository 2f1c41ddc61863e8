/**
 * A user at the Calendar side panel, driven through the built add-on in the sandbox against
 * the real backend: open the homepage or an event, click what the card on top shows, type
 * into its inputs. Responses move the card stack as Google's side panel moves it, and every
 * invocation is kept for the privacy scan and the round-trip counts.
 */
import { navigate } from '../../../src/workbench/web/card-stack';
import {
  calendarEventOpenEvent,
  calendarPart,
  cardActionEvent,
  homepageEvent,
  type FormValue,
} from '../../../src/workbench/events';
import type {
  CardJson,
  RenderActionJson,
  WidgetJson,
} from '../../../src/workbench/gas/card-service/json';
import type { UrlFetchTraceEntry } from '../../../src/workbench/gas/trace';
import type { World } from '../../../src/workbench/gas/world';
import type { Invocation, Sandbox } from '../../../src/workbench/sandbox';
import { actionFound, buttonsIn, textsOf, widgetsOf, type ActionFound } from '../addon/card-json';

export interface Step extends Invocation {
  functionName: string;
  /** The backend calls this step made. */
  fetches: UrlFetchTraceEntry[];
  notification?: string;
}

export class SidebarSession {
  stack: CardJson[] = [];
  readonly steps: Step[] = [];
  /** The event open in Calendar, whose `calendar` part Google adds to every callback. */
  private openEventId: string | null = null;

  constructor(
    readonly sandbox: Sandbox,
    readonly world: World,
    private readonly now: Date,
  ) {}

  get top(): CardJson {
    const card = this.stack[this.stack.length - 1];
    if (!card) throw new Error('The side panel shows no card.');
    return card;
  }

  /** Paragraphs and decorated texts of the card on top. */
  texts(): string[] {
    return textsOf(this.top);
  }

  get last(): Step {
    const step = this.steps[this.steps.length - 1];
    if (!step) throw new Error('Nothing was run yet.');
    return step;
  }

  homepage(): Step {
    this.openEventId = null;
    return this.run('onCalendarHomepage', homepageEvent('CALENDAR', this.who()));
  }

  /** Picks Account, Privacy centre or Admin console from the add-on's menu, in Calendar. */
  universalAction(functionName: 'onAccountAction' | 'onPrivacyAction' | 'onAdminAction'): Step {
    this.openEventId = null;
    return this.run(functionName, homepageEvent('CALENDAR', this.who()));
  }

  /** Opens the event in Calendar: the event-open trigger with Calendar's event object. */
  openEvent(eventId: string, calendarId?: string): Step {
    this.openEventId = eventId;
    const access = this.sandbox.manifest.addOns?.calendar?.currentEventAccess;
    const event = calendarEventOpenEvent({
      ...this.who(),
      world: this.world,
      eventId,
      access,
      calendarId,
    });
    return this.run('onCalendarEventOpen', event);
  }

  /** Clicks the button labelled `text` on the card on top, with what the user typed. */
  click(text: string, typed: Record<string, FormValue> = {}): Step {
    const found = buttonsIn(this.top).find((button) => button.text === text);
    if (!found?.action) {
      const shown = buttonsIn(this.top).map((button) => button.text);
      throw new Error(`No button "${text}" on the card; it shows ${shown.join(', ')}.`);
    }
    return this.act(found.action, typed);
  }

  /**
   * Clicks the button labelled `text` that belongs to the item showing `item`: on the item's
   * own line, or in the buttons right under it (as "Remove" under a note).
   */
  clickFor(item: string, text: string, typed: Record<string, FormValue> = {}): Step {
    const widgets = widgetsOf(this.top);
    const at = widgets.findIndex((w) => w.decoratedText?.text.includes(item));
    const candidates = widgets
      .slice(at, at + 2)
      .flatMap((w) => [
        ...(w.decoratedText?.button ? [w.decoratedText.button] : []),
        ...(w.buttonList?.buttons ?? []),
      ]);
    const found = at < 0 ? undefined : candidates.find((button) => button.text === text);
    if (!found?.onClick.action) throw new Error(`No "${text}" for "${item}" on the card.`);
    return this.act(actionFound(found.onClick.action), typed);
  }

  /** Clicks a decorated text (e.g. an event on the homepage) whose text contains `text`. */
  clickText(text: string): Step {
    const widget = widgetsOf(this.top).find(
      (w) => w.decoratedText?.onClick?.action && w.decoratedText.text.includes(text),
    );
    if (!widget) throw new Error(`No clickable text "${text}" on the card.`);
    return this.act(actionFound(widget.decoratedText!.onClick!.action!));
  }

  /** Flips the check box or switch named `name`, running its change action. */
  toggle(name: string): Step {
    const control = widgetsOf(this.top)
      .map((w: WidgetJson) => w.decoratedText?.switchControl)
      .find((candidate) => candidate?.name === name);
    if (!control?.onChangeAction) throw new Error(`No switch ${name} on the card.`);
    const typed: Record<string, FormValue> = control.selected
      ? {}
      : { [name]: control.value ?? 'true' };
    return this.act(actionFound(control.onChangeAction), typed);
  }

  /** The value of a text input of the card on top. */
  inputValue(name: string): string | undefined {
    return widgetsOf(this.top).find((w) => w.textInput?.name === name)?.textInput?.value;
  }

  private act(action: ActionFound, typed: Record<string, FormValue> = {}): Step {
    const { parameters } = action;
    const calendar = this.openEventId
      ? calendarPart({
          ...this.who(),
          world: this.world,
          eventId: this.openEventId,
          access: this.sandbox.manifest.addOns?.calendar?.currentEventAccess,
        })
      : undefined;
    const event = cardActionEvent({
      ...this.who(),
      hostApp: 'CALENDAR',
      formInputs: typed,
      parameters,
      calendar,
    });
    return this.run(action.function, event);
  }

  private who() {
    return { user: this.sandbox.user, now: this.now };
  }

  private run(functionName: string, event: unknown): Step {
    const invocation = this.sandbox.invoke(functionName, event);
    const fetches = invocation.trace.filter(
      (entry): entry is UrlFetchTraceEntry => entry.kind === 'urlfetch',
    );
    const step: Step = { ...invocation, functionName, fetches };
    const { response } = invocation;
    if (Array.isArray(response)) this.stack = response as CardJson[];
    else if (response && typeof response === 'object' && 'sections' in response) {
      this.stack = [response as CardJson];
    } else if (response) {
      const { action } = response as RenderActionJson;
      if (action?.navigations) this.stack = navigate(this.stack, action.navigations);
      step.notification = action?.notification?.text;
    }
    this.steps.push(step);
    return step;
  }
}
