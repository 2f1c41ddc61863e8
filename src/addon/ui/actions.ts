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

export function textButton(text: string, action: Action, filled = false): TextButton {
  const button = CardService.newTextButton().setText(text).setOnClickAction(action);
  return filled ? button.setTextButtonStyle(CardService.TextButtonStyle.FILLED) : button;
}

export function buttonSet(...buttons: TextButton[]): GoogleAppsScript.Card_Service.ButtonSet {
  return buttons.reduce((set, button) => set.addButton(button), CardService.newButtonSet());
}
