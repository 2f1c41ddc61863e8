/** Builds cards through the CardService fake and acts on the rendered page as a person would. */
import { createCardService } from '../../../src/workbench/gas/card-service';
import type { CardJson } from '../../../src/workbench/gas/card-service/json';
import { raiserFor } from '../../../src/workbench/gas/runtime';

type Widget = GoogleAppsScript.Card_Service.Widget;
type Control = HTMLInputElement & HTMLSelectElement & HTMLTextAreaElement;

export const cs = createCardService(raiserFor());

/** The JSON the fake prints for a card of one section with these widgets. */
export function cardOf(...widgets: Widget[]): CardJson {
  const section = widgets.reduce<GoogleAppsScript.Card_Service.CardSection>(
    (s, widget) => s.addWidget(widget),
    cs.newCardSection(),
  );
  return JSON.parse(cs.newCardBuilder().addSection(section).build().printJson()) as CardJson;
}

/** The control named `name` (with `value`, for one box of a group) in a rendered card. */
export function control(root: ParentNode, name: string, value?: string): Control {
  const found = [...root.querySelectorAll<Control>('input, select, textarea')].find(
    (element) => element.name === name && (value === undefined || element.value === value),
  );
  if (!found) throw new Error(`No control ${name}${value ? `=${value}` : ''} in the card.`);
  return found;
}

export function type(element: Control, value: string): void {
  element.value = value;
  element.dispatchEvent(new Event('input', { bubbles: true }));
}

export function setChecked(element: Control, checked: boolean): void {
  element.checked = checked;
  element.dispatchEvent(new Event('change', { bubbles: true }));
}
