/**
 * What the workbench page asks of the server: the host's data for a signed-in user, and
 * runs of the add-on's functions with real-shaped event objects.
 */
import {
  calendarEventOpenEvent,
  calendarPart,
  drivePart,
  driveItemsSelectedEvent,
  homepageEvent,
  type EventObject,
  type HostApp,
} from './events';
import { FOLDER_MIME_TYPE } from './gas/world';
import type { TraceEntry } from './gas/trace';
import { triggerFunctions } from './manifest';
import type {
  AddOnResponseJson,
  GrantResult,
  InvokeRequest,
  InvokeResult,
  TraceLine,
  WorldView,
} from './page-contract';
import {
  createSandbox,
  ExecutionError,
  type Sandbox,
  type SandboxOptions,
  type SandboxStores,
} from './sandbox';
import { CacheStore } from './gas/cache-service';
import { PropertyStore } from './gas/properties-service';

export class PageRequestError extends Error {}

/** The page asked for something that does not exist: an unknown function of the bundle. */
export class PageNotFoundError extends Error {}

export interface PageApiOptions extends Omit<SandboxOptions, 'user' | 'stores'> {
  /** The user the page opens as. */
  defaultUser: string;
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.values(value).every((v) => typeof v === 'string')
  );
}

/** Checks a page request; the page is ours, but the server still answers bad input with 400. */
export function parseInvokeRequest(body: unknown): InvokeRequest {
  const request = body as Partial<InvokeRequest> | null;
  if (!request || typeof request !== 'object')
    throw new PageRequestError('The request body must be a JSON object.');
  if (typeof request.user !== 'string') throw new PageRequestError('user is required.');
  if (typeof request.functionName !== 'string' || !request.functionName)
    throw new PageRequestError('functionName is required.');
  if (request.host !== 'calendar' && request.host !== 'drive')
    throw new PageRequestError('host must be calendar or drive.');
  if (request.eventId != null && typeof request.eventId !== 'string')
    throw new PageRequestError('eventId must be a string.');
  if (
    request.fileIds !== undefined &&
    !(Array.isArray(request.fileIds) && request.fileIds.every((id) => typeof id === 'string'))
  ) {
    throw new PageRequestError('fileIds must be a list of file ids.');
  }
  if (request.parameters !== undefined && !isStringRecord(request.parameters))
    throw new PageRequestError('parameters must map names to strings.');
  if (
    request.formInputs !== undefined &&
    (typeof request.formInputs !== 'object' || request.formInputs === null)
  ) {
    throw new PageRequestError('formInputs must be an object.');
  }
  return request as InvokeRequest;
}

function summarize(trace: TraceEntry[]): TraceLine[] {
  return trace.map((entry) =>
    entry.kind === 'urlfetch'
      ? {
          service: 'UrlFetchApp',
          method: entry.method.toUpperCase(),
          url: entry.url,
          status: entry.status,
          error: entry.error,
        }
      : {
          service: entry.kind === 'calendar' ? 'Calendar' : 'Drive',
          method: entry.method,
          status: entry.status,
        },
  );
}

export function createPageApi(options: PageApiOptions) {
  const { world } = options;
  const stores: SandboxStores = { cache: new CacheStore(), properties: new PropertyStore() };
  const sandboxes = new Map<string, Sandbox>();
  const functionNames = new Map<Sandbox, Set<string>>();

  function sandboxFor(email: string): Sandbox {
    const user = world.findUser(email);
    if (!user) throw new PageRequestError(`There is no user ${email} in the workbench.`);
    let sandbox = sandboxes.get(user.email);
    if (!sandbox) {
      sandbox = createSandbox({ ...options, user: user.email, stores });
      sandboxes.set(user.email, sandbox);
    }
    return sandbox;
  }

  /** Unknown ids would make the event helpers throw; they are the page's mistake, not the add-on's. */
  function checkContext(sandbox: Sandbox, request: InvokeRequest): void {
    let known = functionNames.get(sandbox);
    if (!known) {
      known = new Set(sandbox.functionNames());
      functionNames.set(sandbox, known);
    }
    if (!known.has(request.functionName)) {
      throw new PageNotFoundError(`The add-on has no function ${request.functionName}.`);
    }
    if (request.eventId && !world.findOccurrence(request.eventId)) {
      throw new PageRequestError(`There is no event ${request.eventId}.`);
    }
    const unknownFile = request.fileIds?.find((id) => !world.findFile(id));
    if (unknownFile) throw new PageRequestError(`There is no file ${unknownFile}.`);
  }

  function eventFor(sandbox: Sandbox, request: InvokeRequest): EventObject {
    const user = { ...sandbox.user, locale: request.locale || sandbox.user.locale };
    const now = new Date(sandbox.clock.now());
    const hostApp: HostApp = request.host === 'calendar' ? 'CALENDAR' : 'DRIVE';
    const triggers = triggerFunctions(sandbox.manifest);
    const access = sandbox.manifest.addOns?.calendar?.currentEventAccess;
    const eventId = request.eventId ?? undefined;
    const fileIds = request.fileIds ?? [];
    let event: EventObject;
    if (request.functionName === triggers.calendarEventOpen) {
      event = calendarEventOpenEvent({ world, user, now, eventId, access });
    } else if (request.functionName === triggers.driveItemsSelected) {
      event = driveItemsSelectedEvent({ world, user, now, fileIds });
    } else {
      // Homepages, universal actions and card callbacks carry the host context they run in.
      event = homepageEvent(hostApp, { user, now });
      if (hostApp === 'CALENDAR' && eventId)
        event.calendar = calendarPart({ world, user, now, eventId, access });
      if (hostApp === 'DRIVE' && fileIds.length)
        event.drive = drivePart({ world, user, now, fileIds });
    }
    if (request.parameters && Object.keys(request.parameters).length)
      event.commonEventObject.parameters = request.parameters;
    if (request.formInputs && Object.keys(request.formInputs).length)
      event.commonEventObject.formInputs = request.formInputs;
    return event;
  }

  return {
    /** The host's view for one user: their week in Calendar and the files they can see in Drive. */
    world(email: string | undefined): WorldView {
      const sandbox = sandboxFor(email || options.defaultUser);
      const me = sandbox.user.email;
      const { common } = sandbox.manifest.addOns ?? {};
      return {
        user: me,
        timeZone: sandbox.user.timeZone,
        users: world.users.map((u) => ({ email: u.email, name: u.name })),
        events: world
          .occurrencesOnCalendarOf(me)
          .filter((occurrence) => !occurrence.cancelled)
          .map(({ id, event, start, end }) => ({
            id,
            title: event.summary,
            start: start.toISOString(),
            end: end.toISOString(),
            allDay: event.allDay,
          })),
        files: world.files
          .filter((file) => world.roleOf(me, file))
          .map((file) => ({
            id: file.id,
            title: file.name,
            mimeType: file.mimeType,
            folder: file.mimeType === FOLDER_MIME_TYPE,
            owner: file.permissions.find((p) => p.role === 'owner')?.emailAddress,
          })),
        universalActions: common?.universalActions ?? [],
        // Google opens only links under these prefixes; the page refuses the rest as well.
        openLinkUrlPrefixes: common?.openLinkUrlPrefixes ?? [],
        triggers: triggerFunctions(sandbox.manifest),
      };
    },

    invoke(request: InvokeRequest): InvokeResult {
      const sandbox = sandboxFor(request.user);
      checkContext(sandbox, request);
      const { response, trace } = sandbox.invoke(request.functionName, eventFor(sandbox, request));
      // The sandbox renders exactly these: a card, a list of cards, or an action response.
      return { response: response as AddOnResponseJson, trace: summarize(trace) };
    },

    /** What Drive records when the user accepts the add-on's per-file access dialog. */
    grantFileScope(email: string, fileId: string): GrantResult {
      if (!world.findFile(fileId)) throw new PageRequestError(`There is no file ${fileId}.`);
      world.grantFileScope(sandboxFor(email).user.email, fileId);
      return { granted: fileId };
    },

    async close() {
      await Promise.all([...sandboxes.values()].map((sandbox) => sandbox.close()));
    },
  };
}

export type PageApi = ReturnType<typeof createPageApi>;
export { ExecutionError };
