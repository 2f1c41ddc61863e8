/**
 * What a sandboxed execution did outside the script: the HTTP calls it made and the Google
 * data it read or wrote. Request bodies are kept so privacy tests can scan them; they are
 * never written to logs.
 */

export interface UrlFetchTraceEntry {
  kind: 'urlfetch';
  method: string;
  url: string;
  /** Request headers, with the bearer token replaced so a trace can be shown safely. */
  requestHeaders: Record<string, string>;
  requestBytes: number;
  requestBody: string;
  /** Absent when the request never got an answer (timeout, refused connection). */
  status?: number;
  responseBytes?: number;
  error?: string;
}

export interface ServiceTraceEntry {
  kind: 'calendar' | 'drive';
  /** The advanced-service method, e.g. "Events.get" or "Permissions.create". */
  method: string;
  args: Record<string, unknown>;
  /** HTTP-like status the real API would have returned. */
  status: number;
}

export type TraceEntry = UrlFetchTraceEntry | ServiceTraceEntry;
export type Trace = TraceEntry[];

export interface LogEntry {
  level: 'log' | 'info' | 'warn' | 'error';
  message: string;
}
