/** What a click does: run a callback (Action) or open a URL (OpenLink). */
import type { Fake } from '../not-implemented';
import { compact, Component, RENDER } from './component';
import { INTERACTIONS, LOAD_INDICATORS, ON_CLOSE, OPEN_AS } from './enums';
import type { ActionJson, OnClickJson, OpenLinkJson } from './json';

type ActionApi = GoogleAppsScript.Card_Service.Action;
type OpenLinkApi = GoogleAppsScript.Card_Service.OpenLink;

export class ActionFake extends Component<ActionJson> implements Fake<ActionApi> {
  private functionName?: string;
  private parameters?: Record<string, string>;
  private loadIndicator?: ActionJson['loadIndicator'];
  private persistValues?: boolean;
  private interaction?: string;
  private requiredWidgets: string[] = [];
  private allWidgetsAreRequired?: boolean;

  setFunctionName(functionName: string): this {
    this.functionName = functionName;
    return this;
  }

  /** Apps Script passes parameters back as strings only, so anything else is refused here. */
  setParameters(parameters: Record<string, string>): this {
    const entries = Object.entries(parameters ?? {});
    if (entries.some(([, value]) => typeof value !== 'string')) {
      throw this.raise('Invalid argument: parameters', 'Exception');
    }
    this.parameters = Object.fromEntries(entries);
    return this;
  }

  setLoadIndicator(loadIndicator: GoogleAppsScript.Card_Service.LoadIndicator): this {
    this.loadIndicator = this.member(loadIndicator, LOAD_INDICATORS, 'loadIndicator');
    return this;
  }

  setPersistValues(persistValues: boolean): this {
    this.persistValues = Boolean(persistValues);
    return this;
  }

  setInteraction(interaction: GoogleAppsScript.Card_Service.Interaction): this {
    this.interaction = this.member(interaction, INTERACTIONS, 'interaction');
    return this;
  }

  addRequiredWidget(requiredWidget: string): this {
    this.requiredWidgets.push(requiredWidget);
    return this;
  }

  setAllWidgetsAreRequired(allWidgetsAreRequired: boolean): this {
    this.allWidgetsAreRequired = Boolean(allWidgetsAreRequired);
    return this;
  }

  [RENDER](): ActionJson {
    const parameters = Object.entries(this.parameters ?? {}).map(([key, value]) => ({
      key,
      value,
    }));
    return compact<ActionJson>({
      function: this.required(this.functionName, 'Action', 'function name'),
      parameters: parameters.length > 0 ? parameters : undefined,
      loadIndicator: this.loadIndicator,
      persistValues: this.persistValues,
      interaction: this.interaction === 'OPEN_DIALOG' ? 'OPEN_DIALOG' : undefined,
      requiredWidgets: this.requiredWidgets.length > 0 ? [...this.requiredWidgets] : undefined,
      allWidgetsAreRequired: this.allWidgetsAreRequired,
    });
  }
}

export class OpenLinkFake extends Component<OpenLinkJson> implements Fake<OpenLinkApi> {
  private url?: string;
  private openAs?: OpenLinkJson['openAs'];
  private onClose?: OpenLinkJson['onClose'];

  setUrl(url: string): this {
    this.url = url;
    return this;
  }

  setOpenAs(openAs: GoogleAppsScript.Card_Service.OpenAs): this {
    this.openAs = this.member(openAs, OPEN_AS, 'openAs');
    return this;
  }

  /** RELOAD_ADD_ON is the older name of RELOAD; the JSON knows only RELOAD. */
  setOnClose(onClose: GoogleAppsScript.Card_Service.OnClose): this {
    const name = this.member(onClose, ON_CLOSE, 'onClose');
    this.onClose = name === 'NOTHING' ? 'NOTHING' : 'RELOAD';
    return this;
  }

  [RENDER](): OpenLinkJson {
    return compact<OpenLinkJson>({
      url: this.required(this.url, 'OpenLink', 'url'),
      openAs: this.openAs,
      onClose: this.onClose,
    });
  }
}

/** The last of setOnClickAction / setOpenLink / setOnClickOpenLinkAction wins, as in Apps Script. */
type ClickBehaviour =
  | { kind: 'action'; action: ActionFake }
  | { kind: 'openLink'; openLink: OpenLinkFake }
  | { kind: 'openDynamicLink'; action: ActionFake };

/** A component that can be clicked: buttons, decorated text, images, grids, card actions. */
export abstract class Clickable<Json> extends Component<Json> {
  private click?: ClickBehaviour;

  setOnClickAction(action: ActionApi): this {
    this.click = { kind: 'action', action: this.expect(action, ActionFake, 'action') };
    return this;
  }

  setOpenLink(openLink: OpenLinkApi): this {
    this.click = { kind: 'openLink', openLink: this.expect(openLink, OpenLinkFake, 'openLink') };
    return this;
  }

  setOnClickOpenLinkAction(action: ActionApi): this {
    this.click = { kind: 'openDynamicLink', action: this.expect(action, ActionFake, 'action') };
    return this;
  }

  protected hasClick(): boolean {
    return this.click !== undefined;
  }

  protected renderOnClick(): OnClickJson | undefined {
    switch (this.click?.kind) {
      case 'action':
        return { action: this.click.action[RENDER]() };
      case 'openLink':
        return { openLink: this.click.openLink[RENDER]() };
      case 'openDynamicLink':
        return { openDynamicLinkAction: this.click.action[RENDER]() };
      default:
        return undefined;
    }
  }
}
