/** Reads the add-on's manifest (dist/appsscript.json) and names its entry points. */
import { readFileSync } from 'node:fs';

interface RunFunction {
  runFunction: string;
}

export interface AddOnManifest {
  timeZone?: string;
  oauthScopes?: string[];
  urlFetchWhitelist?: string[];
  addOns?: {
    common?: {
      homepageTrigger?: RunFunction;
      universalActions?: ({ label: string } & Partial<RunFunction> & { openLink?: string })[];
      openLinkUrlPrefixes?: string[];
    };
    calendar?: {
      homepageTrigger?: RunFunction;
      eventOpenTrigger?: RunFunction;
      eventUpdateTrigger?: RunFunction;
      currentEventAccess?: CurrentEventAccess;
    };
    drive?: { homepageTrigger?: RunFunction; onItemsSelectedTrigger?: RunFunction };
  };
}

export type CurrentEventAccess = 'METADATA' | 'READ' | 'WRITE' | 'READ_WRITE';

export type EntryPointKind =
  | 'commonHomepage'
  | 'calendarHomepage'
  | 'calendarEventOpen'
  | 'calendarEventUpdate'
  | 'driveHomepage'
  | 'driveItemsSelected'
  | 'universalAction';

export interface EntryPoint {
  kind: EntryPointKind;
  functionName: string;
}

export function readManifest(file: string): AddOnManifest {
  return JSON.parse(readFileSync(file, 'utf8')) as AddOnManifest;
}

/** Every function the manifest asks Apps Script to run, in manifest order. */
export function entryPoints(manifest: AddOnManifest): EntryPoint[] {
  const { common, calendar, drive } = manifest.addOns ?? {};
  const candidates: [EntryPointKind, RunFunction | undefined][] = [
    ['commonHomepage', common?.homepageTrigger],
    ['calendarHomepage', calendar?.homepageTrigger],
    ['calendarEventOpen', calendar?.eventOpenTrigger],
    ['calendarEventUpdate', calendar?.eventUpdateTrigger],
    ['driveHomepage', drive?.homepageTrigger],
    ['driveItemsSelected', drive?.onItemsSelectedTrigger],
    ...(common?.universalActions ?? []).map((action): [EntryPointKind, RunFunction | undefined] => [
      'universalAction',
      action.runFunction ? { runFunction: action.runFunction } : undefined,
    ]),
  ];
  return candidates.flatMap(([kind, trigger]) =>
    trigger ? [{ kind, functionName: trigger.runFunction }] : [],
  );
}

export type TriggerKind = Exclude<EntryPointKind, 'universalAction'>;

/** The function of each host trigger the manifest declares, by kind. */
export function triggerFunctions(manifest: AddOnManifest): Partial<Record<TriggerKind, string>> {
  return Object.fromEntries(
    entryPoints(manifest)
      .filter((entry) => entry.kind !== 'universalAction')
      .map((entry) => [entry.kind, entry.functionName]),
  );
}
