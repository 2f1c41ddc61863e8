// The workbench page: a Calendar or Drive host view beside the add-on's side panel.
// Every click in the panel runs the named callback of the built add-on on the workbench
// server (POST /api/invoke) and applies the response as Google's side panel would.
import type { CardJson, OnClickJson, RenderActionJson } from '../gas/card-service/json';
import type {
  AddOnResponseJson,
  InvokeRequest,
  PageHost,
  TraceLine,
  UniversalActionJson,
  WorldView,
} from '../page-contract';
import { fetchWorld, grantFileScope, invokeAddOn } from './api';
import { navigate } from './card-stack';
import { renderCard } from './cards';
import { $, h } from './dom';
import { carryOverValues, collectFormInputs } from './form-inputs';
import { traceLineText } from './trace';

interface PageState {
  user: string;
  /** Google's locale name, e.g. "zh_CN". */
  locale: string;
  host: PageHost;
  world: WorldView;
  selectedEventId: string | null;
  selectedFileIds: Set<string>;
  /** The side panel's cards; the last one is on screen. */
  stack: CardJson[];
}

const state: PageState = {
  user: '',
  locale: 'en',
  host: 'calendar',
  world: {
    user: '',
    timeZone: 'UTC',
    users: [],
    events: [],
    files: [],
    universalActions: [],
    openLinkUrlPrefixes: [],
    triggers: {},
  },
  selectedEventId: null,
  selectedFileIds: new Set(),
  stack: [],
};

/** How the host's Calendar labels an all-day event, in the page's languages. */
const ALL_DAY: Record<string, string> = { en: 'All day', zh_CN: '全天' };

/** Google names locales like zh_CN; Intl wants BCP 47 tags like zh-CN. */
const displayLocale = () => state.locale.replace('_', '-');

const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Opens a link as Google would: only under the manifest's openLinkUrlPrefixes. */
function openLink(url: string): void {
  const allowed = state.world.openLinkUrlPrefixes.some((prefix) => url.startsWith(prefix));
  if (!allowed) {
    showNotification(
      `Google would block this link: ${url} is not under openLinkUrlPrefixes.`,
      'error',
    );
    return;
  }
  window.open(url, '_blank', 'noopener');
}

function showNotification(text: string, kind: 'info' | 'error' = 'info'): void {
  const toast = h('div', { class: `toast ${kind}`, role: 'status' }, text);
  $('#toasts').append(toast);
  setTimeout(() => toast.remove(), 4000);
}

// ---- the add-on side panel -------------------------------------------------------------

function context(): Pick<InvokeRequest, 'host' | 'eventId' | 'fileIds'> {
  return {
    host: state.host,
    eventId: state.host === 'calendar' ? state.selectedEventId : null,
    fileIds: state.host === 'drive' ? [...state.selectedFileIds] : [],
  };
}

async function invoke(
  functionName: string,
  { parameters = {}, formInputs = {} }: Pick<InvokeRequest, 'parameters' | 'formInputs'> = {},
): Promise<AddOnResponseJson | undefined> {
  const request: InvokeRequest = {
    user: state.user,
    locale: state.locale,
    functionName,
    parameters,
    formInputs,
    ...context(),
  };
  $('#panel').classList.add('loading');
  try {
    const result = await invokeAddOn(request);
    renderTrace(result.trace);
    return result.response;
  } catch (error) {
    renderPanelError(errorMessage(error));
    return undefined;
  } finally {
    $('#panel').classList.remove('loading');
  }
}

/** What a trigger returned: one card, several cards, or an action response. */
function applyResponse(response: AddOnResponseJson | undefined, persistFrom?: Element): void {
  if (!response) return;
  if (Array.isArray(response)) setStack(response);
  else if ('sections' in response) setStack([response]);
  else applyRenderAction(response, persistFrom);
}

function applyRenderAction({ action, hostAppAction }: RenderActionJson, persistFrom?: Element) {
  if (action?.navigations?.length) {
    state.stack = navigate(state.stack, action.navigations);
    renderPanel(persistFrom);
  }
  if (action?.notification?.text) showNotification(action.notification.text);
  if (action?.link?.url) openLink(action.link.url);
  const fileScope = hostAppAction?.driveAction?.requestFileScope;
  if (fileScope) void grantAndReopen(fileScope.itemId);
}

function setStack(cards: CardJson[]): void {
  state.stack = [...cards];
  renderPanel();
}

async function runAction(onClick: OnClickJson, source: Element): Promise<void> {
  if (onClick.openLink) {
    openLink(onClick.openLink.url);
    return;
  }
  const action = onClick.action ?? onClick.openDynamicLinkAction;
  if (!action?.function) return;
  const card = source.closest('.card') ?? undefined;
  const parameters = Object.fromEntries((action.parameters ?? []).map((p) => [p.key, p.value]));
  const formInputs = card ? collectFormInputs(card) : {};
  const response = await invoke(action.function, { parameters, formInputs });
  applyResponse(response, action.persistValues ? card : undefined);
}

function renderPanel(persistFrom?: Element): void {
  const panel = $('#panel-cards');
  const top = state.stack[state.stack.length - 1];
  panel.replaceChildren();
  $('#panel-back').hidden = state.stack.length < 2;
  if (!top) return;
  const element = renderCard(top, {
    onClick: (onClick, source) => void runAction(onClick, source),
    timeZone: state.world.timeZone,
  });
  if (persistFrom) carryOverValues(persistFrom, element);
  panel.append(element);
}

function renderPanelError(message: string): void {
  $('#panel-cards').replaceChildren(
    h(
      'article',
      { class: 'card error' },
      h('header', { class: 'card-header' }, h('h2', {}, 'The add-on failed')),
      h('p', { class: 'paragraph' }, message),
      h(
        'button',
        { type: 'button', class: 'button', onclick: () => void openHostTrigger() },
        'Reload',
      ),
    ),
  );
}

function renderTrace(trace: TraceLine[]): void {
  $('#trace').replaceChildren(...trace.map((line) => h('li', {}, traceLineText(line))));
}

/** The trigger the host would run for what is open or selected now. */
function hostTrigger(): string | undefined {
  const { triggers } = state.world;
  if (state.host === 'calendar')
    return state.selectedEventId
      ? triggers.calendarEventOpen
      : (triggers.calendarHomepage ?? triggers.commonHomepage);
  return state.selectedFileIds.size
    ? triggers.driveItemsSelected
    : (triggers.driveHomepage ?? triggers.commonHomepage);
}

async function openHostTrigger(): Promise<void> {
  const name = hostTrigger();
  if (!name) {
    renderPanelError(`The manifest declares no trigger for ${state.host} here.`);
    return;
  }
  applyResponse(await invoke(name));
}

async function runUniversalAction(action: UniversalActionJson): Promise<void> {
  if (action.openLink) openLink(action.openLink);
  else if (action.runFunction) applyResponse(await invoke(action.runFunction));
}

async function grantAndReopen(fileId: string): Promise<void> {
  try {
    await grantFileScope({ user: state.user, fileId });
  } catch (error) {
    renderPanelError(errorMessage(error));
    return;
  }
  showNotification('Access granted to the add-on for this file.');
  await openHostTrigger();
}

// ---- the host views ----------------------------------------------------------------------

function renderCalendar(): void {
  const byDay = new Map<string, WorldView['events']>();
  for (const event of state.world.events) {
    // An all-day event's date belongs to no time zone: it is held as UTC midnight.
    const day = new Date(event.start).toLocaleDateString(displayLocale(), {
      timeZone: event.allDay ? 'UTC' : state.world.timeZone,
      weekday: 'long',
      month: 'short',
      day: 'numeric',
    });
    byDay.set(day, [...(byDay.get(day) ?? []), event]);
  }
  const clock = (iso: string) =>
    new Date(iso).toLocaleTimeString(displayLocale(), {
      timeZone: state.world.timeZone,
      hour: '2-digit',
      minute: '2-digit',
    });
  const when = (event: WorldView['events'][number]) =>
    event.allDay
      ? (ALL_DAY[state.locale] ?? ALL_DAY.en)
      : `${clock(event.start)}–${clock(event.end)}`;
  $('#host').replaceChildren(
    ...[...byDay].map(([day, events]) =>
      h(
        'div',
        { class: 'day' },
        h('h3', {}, day),
        events.map((event) =>
          h(
            'button',
            {
              type: 'button',
              class: `event${event.id === state.selectedEventId ? ' selected' : ''}`,
              dataset: { eventId: event.id },
              onclick: () => void selectEvent(event.id),
            },
            h('span', { class: 'time' }, when(event)),
            h('span', { class: 'title' }, event.title),
          ),
        ),
      ),
    ),
  );
}

function renderDrive(): void {
  $('#host').replaceChildren(
    h(
      'table',
      { class: 'files' },
      h('thead', {}, h('tr', {}, h('th', {}, ''), h('th', {}, 'Name'), h('th', {}, 'Owner'))),
      h(
        'tbody',
        {},
        state.world.files.map((file) =>
          h(
            'tr',
            { class: state.selectedFileIds.has(file.id) ? 'selected' : undefined },
            h(
              'td',
              {},
              h('input', {
                type: 'checkbox',
                'aria-label': file.title,
                checked: state.selectedFileIds.has(file.id),
                dataset: { fileId: file.id },
                onchange: (event) =>
                  void selectFile(file.id, (event.target as HTMLInputElement).checked),
              }),
            ),
            h('td', {}, file.folder ? `📁 ${file.title}` : file.title),
            h('td', {}, file.owner ?? ''),
          ),
        ),
      ),
    ),
  );
}

function renderHost(): void {
  for (const tab of document.querySelectorAll<HTMLElement>('[data-host]'))
    tab.classList.toggle('active', tab.dataset.host === state.host);
  if (state.host === 'calendar') renderCalendar();
  else renderDrive();
}

async function selectEvent(eventId: string): Promise<void> {
  state.selectedEventId = eventId;
  renderHost();
  await openHostTrigger();
}

async function selectFile(fileId: string, selected: boolean): Promise<void> {
  if (selected) state.selectedFileIds.add(fileId);
  else state.selectedFileIds.delete(fileId);
  renderHost();
  await openHostTrigger();
}

async function loadWorld(): Promise<void> {
  state.world = await fetchWorld(state.user);
  state.user = state.world.user;
  $('#user').replaceChildren(
    ...state.world.users.map((u) =>
      h('option', { value: u.email, selected: u.email === state.user }, `${u.name} <${u.email}>`),
    ),
  );
  $('#universal').replaceChildren(
    ...state.world.universalActions.map((action) =>
      h(
        'button',
        { type: 'button', class: 'link', onclick: () => void runUniversalAction(action) },
        action.label,
      ),
    ),
  );
  renderHost();
}

async function switchHost(host: PageHost): Promise<void> {
  state.host = host;
  state.stack = [];
  // What the add-on did meanwhile shows in the host, as in Google's: an export in Drive.
  state.world = await fetchWorld(state.user);
  renderHost();
  await openHostTrigger();
}

async function start(): Promise<void> {
  for (const tab of document.querySelectorAll<HTMLElement>('[data-host]'))
    tab.addEventListener('click', () => void switchHost(tab.dataset.host as PageHost));
  $<HTMLSelectElement>('#user').addEventListener('change', async (event) => {
    state.user = (event.target as HTMLSelectElement).value;
    state.selectedEventId = null;
    state.selectedFileIds.clear();
    await loadWorld();
    await openHostTrigger();
  });
  $<HTMLSelectElement>('#locale').addEventListener('change', async (event) => {
    state.locale = (event.target as HTMLSelectElement).value;
    renderHost();
    await openHostTrigger();
  });
  $('#panel-back').addEventListener('click', () => {
    state.stack.pop();
    renderPanel();
  });
  await loadWorld();
  await openHostTrigger();
}

start().catch((error: unknown) => renderPanelError(errorMessage(error)));
