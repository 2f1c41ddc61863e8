import type { EntryPointName } from '../actions';
import type { UiContext } from '../common/context';
import { actionOf, buttonSet, textButton } from './actions';
import { cardWithHeader, textSection } from './cards';

/** A value the user had typed, shown again on the error card under the same field name. */
export interface KeptInput {
  name: string;
  label: string;
  value: string;
  multiline?: boolean;
}

export interface RetryAction {
  functionName: EntryPointName;
  parameters?: Record<string, string>;
  /** What the user typed for the failed action: Retry sends it again as it was. */
  keep?: KeptInput[];
}

/**
 * What the user sees when something outside the add-on failed: a plain message and, when
 * trying again can help, a Retry button. The card holds what the user had typed in fields of
 * the same names, and Retry keeps it (persistValues), so a failed save loses nothing.
 */
export function renderErrorCard(
  ui: UiContext,
  message: string,
  retry?: RetryAction,
): GoogleAppsScript.Card_Service.Card {
  const section = textSection(message);
  if (retry) {
    for (const kept of retry.keep ?? []) {
      section.addWidget(
        CardService.newTextInput()
          .setFieldName(kept.name)
          .setTitle(kept.label)
          .setValue(kept.value)
          .setMultiline(kept.multiline === true),
      );
    }
    const action = actionOf(retry.functionName, retry.parameters).setPersistValues(true);
    section.addWidget(buttonSet(textButton(ui.t('error.retry'), action)));
  }
  return cardWithHeader(ui.t('error.title')).addSection(section).build();
}
