/**
 * The privacy invariant as a test (DESIGN §1): from Google data only event IDs, Drive URLs
 * and one-way digests may leave Google. This scans what a sandbox run sent over UrlFetch
 * (URL, headers, body) and what it logged for every piece of Google data in the world —
 * event titles, descriptions, places, times, and every guest's and organizer's email and name
 * — and reports each one found. Any flow (Calendar, Drive, account) can run it over its
 * invocations.
 */
import type { Invocation } from '../../../src/workbench/sandbox';
import type { World } from '../../../src/workbench/gas/world';

export interface Secret {
  /** What it is, for the failure message: "title of event 3k9v…", "email of Bob Chen". */
  what: string;
  text: string;
}

const MIN_SECRET_LENGTH = 4;

/** The ways a time can be written in a request: ISO 8601 with or without milliseconds, epoch ms. */
function timeForms(date: Date): string[] {
  const iso = date.toISOString();
  return [iso, iso.replace(/\.\d{3}Z$/, 'Z'), iso.replace(/\.\d{3}Z$/, ''), String(date.getTime())];
}

/** Every piece of Google data in the world that must never leave Google. */
export function googleSecrets(world: World): Secret[] {
  const secrets: Secret[] = [];
  const add = (what: string, text: string | undefined) => {
    if (text && text.trim().length >= MIN_SECRET_LENGTH) secrets.push({ what, text: text.trim() });
  };
  for (const event of world.events) {
    const of = `of event ${event.id}`;
    add(`title ${of}`, event.summary);
    add(`description ${of}`, event.description);
    add(`location ${of}`, event.location);
    for (const occurrence of world.occurrencesOf(event)) {
      for (const form of timeForms(occurrence.start)) add(`start ${of}`, form);
      for (const form of timeForms(occurrence.end)) add(`end ${of}`, form);
    }
    add(`organizer email ${of}`, event.organizer);
    add(`organizer name ${of}`, world.findUser(event.organizer)?.name);
    for (const attendee of event.attendees) {
      add(`guest email ${of}`, attendee.email);
      add(`guest name ${of}`, attendee.displayName ?? world.findUser(attendee.email)?.name);
    }
    for (const attachment of event.attachments) add(`attachment title ${of}`, attachment.title);
  }
  for (const user of world.users) {
    add(`email of ${user.name}`, user.email);
    add(`name of ${user.email}`, user.name);
  }
  return dedupe(secrets);
}

function dedupe(secrets: Secret[]): Secret[] {
  const seen = new Set<string>();
  return secrets.filter((secret) => {
    const key = secret.text.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A request's text as it went out, and as it reads decoded (URLs encode, JSON escapes). */
function readable(text: string): string[] {
  const forms = [text];
  try {
    forms.push(decodeURIComponent(text));
  } catch {
    // Not URL-encoded text.
  }
  try {
    forms.push(JSON.stringify(JSON.parse(text), null, 0).replace(/\\"/g, '"'));
  } catch {
    // Not JSON.
  }
  return forms.map((form) => form.toLowerCase());
}

/** What left the sandbox: each request's URL, headers and body, and each log line. */
export function outboundTexts(invocation: Pick<Invocation, 'trace' | 'logs'>): string[] {
  const requests = invocation.trace.flatMap((entry) =>
    entry.kind === 'urlfetch'
      ? [entry.url, JSON.stringify(entry.requestHeaders), entry.requestBody]
      : [],
  );
  return [...requests, ...invocation.logs.map((line) => line.message)];
}

/** Every secret found in what the invocations sent or logged, as "what: text". */
export function leaks(invocations: Pick<Invocation, 'trace' | 'logs'>[], world: World): string[] {
  const secrets = googleSecrets(world);
  const found = new Set<string>();
  for (const invocation of invocations) {
    for (const text of outboundTexts(invocation).flatMap(readable)) {
      for (const secret of secrets) {
        if (text.includes(secret.text.toLowerCase())) found.add(`${secret.what}: ${secret.text}`);
      }
    }
  }
  return [...found];
}
