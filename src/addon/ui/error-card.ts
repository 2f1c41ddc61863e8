import type { EntryPointName } from '../actions';
import type { Failure } from '../backend/failure';
import type { UiContext } from '../common/context';
import type { MessageKey } from '../i18n';
import { actionButton, buttonRow, cardWithHeader, textSection } from './cards';

export interface RetryAction {
  functionName: EntryPointName;
  parameters?: Record<string, string>;
}

type Card = GoogleAppsScript.Card_Service.Card;
type Section = GoogleAppsScript.Card_Service.CardSection;

/** A Retry button that keeps whatever the user had typed (persistValues). */
function retryButton(ui: UiContext, retry: RetryAction) {
  return buttonRow(
    actionButton(ui.t('error.retry'), retry.functionName, {
      parameters: retry.parameters,
      persistValues: true,
    }),
  );
}

/**
 * What the user sees when something outside the add-on failed: a plain message and, when
 * trying again can help, a Retry button. Retry keeps whatever the user had typed
 * (persistValues), so a failed save loses nothing.
 */
export function renderErrorCard(ui: UiContext, message: string, retry?: RetryAction): Card {
  const section = textSection(message);
  if (retry) section.addWidget(retryButton(ui, retry));
  return cardWithHeader(ui.t('error.title')).addSection(section).build();
}

const FAILURE_MESSAGES: Record<Exclude<Failure['kind'], 'disabled'>, MessageKey> = {
  'signed-out': 'error.signedOut',
  unavailable: 'error.unavailable',
  'not-set-up': 'error.notSetUp',
  refused: 'error.refused',
};

/**
 * The one card every feature shows for a failed backend call. A disabled account gets the
 * same explanation wherever it tries to go, with nothing to retry; a passing failure gets a
 * Retry of `retry`.
 */
export function renderFailureCard(ui: UiContext, failure: Failure, retry?: RetryAction): Card {
  if (failure.kind === 'disabled') {
    return cardWithHeader(ui.t('error.disabled.title'))
      .addSection(textSection(ui.t('error.disabled.body')))
      .build();
  }
  return renderErrorCard(
    ui,
    ui.t(FAILURE_MESSAGES[failure.kind]),
    failure.kind === 'unavailable' ? retry : undefined,
  );
}

/** Something a card that stays on screen could not do, and how to try again if that helps. */
export interface Problem {
  message: string;
  retry?: RetryAction;
}

/** The problem a failed call leaves: its message, and `retry` only when a retry can help. */
export function problemOf(ui: UiContext, failure: Failure, retry?: RetryAction): Problem {
  const message =
    failure.kind === 'disabled'
      ? ui.t('error.disabled.body')
      : ui.t(FAILURE_MESSAGES[failure.kind]);
  return { message, retry: failure.kind === 'unavailable' ? retry : undefined };
}

/**
 * A problem as a section at the top of a card that stays on screen (a form with what the user
 * typed), rather than a card of its own.
 */
export function problemSection(ui: UiContext, problem: Problem): Section {
  const section = textSection(`<b>${problem.message}</b>`);
  if (problem.retry) section.addWidget(retryButton(ui, problem.retry));
  return section;
}
