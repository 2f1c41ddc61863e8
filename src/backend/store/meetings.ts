/**
 * Meetings and their guest digests. A meeting belongs to (owner tenant, calendar event);
 * the user who starts it owns it. Guest digests arrive from the add-on and are stored
 * re-keyed under the index key, so a stolen table does not let anyone test emails.
 */
import type { Selectable } from 'kysely';
import type { MeetingRecord, Scope, VisibleMeeting } from '../access/scope';
import { inTransaction, type StoreContext } from './context';
import { recordAudit } from './audit-log';
import { newId } from './ids';
import { ownerIndexes, type MeetingStarter } from './organizer-digests';
import type { MeetingsTable } from './tables';
import { insertUnlessDuplicate } from './unique-insert';

export interface StartedMeeting {
  meeting: MeetingRecord;
  /** False when the tenant already had a meeting for this event. */
  created: boolean;
}

/**
 * Idempotent per (tenant, event): the unique key settles races between two starts. The
 * starter's verified email and domain are kept as digests, so the organizer's guests find
 * the organizer's meeting (DESIGN §5).
 */
export async function startMeeting(
  ctx: StoreContext,
  scope: Scope,
  starter: MeetingStarter,
  eventId: string,
  guestDigests: readonly string[],
): Promise<StartedMeeting> {
  return inTransaction(ctx, async (trx) => {
    const now = trx.now();
    const id = newId();
    const created = await insertUnlessDuplicate(
      trx.db.insertInto('meetings').values({
        id,
        tenant_id: scope.tenantId,
        event_id: eventId,
        owner_user_id: scope.userId,
        ...ownerIndexes(trx.blindIndex, eventId, starter),
        created_at: now,
        updated_at: now,
      }),
    );
    const meeting = await findTenantMeetingForEvent(trx, scope, eventId);
    if (created) {
      await insertGuests(trx, id, guestDigests);
      await recordAudit(trx, scope, 'meeting.create', id, { guests: guestDigests.length });
    }
    return { meeting, created };
  });
}

async function findTenantMeetingForEvent(
  ctx: StoreContext,
  scope: Scope,
  eventId: string,
): Promise<MeetingRecord> {
  const row = await ctx.db
    .selectFrom('meetings')
    .selectAll()
    .where('tenant_id', '=', scope.tenantId)
    .where('event_id', '=', eventId)
    .executeTakeFirstOrThrow();
  return toMeetingRecord(row);
}

type MeetingRow = Pick<
  Selectable<MeetingsTable>,
  'id' | 'tenant_id' | 'event_id' | 'owner_user_id' | 'created_at' | 'updated_at'
>;

export function toMeetingRecord(row: MeetingRow): MeetingRecord {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    eventId: row.event_id,
    ownerUserId: row.owner_user_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The owner's calendar is the source of truth for who is invited: the set is replaced. */
export async function replaceGuests(
  ctx: StoreContext,
  access: VisibleMeeting,
  guestDigests: readonly string[],
): Promise<void> {
  await inTransaction(ctx, async (trx) => {
    // The meeting row first, as in changeMeetingContent: concurrent writers queue, not deadlock.
    await touchMeeting(trx, access);
    await trx.db.deleteFrom('meeting_guests').where('meeting_id', '=', access.meeting.id).execute();
    await insertGuests(trx, access.meeting.id, guestDigests);
    await recordAudit(trx, access.scope, 'meeting.guests.replace', access.meeting.id, {
      guests: guestDigests.length,
    });
  });
}

async function insertGuests(
  ctx: StoreContext,
  meetingId: string,
  guestDigests: readonly string[],
): Promise<void> {
  const indexes = new Set(guestDigests.map((digest) => ctx.blindIndex.of('guest', digest)));
  if (indexes.size === 0) return;
  await ctx.db
    .insertInto('meeting_guests')
    .values([...indexes].map((guest_index) => ({ meeting_id: meetingId, guest_index })))
    .execute();
}

/** Deletes the meeting with everything in it (the content tables cascade). */
export async function deleteMeeting(ctx: StoreContext, access: VisibleMeeting): Promise<void> {
  await inTransaction(ctx, async (trx) => {
    await trx.db
      .deleteFrom('meetings')
      .where('id', '=', access.meeting.id)
      .where('tenant_id', '=', access.meeting.tenantId)
      .execute();
    await recordAudit(trx, access.scope, 'meeting.delete', access.meeting.id);
  });
}

/** Records activity: the retention sweep removes meetings idle for longer than the policy. */
export async function touchMeeting(ctx: StoreContext, access: VisibleMeeting): Promise<void> {
  await ctx.db
    .updateTable('meetings')
    .set({ updated_at: ctx.now() })
    .where('id', '=', access.meeting.id)
    .where('tenant_id', '=', access.meeting.tenantId)
    .execute();
}
