/** The user's own account and privacy rights on the backend (GET /v1/me and friends). */
import type { MeView, PreferencesResponse } from '../../shared/contract';
import { callBackend, forgetCachedReads } from './client';

export function fetchMe(): MeView {
  return callBackend<MeView>({ method: 'get', path: '/v1/me' });
}

export function saveStatisticsChoice(allowStatistics: boolean): PreferencesResponse {
  return callBackend<PreferencesResponse>({
    method: 'put',
    path: '/v1/me/preferences',
    body: { allowStatistics },
  });
}

/** The export document as the backend wrote it: saved to Drive as is, never re-serialized. */
export function downloadExport(): string {
  return callBackend<string>({ method: 'get', path: '/v1/me/export', responseAs: 'text' });
}

/** DELETE /v1/me or POST /v1/me/disconnect; afterwards nothing cached of the account is shown. */
export function leaveMingwork(how: 'erase' | 'disconnect'): void {
  if (how === 'erase') callBackend({ method: 'delete', path: '/v1/me' });
  else callBackend({ method: 'post', path: '/v1/me/disconnect' });
  forgetCachedReads();
}
