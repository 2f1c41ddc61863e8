// The workbench page: a Calendar or Drive host view beside the add-on's side panel.
// Every click in the panel runs the named callback of the built add-on on the workbench
// server (POST /api/invoke) and applies the response as Google's side panel would.
import { carryOverValues, collectFormInputs, h, renderCard } from './cards.js';

const state = {
  user: '',
  locale: 'en',
  host: 'calendar',
  world: { users: [], events: [], files: [], universalActions: [], openLinkUrlPrefixes: [] },
  selectedEventId: null,
  selectedFileIds: new Set(),
  stack: [],
  lastRequest: null,
};

const $ = (selector) => document.querySelector(selector);

/** Google names locales like zh_CN; Intl wants BCP 47 tags like zh-CN. */
const displayLocale = () => state.locale.replace('_', '-');

async function api(path, body) {
  const response = await fetch(path, {
    method: body ? 'POST' : 'GET',
    headers: body ? { 'content-type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  const data = await response.json();
  if (!response.ok) throw new Error(data.message ?? `HTTP ${response.status}`);
  return data;
}

/** Opens a link as Google would: only under the manifest's openLinkUrlPrefixes. */
function openLink(url) {
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

function showNotification(text, kind = 'info') {
  const toast = h('div', { class: `toast ${kind}`, role: 'status' }, text);
  $('#toasts').append(toast);
  setTimeout(() => toast.remove(), 4000);
}

// ---- the add-on side panel -------------------------------------------------------------

function context() {
  return {
    host: state.host,
    eventId: state.host === 'calendar' ? state.selectedEventId : null,
    fileIds: state.host === 'drive' ? [...state.selectedFileIds] : [],
  };
}

async function invoke(functionName, { parameters = {}, formInputs = {} } = {}) {
  const request = {
    user: state.user,
    locale: state.locale,
    functionName,
    parameters,
    formInputs,
    ...context(),
  };
  state.lastRequest = request;
  $('#panel').classList.add('loading');
  try {
    const result = await api('/api/invoke', request);
    renderTrace(result.trace ?? []);
    return result.response;
  } catch (error) {
    renderPanelError(error.message);
    return undefined;
  } finally {
    $('#panel').classList.remove('loading');
  }
}

/** What a trigger returned: one card, several cards, or an action response. */
function applyResponse(response, { persistFrom } = {}) {
  if (!response) return;
  const render = response.renderActions ?? response;
  if (Array.isArray(response)) setStack(response);
  else if (response.sections) setStack([response]);
  else if (Array.isArray(response.cards)) setStack(response.cards);
  if (render.action) applyAction(render.action, persistFrom);
  if (render.hostAppAction?.driveAction?.requestFileScope)
    grantFileScope(render.hostAppAction.driveAction.requestFileScope);
}

function applyAction(action, persistFrom) {
  for (const navigation of action.navigations ?? []) {
    if (navigation.pushCard) state.stack.push(navigation.pushCard);
    else if (navigation.updateCard) state.stack[state.stack.length - 1] = navigation.updateCard;
    else if (navigation.pop && state.stack.length > 1) state.stack.pop();
    else if (navigation.popToRoot) state.stack.length = Math.min(1, state.stack.length);
    else if (navigation.popToCard) {
      const index = state.stack.findLastIndex((card) => card.name === navigation.popToCard);
      if (index >= 0) state.stack.length = index + 1;
    }
  }
  if (action.navigations?.length) renderPanel(persistFrom);
  if (action.notification?.text) showNotification(action.notification.text);
  if (action.link?.url) openLink(action.link.url);
}

function setStack(cards) {
  state.stack = [...cards];
  renderPanel();
}

async function runAction(onClick, source) {
  if (onClick.openLink) {
    openLink(onClick.openLink.url);
    return;
  }
  if (onClick.card) {
    state.stack.push(onClick.card);
    renderPanel();
    return;
  }
  const action = onClick.action ?? onClick.openDynamicLinkAction;
  if (!action?.function) return;
  const cardElement = source?.closest?.('.card') ?? $('#panel .card:last-of-type');
  const parameters = Object.fromEntries((action.parameters ?? []).map((p) => [p.key, p.value]));
  const formInputs = cardElement ? collectFormInputs(cardElement) : {};
  const response = await invoke(action.function, { parameters, formInputs });
  applyResponse(response, { persistFrom: action.persistValues ? cardElement : undefined });
}

function renderPanel(persistFrom) {
  const panel = $('#panel-cards');
  const top = state.stack[state.stack.length - 1];
  panel.replaceChildren();
  $('#panel-back').hidden = state.stack.length < 2;
  if (!top) return;
  const element = renderCard(top, { onClick: (onClick, source) => runAction(onClick, source) });
  if (persistFrom) carryOverValues(persistFrom, element);
  panel.append(element);
}

function renderPanelError(message) {
  $('#panel-cards').replaceChildren(
    h(
      'article',
      { class: 'card error' },
      h('header', { class: 'card-header' }, h('h2', {}, 'The add-on failed')),
      h('p', { class: 'paragraph' }, message),
      h('button', { type: 'button', class: 'button', onclick: () => openHostTrigger() }, 'Reload'),
    ),
  );
}

function renderTrace(trace) {
  $('#trace').replaceChildren(
    ...trace.map((entry) =>
      h(
        'li',
        {},
        [entry.service, entry.method, entry.url ?? entry.name, entry.status]
          .filter(Boolean)
          .join(' '),
      ),
    ),
  );
}

/** Runs the trigger the host would run for what is open or selected now. */
async function openHostTrigger() {
  const triggers = state.world.triggers;
  let name = triggers.commonHomepage;
  if (state.host === 'calendar')
    name = state.selectedEventId ? triggers.calendarEventOpen : (triggers.calendarHomepage ?? name);
  if (state.host === 'drive')
    name = state.selectedFileIds.size
      ? triggers.driveItemsSelected
      : (triggers.driveHomepage ?? name);
  applyResponse(await invoke(name));
}

async function runUniversalAction(action) {
  if (action.openLink) {
    openLink(action.openLink);
    return;
  }
  applyResponse(await invoke(action.runFunction));
}

async function grantFileScope({ itemId }) {
  await api('/api/drive/grant', { user: state.user, fileId: itemId });
  showNotification('Access granted to the add-on for this file.');
  await openHostTrigger();
}

// ---- the host views ----------------------------------------------------------------------

function renderCalendar() {
  const byDay = new Map();
  for (const event of state.world.events) {
    const day = new Date(event.start).toLocaleDateString(displayLocale(), {
      timeZone: state.world.timeZone,
      weekday: 'long',
      month: 'short',
      day: 'numeric',
    });
    if (!byDay.has(day)) byDay.set(day, []);
    byDay.get(day).push(event);
  }
  const time = (iso) =>
    new Date(iso).toLocaleTimeString(displayLocale(), {
      timeZone: state.world.timeZone,
      hour: '2-digit',
      minute: '2-digit',
    });
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
              onclick: () => selectEvent(event.id),
            },
            h('span', { class: 'time' }, `${time(event.start)}–${time(event.end)}`),
            h('span', { class: 'title' }, event.title),
          ),
        ),
      ),
    ),
  );
}

function renderDrive() {
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
                onchange: (event) => selectFile(file.id, event.target.checked),
              }),
            ),
            h(
              'td',
              {},
              file.mimeType === 'application/vnd.google-apps.folder'
                ? `📁 ${file.title}`
                : file.title,
            ),
            h('td', {}, file.owner ?? ''),
          ),
        ),
      ),
    ),
  );
}

function renderHost() {
  for (const tab of document.querySelectorAll('[data-host]'))
    tab.classList.toggle('active', tab.dataset.host === state.host);
  if (state.host === 'calendar') renderCalendar();
  else renderDrive();
}

async function selectEvent(eventId) {
  state.selectedEventId = eventId;
  renderHost();
  await openHostTrigger();
}

async function selectFile(fileId, selected) {
  if (selected) state.selectedFileIds.add(fileId);
  else state.selectedFileIds.delete(fileId);
  renderHost();
  await openHostTrigger();
}

async function loadWorld() {
  state.world = await api(`/api/world?user=${encodeURIComponent(state.user)}`);
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
        { type: 'button', class: 'link', onclick: () => runUniversalAction(action) },
        action.label,
      ),
    ),
  );
  renderHost();
}

async function switchHost(host) {
  state.host = host;
  state.stack = [];
  renderHost();
  await openHostTrigger();
}

async function start() {
  for (const tab of document.querySelectorAll('[data-host]'))
    tab.addEventListener('click', () => switchHost(tab.dataset.host));
  $('#user').addEventListener('change', async (event) => {
    state.user = event.target.value;
    state.selectedEventId = null;
    state.selectedFileIds.clear();
    await loadWorld();
    await openHostTrigger();
  });
  $('#locale').addEventListener('change', async (event) => {
    state.locale = event.target.value;
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

start().catch((error) => renderPanelError(error.message));
