/**
 * How every card tells the user that something outside the add-on failed: one message per
 * kind of failure (backend/failure.ts), the same "disabled by your domain administrator" card
 * wherever a disabled account goes, and a Retry only where trying again can help. What the
 * user typed is never lost: a card that stays on screen keeps it in place (problemSection),
 * and an error card that replaces it holds it again under the same field names (`keep`).
 */
import { ErrorCode } from '../../shared/errors';
import type { EntryPointName } from '../actions';
import type { Failure } from '../backend/failure';
import type { UiContext } from '../common/context';
import type { MessageKey } from '../i18n';
import { actionOf, buttonSet, textButton } from './actions';
import { cardWithHeader, textSection } from './cards';
import { bold } from './text';

type Card = GoogleAppsScript.Card_Service.Card;
type Section = GoogleAppsScript.Card_Service.CardSection;

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

/** A Retry button that keeps whatever the user had typed (persistValues). */
function retryButton(ui: UiContext, retry: RetryAction) {
  const action = actionOf(retry.functionName, retry.parameters).setPersistValues(true);
  return buttonSet(textButton(ui.t('error.retry'), action));
}

/**
 * What the user sees when something outside the add-on failed: a plain message and, when
 * trying again can help, a Retry button. The card holds what the user had typed in fields of
 * the same names, and Retry keeps it (persistValues), so a failed save loses nothing.
 */
export function renderErrorCard(ui: UiContext, message: string, retry?: RetryAction): Card {
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
    section.addWidget(retryButton(ui, retry));
  }
  return cardWithHeader(ui.t('error.title')).addSection(section).build();
}

const FAILURE_MESSAGES: Record<Failure['kind'], MessageKey> = {
  disabled: 'error.disabled.body',
  'signed-out': 'error.signedOut',
  unavailable: 'error.unavailable',
  'not-set-up': 'error.notSetUp',
  refused: 'error.refused',
};

/** Refusals the user can make sense of; any other says the service could not do it. */
const REFUSALS: Partial<Record<ErrorCode, MessageKey>> = {
  [ErrorCode.NotFound]: 'error.notFound',
  [ErrorCode.Forbidden]: 'error.forbidden',
  [ErrorCode.Conflict]: 'error.conflict',
  [ErrorCode.BadRequest]: 'error.badRequest',
  [ErrorCode.PayloadTooLarge]: 'error.badRequest',
};

/** What the user is told about a failure, in their language (the backend's text is English). */
export function failureMessage(ui: UiContext, failure: Failure): string {
  const refusal = failure.kind === 'refused' && failure.code ? REFUSALS[failure.code] : undefined;
  return ui.t(refusal ?? FAILURE_MESSAGES[failure.kind]);
}

/** Only a passing failure is worth a Retry; the others would fail the same way again. */
function retryThatHelps(failure: Failure, retry?: RetryAction): RetryAction | undefined {
  return failure.kind === 'unavailable' ? retry : undefined;
}

/**
 * The one card every feature shows for a failed backend call. A disabled account gets the
 * same explanation wherever it tries to go, with nothing to retry; a passing failure gets a
 * Retry of `retry`, with what the user had typed.
 */
export function renderFailureCard(ui: UiContext, failure: Failure, retry?: RetryAction): Card {
  if (failure.kind === 'disabled') {
    return cardWithHeader(ui.t('error.disabled.title'))
      .addSection(textSection(ui.t('error.disabled.body')))
      .build();
  }
  return renderErrorCard(ui, failureMessage(ui, failure), retryThatHelps(failure, retry));
}

/** Something a card that stays on screen could not do, and how to try again if that helps. */
export interface Problem {
  message: string;
  retry?: RetryAction;
}

/** The problem a failed call leaves: its message, and `retry` only when a retry can help. */
export function problemOf(ui: UiContext, failure: Failure, retry?: RetryAction): Problem {
  return { message: failureMessage(ui, failure), retry: retryThatHelps(failure, retry) };
}

/**
 * A problem as a section at the top of a card that stays on screen (a form with what the user
 * typed, an event as Calendar shows it), rather than a card of its own.
 */
export function problemSection(ui: UiContext, problem: Problem): Section {
  const section = textSection(bold(problem.message));
  if (problem.retry) section.addWidget(retryButton(ui, problem.retry));
  return section;
}
