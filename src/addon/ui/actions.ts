/** Buttons and the actions they run, named through the registry (actions.ts). */
import type { EntryPointName } from '../actions';

type Action = GoogleAppsScript.Card_Service.Action;
type TextButton = GoogleAppsScript.Card_Service.TextButton;

export function actionOf(
  functionName: EntryPointName,
  parameters: Record<string, string> = {},
): Action {
  return CardService.newAction().setFunctionName(functionName).setParameters(parameters);
}

/** `filled` marks the card's main action. */
export function textButton(text: string, action: Action, filled = false): TextButton {
  const button = CardService.newTextButton().setText(text).setOnClickAction(action);
  return filled ? button.setTextButtonStyle(CardService.TextButtonStyle.FILLED) : button;
}

/** A button that opens a page (under the manifest's openLinkUrlPrefixes) in a new tab. */
export function linkButton(text: string, url: string): TextButton {
  return CardService.newTextButton()
    .setText(text)
    .setOpenLink(CardService.newOpenLink().setUrl(url));
}

export function buttonSet(...buttons: TextButton[]): GoogleAppsScript.Card_Service.ButtonSet {
  return buttons.reduce((set, button) => set.addButton(button), CardService.newButtonSet());
}
