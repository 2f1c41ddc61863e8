/** The workbench server's JSON API, typed by the contract the server itself compiles against. */
import type {
  ApiErrorJson,
  GrantRequest,
  GrantResult,
  InvokeRequest,
  InvokeResult,
  WorldView,
} from '../page-contract';

async function call<T>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method: body ? 'POST' : 'GET',
    headers: body ? { 'content-type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  const data = (await response.json()) as T | ApiErrorJson;
  if (!response.ok) throw new Error((data as ApiErrorJson).message ?? `HTTP ${response.status}`);
  return data as T;
}

export const fetchWorld = (user: string) =>
  call<WorldView>(`/api/world?user=${encodeURIComponent(user)}`);

export const invokeAddOn = (request: InvokeRequest) => call<InvokeResult>('/api/invoke', request);

export const grantFileScope = (request: GrantRequest) =>
  call<GrantResult>('/api/drive/grant', request);
