/**
 * The admin console's cards for users: the domain's users (searched by email prefix, paged),
 * one user with what an admin may change, and the card non-admins get instead.
 */
import type { AdminUser, AdminUsersPage } from '../../shared/contract';
import { MAX_EMAIL_PREFIX_LENGTH } from '../../shared/limits';
import { Callbacks } from '../actions';
import { actionOf, buttonSet, textButton } from '../ui/actions';
import { cardWithHeader, fact, textSection } from '../ui/cards';
import { problemSection, type Problem } from '../ui/error-card';
import { formatDateTime } from '../ui/format';
import { escapeHtml } from '../ui/text';
import type { UiContext } from './context';

type Card = GoogleAppsScript.Card_Service.Card;
type Section = GoogleAppsScript.Card_Service.CardSection;

/** The search box's form input. */
export const USER_SEARCH_INPUT = 'q';

/** What an admin may change about a user, as the buttons name it. */
export type UserChange = 'disable' | 'enable' | 'grant' | 'revoke';

export interface UsersCardData {
  page: AdminUsersPage;
  /** The email prefix searched for; empty for everyone. */
  q: string;
  /** Where this page started: absent on the first page. */
  cursor?: string;
  problem?: Problem;
}

/** How the audit log names people: by a pseudonym, the end of their Mingwork id. */
export function pseudonym(id: string): string {
  return `#${id.slice(-8)}`;
}

export function renderAdminsOnlyCard(ui: UiContext): Card {
  return cardWithHeader(ui.t('admin.title'))
    .addSection(textSection(ui.t('admin.only')))
    .build();
}

export function renderUsersCard(ui: UiContext, data: UsersCardData): Card {
  const card = cardWithHeader(ui.t('admin.title'), ui.t('admin.subtitle'));
  if (data.problem) card.addSection(problemSection(ui, data.problem));
  return card.addSection(domainSection(ui)).addSection(usersSection(ui, data)).build();
}

function domainSection(ui: UiContext): Section {
  const { t } = ui;
  return CardService.newCardSection()
    .setHeader(t('admin.domain.heading'))
    .addWidget(
      buttonSet(
        textButton(t('admin.policy.title'), actionOf(Callbacks.adminPolicyOpen)),
        textButton(t('admin.audit.title'), actionOf(Callbacks.adminAudit)),
      ),
    );
}

function usersSection(ui: UiContext, data: UsersCardData): Section {
  const { t } = ui;
  const search = CardService.newTextInput()
    .setFieldName(USER_SEARCH_INPUT)
    .setTitle(t('admin.users.search'))
    .setHint(t('admin.users.searchHint', { max: MAX_EMAIL_PREFIX_LENGTH }))
    .setValue(data.q);
  const section = CardService.newCardSection()
    .setHeader(t('admin.users.heading'))
    .addWidget(search)
    .addWidget(
      buttonSet(
        textButton(
          t('admin.users.searchAction'),
          actionOf(Callbacks.adminUsers).setPersistValues(true),
        ),
      ),
    );
  if (data.page.users.length === 0) {
    section.addWidget(CardService.newTextParagraph().setText(t('admin.users.none')));
  }
  for (const user of data.page.users) section.addWidget(userLine(ui, user));
  const paging = pagingButtons(ui, data);
  if (paging) section.addWidget(paging);
  return section;
}

function userLine(ui: UiContext, user: AdminUser): GoogleAppsScript.Card_Service.DecoratedText {
  // Names and addresses come from each user's own Google account: shown as written.
  const line = CardService.newDecoratedText()
    .setText(escapeHtml(user.name ?? user.email))
    .setBottomLabel(userState(ui, user))
    .setWrapText(true)
    .setOnClickAction(actionOf(Callbacks.adminUserOpen, { userId: user.id }));
  return user.name ? line.setTopLabel(escapeHtml(user.email)) : line;
}

/** "Admin · Disabled · Last active …": what the list says of each user. */
function userState(ui: UiContext, user: AdminUser): string {
  const { t } = ui;
  const parts = [t(user.role === 'admin' ? 'account.role.admin' : 'account.role.member')];
  if (user.disabled) parts.push(t('admin.user.disabled'));
  parts.push(t('admin.user.lastActive', { when: formatDateTime(ui, new Date(user.lastActiveAt)) }));
  return parts.join(' · ');
}

function pagingButtons(ui: UiContext, data: UsersCardData) {
  const { t } = ui;
  const buttons = [];
  const page = (cursor?: string) =>
    actionOf(Callbacks.adminUsers, { paging: 'true', q: data.q, ...(cursor ? { cursor } : {}) });
  if (data.cursor) buttons.push(textButton(t('admin.page.first'), page()));
  if (data.page.nextCursor) {
    buttons.push(textButton(t('admin.page.next'), page(data.page.nextCursor)));
  }
  return buttons.length ? buttonSet(...buttons) : undefined;
}

export function renderUserCard(ui: UiContext, user: AdminUser, problem?: Problem): Card {
  const { t } = ui;
  const card = cardWithHeader(user.name ?? user.email, user.name ? user.email : undefined);
  if (problem) card.addSection(problemSection(ui, problem));
  const change = (kind: UserChange) =>
    actionOf(Callbacks.adminUserChange, { userId: user.id, change: kind });
  return card
    .addSection(
      CardService.newCardSection()
        .addWidget(
          fact(
            t('account.role'),
            t(user.role === 'admin' ? 'account.role.admin' : 'account.role.member'),
          ),
        )
        .addWidget(
          fact(
            t('admin.user.state'),
            t(user.disabled ? 'admin.user.disabled' : 'admin.user.active'),
          ),
        )
        .addWidget(
          fact(t('privacy.stored.lastActive'), formatDateTime(ui, new Date(user.lastActiveAt))),
        )
        .addWidget(fact(t('admin.user.pseudonym'), pseudonym(user.id))),
    )
    .addSection(
      textSection(t(user.disabled ? 'admin.user.enableHelp' : 'admin.user.disableHelp')).addWidget(
        buttonSet(
          user.disabled
            ? textButton(t('admin.user.enable'), change('enable'))
            : textButton(t('admin.user.disable'), change('disable')),
          user.role === 'admin'
            ? textButton(t('admin.user.revoke'), change('revoke'))
            : textButton(t('admin.user.grant'), change('grant')),
        ),
      ),
    )
    .addSection(
      CardService.newCardSection().addWidget(
        buttonSet(textButton(t('admin.users.back'), actionOf(Callbacks.adminUsersBack))),
      ),
    )
    .build();
}
