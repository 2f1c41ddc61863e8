/**
 * Idempotency keys (the `Idempotency-Key` header on writes). The first request with a key
 * claims it; its response is then kept, encrypted since it can carry user content, and a
 * retry with the same key gets that response instead of doing the work again. A key lasts a
 * day; after that it counts as unused here, and jobs/expire-idempotency-keys.ts deletes it.
 */
import type { Scope } from '../access/scope';
import type { StoreContext } from './context';
import { newId } from './ids';
import { insertUnlessDuplicate } from './unique-insert';

export type Claim =
  | { outcome: 'claimed'; claimId: string }
  | { outcome: 'replay'; statusCode: number; body: string }
  | { outcome: 'different-request' }
  | { outcome: 'in-progress' };

/** Long enough for the add-on's retries and a user's "Retry" a while later. */
const KEY_LIFETIME_MS = 24 * 60 * 60 * 1000;
/**
 * A claim without a response this old belongs to a request that died (crash, deploy):
 * a retry may take it over rather than be refused until the key expires.
 */
const ABANDONED_AFTER_MS = 60 * 1000;

export async function claimIdempotencyKey(
  ctx: StoreContext,
  scope: Scope,
  key: string,
  fingerprint: string,
): Promise<Claim> {
  const now = ctx.now();
  const claimId = newId();
  const claimed = await insertUnlessDuplicate(
    ctx.db.insertInto('idempotency_keys').values({
      id: claimId,
      tenant_id: scope.tenantId,
      user_id: scope.userId,
      idempotency_key: key,
      ...freshClaim(fingerprint, now),
    }),
  );
  if (claimed) return { outcome: 'claimed', claimId };
  return settleExistingClaim(ctx, scope, key, fingerprint);
}

/** A claim with no response yet, as a request that has just started holds it. */
function freshClaim(fingerprint: string, now: number) {
  return {
    fingerprint,
    status_code: null,
    response_enc: null,
    meeting_id: null,
    created_at: now,
    expires_at: now + KEY_LIFETIME_MS,
  };
}

async function settleExistingClaim(
  ctx: StoreContext,
  scope: Scope,
  key: string,
  fingerprint: string,
): Promise<Claim> {
  const existing = await ctx.db
    .selectFrom('idempotency_keys')
    .select(['id', 'fingerprint', 'status_code', 'response_enc', 'created_at', 'expires_at'])
    .where('tenant_id', '=', scope.tenantId)
    .where('user_id', '=', scope.userId)
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
  // Released between our insert and this read: the caller may simply retry.
  if (!existing) return { outcome: 'in-progress' };
  const now = ctx.now();
  // An expired key is as good as absent, whether or not the expiry job has deleted it yet.
  if (existing.expires_at > now) {
    if (existing.fingerprint !== fingerprint) return { outcome: 'different-request' };
    if (existing.status_code !== null) {
      const body = existing.response_enc === null ? '' : ctx.cipher.decrypt(existing.response_enc);
      return { outcome: 'replay', statusCode: existing.status_code, body };
    }
    if (now - existing.created_at < ABANDONED_AFTER_MS) return { outcome: 'in-progress' };
  }
  return takeOver(ctx, existing, fingerprint, now);
}

/**
 * Starts the key afresh in the row an expired or abandoned claim left. Only if the row is
 * still as it was read: of two requests taking it over at once, one wins.
 */
async function takeOver(
  ctx: StoreContext,
  existing: { id: string; status_code: number | null; created_at: number; expires_at: number },
  fingerprint: string,
  now: number,
): Promise<Claim> {
  const { numUpdatedRows } = await ctx.db
    .updateTable('idempotency_keys')
    .set(freshClaim(fingerprint, now))
    .where('id', '=', existing.id)
    .where('created_at', '=', existing.created_at)
    .where('expires_at', '=', existing.expires_at)
    .where((eb) =>
      existing.status_code === null
        ? eb('status_code', 'is', null)
        : eb('status_code', '=', existing.status_code),
    )
    .executeTakeFirst();
  return numUpdatedRows === BigInt(1)
    ? { outcome: 'claimed', claimId: existing.id }
    : { outcome: 'in-progress' };
}

/**
 * A response that shows a meeting's content is saved with the meeting's id, and deleted
 * with the meeting (the foreign key cascades), so a retry cannot bring back deleted content.
 */
export async function saveIdempotentResponse(
  ctx: StoreContext,
  scope: Scope,
  claimId: string,
  response: { statusCode: number; body: string; meetingId: string | null },
): Promise<void> {
  const { meetingId } = response;
  let save = ctx.db
    .updateTable('idempotency_keys')
    .set({
      status_code: response.statusCode,
      response_enc: ctx.cipher.encrypt(response.body),
      meeting_id: meetingId,
    })
    .where('id', '=', claimId)
    .where('user_id', '=', scope.userId);
  if (meetingId !== null) {
    save = save.where(({ exists, selectFrom }) =>
      exists(selectFrom('meetings').select('meetings.id').where('meetings.id', '=', meetingId)),
    );
  }
  const { numUpdatedRows } = await save.executeTakeFirst();
  // The meeting was deleted while the request ran: keep nothing; a retry runs anew (404).
  if (meetingId !== null && numUpdatedRows === BigInt(0)) {
    await releaseIdempotencyKey(ctx, scope, claimId);
  }
}

/** For responses that must not be replayed (server errors, rate limits): a retry runs anew. */
export async function releaseIdempotencyKey(
  ctx: StoreContext,
  scope: Scope,
  claimId: string,
): Promise<void> {
  await ctx.db
    .deleteFrom('idempotency_keys')
    .where('id', '=', claimId)
    .where('user_id', '=', scope.userId)
    .execute();
}
