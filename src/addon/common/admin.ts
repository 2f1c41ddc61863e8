/**
 * The admin console's trigger and callbacks: users (search, paging, disable/enable, grant/
 * revoke admin), the domain policy and the audit log, each read from or written to the
 * backend, then rendered by the admin-*card.ts modules. To a non-admin the backend answers
 * 404, and the console says it is for admins.
 */
import type { UpdateAdminUserBody } from '../../shared/contract';
import { ErrorCode } from '../../shared/errors';
import {
  DEFAULT_ADMIN_PAGE_SIZE,
  MAX_EMAIL_PREFIX_LENGTH,
  MAX_RETENTION_DAYS,
  MIN_RETENTION_DAYS,
} from '../../shared/limits';
import { Callbacks } from '../actions';
import {
  changeDomainUser,
  fetchDomainPolicy,
  fetchDomainUser,
  listAuditLog,
  listDomainUsers,
  saveDomainPolicy,
} from '../backend/admin';
import { attempt, type Failure } from '../backend/failure';
import { problemOf, renderFailureCard, type RetryAction } from '../ui/error-card';
import { formText, parameterOf } from '../ui/form-values';
import { showCard, universalCards, type Placement } from '../ui/responses';
import {
  renderAdminsOnlyCard,
  renderUserCard,
  renderUsersCard,
  USER_SEARCH_INPUT,
  type UserChange,
} from './admin-card';
import { renderAuditCard } from './admin-audit-card';
import { renderPolicyCard } from './admin-policy-card';
import { uiContextFrom, type UiContext } from './context';
import type { MessageKey } from '../i18n';
import { checkPolicyForm, policyFormOf, type PolicyForm } from './policy-form';

type EventObject = GoogleAppsScript.Addons.EventObject;
type Card = GoogleAppsScript.Card_Service.Card;
type ActionResponse = GoogleAppsScript.Card_Service.ActionResponse;

const CHANGES: Record<UserChange, { body: UpdateAdminUserBody; done: MessageKey }> = {
  disable: { body: { disabled: true }, done: 'admin.user.done.disable' },
  enable: { body: { disabled: false }, done: 'admin.user.done.enable' },
  grant: { body: { role: 'admin' }, done: 'admin.user.done.grant' },
  revoke: { body: { role: 'member' }, done: 'admin.user.done.revoke' },
};

/** Not an admin: the backend answers the console's calls 404, as if they did not exist. */
function isNotAdmin(failure: Failure): boolean {
  return failure.kind === 'refused' && failure.code === ErrorCode.NotFound;
}

function failureCard(ui: UiContext, failure: Failure, retry: RetryAction): Card {
  return isNotAdmin(failure) ? renderAdminsOnlyCard(ui) : renderFailureCard(ui, failure, retry);
}

/**
 * One page of the domain's users. A passing failure keeps the search on screen, with the
 * typed prefix and a Retry of the same page; any other failure gets the card that says why.
 */
function usersCard(ui: UiContext, q: string, cursor?: string): Card {
  const page = attempt(() => listDomainUsers({ q, cursor, limit: DEFAULT_ADMIN_PAGE_SIZE }));
  if (page.ok) return renderUsersCard(ui, { page: page.value, q, cursor });
  const retry = {
    functionName: Callbacks.adminUsers,
    parameters: { paging: 'true', q, ...(cursor ? { cursor } : {}) },
  };
  if (page.failure.kind !== 'unavailable') return failureCard(ui, page.failure, retry);
  const problem = problemOf(ui, page.failure, retry);
  return renderUsersCard(ui, { page: { users: [], nextCursor: null }, q, cursor, problem });
}

export function onAdminAction(e: EventObject) {
  return universalCards(usersCard(uiContextFrom(e), ''));
}

/** From the Account card. */
export function onOpenAdminConsole(e: EventObject): ActionResponse {
  return showCard(usersCard(uiContextFrom(e), ''), 'push');
}

/** Search (the typed prefix) and paging (the page's own prefix and cursor). */
export function onAdminUsers(e: EventObject): ActionResponse {
  const ui = uiContextFrom(e);
  const paging = parameterOf(e, 'paging') === 'true';
  const q = (paging ? (parameterOf(e, 'q') ?? '') : formText(e, USER_SEARCH_INPUT)).trim();
  if (q.length > MAX_EMAIL_PREFIX_LENGTH) {
    // Checked here, before any call: no address is that long.
    const problem = { message: ui.t('admin.users.tooLong', { max: MAX_EMAIL_PREFIX_LENGTH }) };
    const empty = { users: [], nextCursor: null };
    return showCard(renderUsersCard(ui, { page: empty, q, problem }), 'update');
  }
  return showCard(usersCard(ui, q, paging ? parameterOf(e, 'cursor') : undefined), 'update');
}

/** "Back to users" from a user's card: the list again, with what just changed. */
export function onAdminUsersBack(e: EventObject): ActionResponse {
  return showCard(usersCard(uiContextFrom(e), ''), 'back');
}

export function onAdminUserOpen(e: EventObject): ActionResponse {
  const ui = uiContextFrom(e);
  const userId = parameterOf(e, 'userId') ?? '';
  const user = attempt(() => fetchDomainUser(userId));
  const retry = { functionName: Callbacks.adminUserOpen, parameters: { userId } };
  return showCard(
    user.ok ? renderUserCard(ui, user.value) : failureCard(ui, user.failure, retry),
    'push',
  );
}

export function onAdminUserChange(e: EventObject): ActionResponse {
  const ui = uiContextFrom(e);
  const userId = parameterOf(e, 'userId') ?? '';
  const change = parameterOf(e, 'change') as UserChange;
  const known = CHANGES[change];
  // Both come from the user's card: anything else is not a change this console offers.
  if (!known || !userId) return showCard(usersCard(ui, ''), 'back');
  const { body, done } = known;
  const changed = attempt(() => changeDomainUser(userId, body));
  if (changed.ok) {
    const name = changed.value.name ?? changed.value.email;
    return showCard(renderUserCard(ui, changed.value), 'update', ui.t(done, { name }));
  }
  const retry = { functionName: Callbacks.adminUserChange, parameters: { userId, change } };
  const user = attempt(() => fetchDomainUser(userId));
  if (!user.ok) return showCard(failureCard(ui, changed.failure, retry), 'update');
  const lastAdmin =
    changed.failure.kind === 'refused' && changed.failure.code === ErrorCode.Conflict;
  const problem = lastAdmin
    ? { message: ui.t('admin.user.lastAdmin') }
    : problemOf(ui, changed.failure, retry);
  return showCard(renderUserCard(ui, user.value, problem), 'update');
}

export function onAdminPolicyOpen(e: EventObject): ActionResponse {
  const ui = uiContextFrom(e);
  const policy = attempt(fetchDomainPolicy);
  const card = policy.ok
    ? renderPolicyCard(ui, policyFormOf(policy.value))
    : failureCard(ui, policy.failure, { functionName: Callbacks.adminPolicyOpen });
  return showCard(card, 'push');
}

export function onAdminPolicySave(e: EventObject): ActionResponse {
  const ui = uiContextFrom(e);
  const form: PolicyForm = {
    externalGuests: formText(e, 'externalGuests'),
    maxDriveRole: formText(e, 'maxDriveRole'),
    retentionDays: formText(e, 'retentionDays'),
  };
  const checked = checkPolicyForm(form);
  if (!checked.ok) {
    // Nothing is sent: the form stays as typed, with what to fix.
    const limits = { min: MIN_RETENTION_DAYS, max: MAX_RETENTION_DAYS };
    return showCard(
      renderPolicyCard(ui, form, { message: ui.t(checked.problem, limits) }),
      'update',
    );
  }
  const saved = attempt(() => saveDomainPolicy(checked.policy));
  if (!saved.ok) {
    if (saved.failure.kind === 'disabled' || isNotAdmin(saved.failure)) {
      return showCard(
        failureCard(ui, saved.failure, { functionName: Callbacks.adminPolicySave }),
        'update',
      );
    }
    const problem = problemOf(ui, saved.failure, { functionName: Callbacks.adminPolicySave });
    return showCard(renderPolicyCard(ui, form, problem), 'update');
  }
  return showCard(
    renderPolicyCard(ui, policyFormOf(saved.value)),
    'update',
    ui.t('admin.policy.saved'),
  );
}

/** Opens the log from the console, or turns its pages. */
export function onAdminAudit(e: EventObject): ActionResponse {
  const ui = uiContextFrom(e);
  const paging = parameterOf(e, 'paging') === 'true';
  const cursor = paging ? parameterOf(e, 'cursor') : undefined;
  const placement: Placement = paging ? 'update' : 'push';
  const page = attempt(() => listAuditLog({ cursor, limit: DEFAULT_ADMIN_PAGE_SIZE }));
  const retry = {
    functionName: Callbacks.adminAudit,
    parameters: e.commonEventObject.parameters ?? {},
  };
  return showCard(
    page.ok
      ? renderAuditCard(ui, { page: page.value, cursor })
      : failureCard(ui, page.failure, retry),
    placement,
  );
}
