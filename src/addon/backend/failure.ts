/**
 * What went wrong with a backend call, as the cards tell it: plain data, so that card
 * builders in ui/ render it without knowing the client. Anything else thrown is a bug and
 * is left to surface.
 */
import { ErrorCode } from '../../shared/errors';
import { BackendError } from './client';
import { BackendSettingsError } from './settings';

export type FailureKind =
  /** The domain admin disabled the account: nothing to retry. */
  | 'disabled'
  /** The backend does not accept the user's Google sign-in (a deployment mistake). */
  | 'signed-out'
  /** Unreachable, overloaded or failing for now: worth a Retry. */
  | 'unavailable'
  /** The Script Property with the backend URL is missing or not https. */
  | 'not-set-up'
  /** The backend refused the request; `code` says why, for callers that expect it. */
  | 'refused';

export interface Failure {
  kind: FailureKind;
  code?: ErrorCode;
}

export function failureOf(error: unknown): Failure {
  if (error instanceof BackendSettingsError) return { kind: 'not-set-up' };
  if (!(error instanceof BackendError)) throw error;
  if (error.code === ErrorCode.AccountDisabled) return { kind: 'disabled', code: error.code };
  if (error.code === ErrorCode.Unauthenticated) return { kind: 'signed-out', code: error.code };
  if (error.retryable) return { kind: 'unavailable', code: error.code };
  return { kind: 'refused', code: error.code };
}

/** Runs a backend call; its failure comes back as data instead of an exception. */
export function attempt<T>(
  call: () => T,
): { ok: true; value: T } | { ok: false; failure: Failure } {
  try {
    return { ok: true, value: call() };
  } catch (error) {
    return { ok: false, failure: failureOf(error) };
  }
}
