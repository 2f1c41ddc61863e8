import type { EntryPointName } from '../actions';
import type { UiContext } from '../common/context';
import { cardWithHeader, textSection } from './cards';

export interface RetryAction {
  functionName: EntryPointName;
  parameters?: Record<string, string>;
}

/**
 * What the user sees when something outside the add-on failed: a plain message and, when
 * trying again can help, a Retry button. Retry keeps whatever the user had typed
 * (persistValues), so a failed save loses nothing.
 */
export function renderErrorCard(
  ui: UiContext,
  message: string,
  retry?: RetryAction,
): GoogleAppsScript.Card_Service.Card {
  const section = textSection(message);
  if (retry) {
    const action = CardService.newAction()
      .setFunctionName(retry.functionName)
      .setParameters(retry.parameters ?? {})
      .setPersistValues(true);
    section.addWidget(
      CardService.newButtonSet().addButton(
        CardService.newTextButton().setText(ui.t('error.retry')).setOnClickAction(action),
      ),
    );
  }
  return cardWithHeader(ui.t('error.title')).addSection(section).build();
}
