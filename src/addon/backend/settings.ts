/**
 * Where the backend lives: the `MINGWORK_BACKEND_URL` Script Property, set at deploy time.
 * Only https is accepted, so user content never crosses the network in the clear; plain
 * http is allowed for 127.0.0.1 and localhost only, which is the local workbench and which
 * Google's servers could never reach anyway.
 */
import { BACKEND_URL_PROPERTY } from '../../shared/settings';

export class BackendSettingsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackendSettingsError';
  }
}

// Apps Script has no URL class, so the check is a pattern: scheme, host, optional port and path.
const HTTPS_URL = /^https:\/\/[a-z0-9.-]+(:\d{1,5})?(\/[^\s?#]*)?$/i;
const LOOPBACK_HTTP_URL =
  /^http:\/\/(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|localhost)(:\d{1,5})?(\/[^\s?#]*)?$/i;

/** Returns the validated base URL without a trailing slash. */
export function validateBackendUrl(value: string | null | undefined): string {
  const url = (value ?? '').trim();
  if (!url) {
    throw new BackendSettingsError(`The Script Property ${BACKEND_URL_PROPERTY} is not set.`);
  }
  if (!HTTPS_URL.test(url) && !LOOPBACK_HTTP_URL.test(url)) {
    throw new BackendSettingsError(
      `${BACKEND_URL_PROPERTY} must be an https URL (http only for 127.0.0.1 or localhost).`,
    );
  }
  return url.replace(/\/+$/, '');
}

export function readBackendUrl(): string {
  return validateBackendUrl(
    PropertiesService.getScriptProperties().getProperty(BACKEND_URL_PROPERTY),
  );
}
