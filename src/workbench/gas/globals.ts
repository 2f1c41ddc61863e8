/** The global scope Apps Script gives a script, made of the fakes. */
import { createCalendar } from './advanced/calendar';
import { createDrive } from './advanced/drive';
import { createCacheService, type CacheStore } from './cache-service';
import { createCardService } from './card-service';
import type { ServiceContext } from './context';
import { createConsole, createLogger } from './logging';
import { notImplemented } from './not-implemented';
import { createPropertiesService, type PropertyStore } from './properties-service';
import { createScriptApp, type IdTokenSigner } from './script-app';
import { createSession } from './session';
import type { LogEntry } from './trace';
import { createUrlFetchApp, type UrlFetchOptions } from './url-fetch/url-fetch-app';
import { createUtilities } from './utilities';

/** Services an add-on could reach for that the workbench does not fake at all. */
const UNFAKED_SERVICES = [
  'CalendarApp',
  'DriveApp',
  'GmailApp',
  'MailApp',
  'LockService',
  'HtmlService',
  'ContentService',
  'SpreadsheetApp',
  'DocumentApp',
] as const;

export interface GlobalsOptions {
  context: ServiceContext;
  logs: LogEntry[];
  stores: { cache: CacheStore; properties: PropertyStore };
  urlFetch: UrlFetchOptions;
  identity?: IdTokenSigner;
  scriptTimeZone: string;
}

export function createGlobals(options: GlobalsOptions): Record<string, unknown> {
  const { context, logs, stores } = options;
  const { raise } = context;
  return {
    CardService: createCardService(raise),
    UrlFetchApp: createUrlFetchApp(context, options.urlFetch),
    PropertiesService: createPropertiesService(context, stores.properties),
    CacheService: createCacheService(context, stores.cache),
    Session: createSession(context, options.scriptTimeZone),
    ScriptApp: createScriptApp(context, options.identity),
    Utilities: createUtilities(context),
    Calendar: createCalendar(context),
    Drive: createDrive(context),
    Logger: createLogger(logs, raise),
    console: createConsole(logs, raise),
    ...Object.fromEntries(UNFAKED_SERVICES.map((name) => [name, notImplemented(name, raise)])),
  };
}
