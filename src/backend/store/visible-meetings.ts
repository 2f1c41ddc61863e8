/**
 * Who may see a meeting (DESIGN §5): its owner, and guests whose verified email matches one
 * of the meeting's guest digests — from another tenant only while the owner's tenant allows
 * external guests. Anyone else is told the meeting does not exist.
 */
import { guestDigest } from '../crypto/guest-digest';
import type { MeetingRecord, MeetingRole, Scope, VisibleMeeting } from '../access/scope';
import type { ContentTable } from './content';
import type { StoreContext } from './context';
import { toMeetingRecord } from './meetings';
import type { ExternalGuestsPolicy } from './tables';

interface Candidate extends MeetingRecord {
  externalGuests: ExternalGuestsPolicy;
}

export async function findVisibleMeeting(
  ctx: StoreContext,
  scope: Scope,
  meetingId: string,
): Promise<VisibleMeeting | undefined> {
  const [access] = await visibleAmong(ctx, scope, await candidates(ctx, 'id', [meetingId]));
  return access;
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
 * An event can have a meeting in several tenants (an external guest may start their own);
 * the caller sees their own tenant's meeting first, then the oldest other one they may see.
 */
export async function findVisibleMeetingForEvent(
  ctx: StoreContext,
  scope: Scope,
  eventId: string,
): Promise<VisibleMeeting | undefined> {
  const visible = await findVisibleMeetingsForEvents(ctx, scope, [eventId]);
  return visible.get(eventId);
}

/** The preferred visible meeting of each event that has one. */
export async function findVisibleMeetingsForEvents(
  ctx: StoreContext,
  scope: Scope,
  eventIds: readonly string[],
): Promise<Map<string, VisibleMeeting>> {
  const visible = await visibleAmong(ctx, scope, await candidates(ctx, 'event_id', eventIds));
  const preferred = new Map<string, VisibleMeeting>();
  for (const access of visible.sort(byPreference(scope))) {
    if (!preferred.has(access.meeting.eventId)) preferred.set(access.meeting.eventId, access);
  }
  return preferred;
}

function byPreference(scope: Scope) {
  const rank = (a: VisibleMeeting) => (a.meeting.tenantId === scope.tenantId ? 0 : 1);
  return (a: VisibleMeeting, b: VisibleMeeting) =>
    rank(a) - rank(b) || a.meeting.createdAt - b.meeting.createdAt;
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
    .select([
      'meetings.id',
      'meetings.tenant_id',
      'meetings.event_id',
      'meetings.owner_user_id',
      'meetings.created_at',
      'meetings.updated_at',
      'tenants.external_guests',
    ])
    .where(`meetings.${column}`, 'in', values)
    .execute();
  return rows.map((row) => ({ ...toMeetingRecord(row), externalGuests: row.external_guests }));
}

async function visibleAmong(
  ctx: StoreContext,
  scope: Scope,
  meetings: Candidate[],
): Promise<VisibleMeeting[]> {
  const owned = meetings.filter((m) => m.ownerUserId === scope.userId);
  const open = meetings.filter(
    (m) =>
      m.ownerUserId !== scope.userId &&
      (m.tenantId === scope.tenantId || m.externalGuests === 'allow'),
  );
  const guestOf = await meetingsWhereGuest(ctx, scope, open);
  return [
    ...owned.map((meeting) => visibleAs(scope, meeting, 'owner')),
    ...open.filter((m) => guestOf.has(m.id)).map((meeting) => visibleAs(scope, meeting, 'guest')),
  ];
}

function visibleAs(scope: Scope, candidate: Candidate, role: MeetingRole): VisibleMeeting {
  const { externalGuests: _policy, ...meeting } = candidate;
  return { scope, meeting, role };
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
        meetings.map((m) =>
          eb.and([
            eb('meeting_id', '=', m.id),
            eb('guest_index', '=', guestIndexOf(ctx, m.eventId, scope.email)),
          ]),
        ),
      ),
    )
    .execute();
  return new Set(rows.map((row) => row.meeting_id));
}
