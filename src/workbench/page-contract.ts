/**
 * What the workbench page and its server send each other. Types only, importing nothing
 * but card JSON types, so the browser page can import it type-only: both sides compile
 * against one shape and cannot drift apart.
 */
import type { CardJson, FormInputJson, RenderActionJson } from './gas/card-service/json';

export type PageHost = 'calendar' | 'drive';

/** POST /api/invoke: run one function of the add-on as the host would. */
export interface InvokeRequest {
  user: string;
  locale?: string;
  host: PageHost;
  functionName: string;
  eventId?: string | null;
  fileIds?: string[];
  parameters?: Record<string, string>;
  formInputs?: Record<string, FormInputJson>;
}

/** One call the run made outside the script: an HTTP fetch or a Calendar/Drive API call. */
export interface TraceLine {
  service: string;
  method: string;
  url?: string;
  /** Absent when an HTTP call never got an answer; `error` says why. */
  status?: number;
  error?: string;
}

/** What a trigger or callback returned: one card, homepage cards, or an action response. */
export type AddOnResponseJson = CardJson | CardJson[] | RenderActionJson;

export interface InvokeResult {
  response: AddOnResponseJson;
  trace: TraceLine[];
}

/** The manifest's host triggers the page runs when something is opened or selected. */
export type HostTriggers = Partial<
  Record<
    | 'commonHomepage'
    | 'calendarHomepage'
    | 'calendarEventOpen'
    | 'calendarEventUpdate'
    | 'driveHomepage'
    | 'driveItemsSelected',
    string
  >
>;

export interface UniversalActionJson {
  label: string;
  runFunction?: string;
  openLink?: string;
}

/** GET /api/world?user=: what the host shows the signed-in user. */
export interface WorldView {
  user: string;
  timeZone: string;
  users: { email: string; name: string }[];
  /** Occurrences (a series' instances one by one); start and end as ISO 8601 instants. */
  events: { id: string; title: string; start: string; end: string; allDay: boolean }[];
  files: { id: string; title: string; mimeType: string; folder: boolean; owner?: string }[];
  universalActions: UniversalActionJson[];
  openLinkUrlPrefixes: string[];
  triggers: HostTriggers;
}

/** POST /api/drive/grant: the user accepted Drive's per-file access dialog. */
export interface GrantRequest {
  user: string;
  fileId: string;
}

export interface GrantResult {
  granted: string;
}

/** Every 4xx and 5xx answer. */
export interface ApiErrorJson {
  message: string;
}
