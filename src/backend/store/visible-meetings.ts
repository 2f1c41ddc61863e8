/**
 * Who may see a meeting (DESIGN §5): its owner, and guests whose verified email matches one
 * of the meeting's guest digests — from another tenant only while the owner's tenant allows
 * external guests. Anyone else is told the meeting does not exist.
 *
 * Which of an event's meetings a viewer is shown (organizer-bound): the organizer's meeting
 * if they may see it, else their own tenant's. A meeting started by anyone else — an outside
 * guest who got there first, a co-worker of a guest — is never shown in their place.
 */
import type { MeetingOwner, MeetingScope } from '../../shared/contract';
import { domainOfTenantKey } from '../auth/tenant';
import { guestDigest } from '../crypto/guest-digest';
import type { MeetingRecord, MeetingRole, Scope, VisibleMeeting } from '../access/scope';
import type { ContentTable } from './content';
import type { StoreContext } from './context';
import { toMeetingRecord } from './meetings';
import { organizerIndexes, type OrganizerIndexes } from './organizer-digests';
import type { ExternalGuestsPolicy } from './tables';

interface Candidate {
  meeting: MeetingRecord;
  externalGuests: ExternalGuestsPolicy;
  ownerDigest: string | null;
  domainDigest: string | null;
  ownerNameEnc: string | null;
  tenantKey: string;
}

/** A meeting of an event as shown to a viewer: why they see it, and whose it is. */
export interface ScopedMeeting {
  access: VisibleMeeting;
  scope: MeetingScope;
  owner: MeetingOwner;
}

/** The meeting an event shows the viewer, and the other one they may switch to. */
export interface EventMeetings {
  shown: ScopedMeeting;
  other: ScopedMeeting | null;
}

export async function findVisibleMeeting(
  ctx: StoreContext,
  scope: Scope,
  meetingId: string,
): Promise<VisibleMeeting | undefined> {
  const [visible] = await visibleAmong(ctx, scope, await candidates(ctx, 'id', [meetingId]));
  return visible && visibleAs(scope, visible);
}

/** The meeting of a piece of content (agenda item, note, message, file), if the caller may see it. */
export async function findVisibleMeetingOf(
  ctx: StoreContext,
  scope: Scope,
  table: ContentTable,
  itemId: string,
): Promise<VisibleMeeting | undefined> {
  const item = await ctx.db
    .selectFrom(table)
    .select('meeting_id')
    .where('id', '=', itemId)
    .executeTakeFirst();
  return item ? findVisibleMeeting(ctx, scope, item.meeting_id) : undefined;
}

/**
 * The meetings one event shows the viewer. `organizer` is the add-on's
 * "<organizerDigest>.<organizerDomainDigest>", absent when it does not know the organizer
 * (then only the viewer's own tenant's meeting can be shown). With `meetingId`, that one of
 * the two is shown and the other becomes the alternative; any other id finds nothing.
 */
export async function findEventMeetings(
  ctx: StoreContext,
  scope: Scope,
  eventId: string,
  organizer: string | undefined,
  meetingId?: string,
): Promise<EventMeetings | undefined> {
  const organizers = new Map(organizer ? [[eventId, organizer]] : []);
  const meetings = (await findMeetingsOfEvents(ctx, scope, [eventId], organizers)).get(eventId);
  if (!meetings || meetingId === undefined || meetings.shown.access.meeting.id === meetingId) {
    return meetings;
  }
  if (meetings.other?.access.meeting.id !== meetingId) return undefined;
  return { shown: meetings.other, other: meetings.shown };
}

/** For each of the events that shows the viewer a meeting, which one and the alternative. */
export async function findMeetingsOfEvents(
  ctx: StoreContext,
  scope: Scope,
  eventIds: readonly string[],
  organizers: ReadonlyMap<string, string>,
): Promise<Map<string, EventMeetings>> {
  const all = await candidates(ctx, 'event_id', eventIds);
  const visible = await visibleAmong(ctx, scope, all);
  const found = new Map<string, EventMeetings>();
  for (const eventId of new Set(eventIds)) {
    const digests = organizers.get(eventId);
    const meetings = meetingsOfEvent(
      ctx,
      scope,
      all.filter((m) => m.meeting.eventId === eventId),
      visible.filter((v) => v.candidate.meeting.eventId === eventId),
      digests === undefined ? undefined : organizerIndexes(ctx.blindIndex, digests),
    );
    if (meetings) found.set(eventId, meetings);
  }
  return found;
}

interface VisibleCandidate {
  candidate: Candidate;
  role: MeetingRole;
}

function meetingsOfEvent(
  ctx: StoreContext,
  scope: Scope,
  all: Candidate[],
  visible: VisibleCandidate[],
  organizer: OrganizerIndexes | undefined,
): EventMeetings | undefined {
  const organizers = organizer && organizersMeeting(all, organizer);
  const seenOrganizers = visible.find((v) => v.candidate === organizers);
  const seenTenants = visible.find((v) => v.candidate.meeting.tenantId === scope.tenantId);
  const scoped = (seen: VisibleCandidate, meetingScope: MeetingScope): ScopedMeeting => ({
    access: visibleAs(scope, seen),
    scope: meetingScope,
    owner: ownerOf(ctx, seen.candidate),
  });
  if (seenOrganizers) {
    const other =
      seenTenants && seenTenants !== seenOrganizers ? scoped(seenTenants, 'tenant') : null;
    return { shown: scoped(seenOrganizers, 'organizer'), other };
  }
  return seenTenants && { shown: scoped(seenTenants, 'tenant'), other: null };
}

/**
 * The one the organizer started, else the one of the organizer's Workspace domain. Candidates
 * come oldest first, so should an address ever have moved between tenants the choice is stable.
 */
function organizersMeeting(all: Candidate[], organizer: OrganizerIndexes): Candidate | undefined {
  return (
    all.find((m) => m.ownerDigest === organizer.ownerDigest) ??
    all.find((m) => m.domainDigest !== null && m.domainDigest === organizer.domainDigest)
  );
}

function ownerOf(ctx: StoreContext, candidate: Candidate): MeetingOwner {
  return {
    name: candidate.ownerNameEnc === null ? null : ctx.cipher.decrypt(candidate.ownerNameEnc),
    domain: domainOfTenantKey(candidate.tenantKey),
  };
}

async function candidates(
  ctx: StoreContext,
  column: 'id' | 'event_id',
  values: readonly string[],
): Promise<Candidate[]> {
  if (values.length === 0) return [];
  const rows = await ctx.db
    .selectFrom('meetings')
    .innerJoin('tenants', 'tenants.id', 'meetings.tenant_id')
    .innerJoin('users', 'users.id', 'meetings.owner_user_id')
    .select([
      'meetings.id',
      'meetings.tenant_id',
      'meetings.event_id',
      'meetings.owner_user_id',
      'meetings.owner_digest',
      'meetings.domain_digest',
      'meetings.created_at',
      'meetings.updated_at',
      'tenants.external_guests',
      'tenants.tenant_key',
      'users.name_enc',
    ])
    .where(`meetings.${column}`, 'in', values)
    .orderBy('meetings.created_at')
    .orderBy('meetings.id')
    .execute();
  return rows.map((row) => ({
    meeting: toMeetingRecord(row),
    externalGuests: row.external_guests,
    ownerDigest: row.owner_digest,
    domainDigest: row.domain_digest,
    ownerNameEnc: row.name_enc,
    tenantKey: row.tenant_key,
  }));
}

async function visibleAmong(
  ctx: StoreContext,
  scope: Scope,
  meetings: Candidate[],
): Promise<VisibleCandidate[]> {
  const owned = meetings.filter((m) => m.meeting.ownerUserId === scope.userId);
  const open = meetings.filter(
    (m) =>
      m.meeting.ownerUserId !== scope.userId &&
      (m.meeting.tenantId === scope.tenantId || m.externalGuests === 'allow'),
  );
  const guestOf = await meetingsWhereGuest(ctx, scope, open);
  const as = (role: MeetingRole) => (candidate: Candidate) => ({ candidate, role });
  return [
    ...owned.map(as('owner')),
    ...open.filter((m) => guestOf.has(m.meeting.id)).map(as('guest')),
  ];
}

function visibleAs(scope: Scope, { candidate, role }: VisibleCandidate): VisibleMeeting {
  return { scope, meeting: candidate.meeting, role };
}

/** The caller's guest index differs per event, since the add-on keys each digest by event ID. */
function guestIndexOf(ctx: StoreContext, eventId: string, email: string): string {
  return ctx.blindIndex.of('guest', guestDigest(eventId, email));
}

async function meetingsWhereGuest(
  ctx: StoreContext,
  scope: Scope,
  meetings: Candidate[],
): Promise<Set<string>> {
  if (meetings.length === 0) return new Set();
  const rows = await ctx.db
    .selectFrom('meeting_guests')
    .select('meeting_id')
    .where((eb) =>
      eb.or(
        meetings.map(({ meeting }) =>
          eb.and([
            eb('meeting_id', '=', meeting.id),
            eb('guest_index', '=', guestIndexOf(ctx, meeting.eventId, scope.email)),
          ]),
        ),
      ),
    )
    .execute();
  return new Set(rows.map((row) => row.meeting_id));
}
