// Renders Google Workspace add-on card JSON (the alternate-runtime shape that the
// workbench's CardService produces) as HTML, the way the Calendar and Drive side panel
// would, and reads the inputs back as `commonEventObject.formInputs`.

/** Creates an element with attributes and children; strings become text nodes (never HTML). */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function')
      element.addEventListener(name.slice(2), value);
    else if (name === 'dataset') Object.assign(element.dataset, value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

// Card text allows a small HTML subset (<b>, <i>, <u>, <s>, <font color>, <a href>, <br>).
const ALLOWED_TAGS = new Set(['B', 'I', 'U', 'S', 'BR', 'FONT', 'A']);

/** Formats card text: keeps the tags Google supports and drops every other tag and attribute. */
function formattedText(text) {
  const template = document.createElement('template');
  template.innerHTML = String(text ?? '').replace(/\n/g, '<br>');
  const clean = (node) => {
    for (const child of [...node.childNodes]) {
      if (child.nodeType !== Node.ELEMENT_NODE) continue;
      clean(child);
      if (!ALLOWED_TAGS.has(child.tagName)) {
        child.replaceWith(...child.childNodes);
        continue;
      }
      for (const attribute of [...child.attributes]) {
        const keep =
          (child.tagName === 'A' &&
            attribute.name === 'href' &&
            /^https?:/.test(attribute.value)) ||
          (child.tagName === 'FONT' && attribute.name === 'color');
        if (!keep) child.removeAttribute(attribute.name);
      }
      if (child.tagName === 'A') child.setAttribute('target', '_blank');
    }
  };
  clean(template.content);
  return h('span', { class: 'formatted' }, template.content);
}

function clickable(onClick, handlers) {
  if (!onClick) return undefined;
  return (event) => {
    event.preventDefault();
    handlers.onClick(onClick, event.currentTarget);
  };
}

function renderButton(button, handlers, extraClass = '') {
  const filled = button.color ? ' filled' : '';
  return h(
    'button',
    {
      type: 'button',
      class: `button${filled} ${extraClass}`.trim(),
      disabled: button.disabled === true,
      title: button.icon?.altText,
      onclick: clickable(button.onClick, handlers),
    },
    button.text ?? button.icon?.altText ?? '',
  );
}

function renderIcon(icon) {
  if (!icon) return undefined;
  if (icon.iconUrl) return h('img', { class: 'icon', src: icon.iconUrl, alt: icon.altText ?? '' });
  return h('span', { class: 'icon known', title: icon.knownIcon }, knownIconGlyph(icon.knownIcon));
}

const KNOWN_ICON_GLYPHS = {
  CLOCK: '🕒',
  EVENT_SEAT: '💺',
  PERSON: '👤',
  MULTIPLE_PEOPLE: '👥',
  DESCRIPTION: '📄',
  EMAIL: '✉️',
  BOOKMARK: '🔖',
  STAR: '⭐',
  INVITE: '📨',
  VIDEO_CAMERA: '🎥',
  OFFER: '🏷️',
};

function knownIconGlyph(name) {
  return KNOWN_ICON_GLYPHS[name] ?? '•';
}

function renderSwitchControl(control, handlers) {
  return h('input', {
    type: 'checkbox',
    class: control.controlType === 'CHECKBOX' ? 'checkbox' : 'switch',
    name: control.name,
    value: control.value ?? 'true',
    checked: control.selected === true,
    dataset: { input: 'switch' },
    onchange: control.onChangeAction
      ? () => handlers.onClick({ action: control.onChangeAction })
      : undefined,
  });
}

function renderDecoratedText(widget, handlers) {
  const end = widget.button
    ? renderButton(widget.button, handlers, 'small')
    : widget.switchControl
      ? renderSwitchControl(widget.switchControl, handlers)
      : undefined;
  return h(
    'div',
    {
      class: `decorated${widget.onClick ? ' clickable' : ''}`,
      onclick: clickable(widget.onClick, handlers),
    },
    renderIcon(widget.icon),
    h(
      'div',
      { class: 'decorated-body' },
      widget.topLabel ? h('div', { class: 'label' }, formattedText(widget.topLabel)) : undefined,
      h('div', { class: `text${widget.wrapText ? ' wrap' : ''}` }, formattedText(widget.text)),
      widget.bottomLabel
        ? h('div', { class: 'label' }, formattedText(widget.bottomLabel))
        : undefined,
    ),
    end,
  );
}

function renderTextInput(widget, handlers) {
  const multiline = widget.type === 'MULTIPLE_LINE';
  const input = h(multiline ? 'textarea' : 'input', {
    name: widget.name,
    placeholder: widget.hintText ?? '',
    dataset: { input: 'text' },
    onchange: widget.onChangeAction
      ? () => handlers.onClick({ action: widget.onChangeAction })
      : undefined,
  });
  input.value = widget.value ?? '';
  const suggestions = widget.initialSuggestions?.items ?? [];
  const listId = suggestions.length ? `suggest-${widget.name}` : undefined;
  if (listId) input.setAttribute('list', listId);
  return h(
    'label',
    { class: 'field' },
    widget.label ? h('span', { class: 'label' }, widget.label) : undefined,
    input,
    listId
      ? h(
          'datalist',
          { id: listId },
          suggestions.map((s) => h('option', { value: s.text })),
        )
      : undefined,
  );
}

function renderSelectionInput(widget, handlers) {
  const onchange = widget.onChangeAction
    ? () => handlers.onClick({ action: widget.onChangeAction })
    : undefined;
  const items = widget.items ?? [];
  if (widget.type === 'DROPDOWN') {
    return h(
      'label',
      { class: 'field' },
      widget.label ? h('span', { class: 'label' }, widget.label) : undefined,
      h(
        'select',
        { name: widget.name, dataset: { input: 'selection' }, onchange },
        items.map((item) =>
          h('option', { value: item.value, selected: item.selected === true }, item.text),
        ),
      ),
    );
  }
  const type = widget.type === 'RADIO_BUTTON' ? 'radio' : 'checkbox';
  return h(
    'fieldset',
    { class: 'field selection' },
    widget.label ? h('legend', { class: 'label' }, widget.label) : undefined,
    items.map((item) =>
      h(
        'label',
        { class: 'choice' },
        h('input', {
          type,
          class: widget.type === 'SWITCH' ? 'switch' : undefined,
          name: widget.name,
          value: item.value,
          checked: item.selected === true,
          dataset: { input: 'selection' },
          onchange,
        }),
        item.text,
      ),
    ),
  );
}

function pad(n) {
  return String(n).padStart(2, '0');
}

function renderDateTimePicker(widget) {
  const kind = widget.type ?? 'DATE_AND_TIME';
  const inputType =
    kind === 'DATE_ONLY' ? 'date' : kind === 'TIME_ONLY' ? 'time' : 'datetime-local';
  const input = h('input', {
    type: inputType,
    name: widget.name,
    dataset: { input: 'datetime', kind },
  });
  if (typeof widget.valueMsEpoch === 'number') {
    const d = new Date(widget.valueMsEpoch);
    const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
    input.value = kind === 'DATE_ONLY' ? date : kind === 'TIME_ONLY' ? time : `${date}T${time}`;
  }
  return h(
    'label',
    { class: 'field' },
    widget.label ? h('span', { class: 'label' }, widget.label) : undefined,
    input,
  );
}

function renderGrid(widget, handlers) {
  return h(
    'div',
    { class: 'grid', style: `--columns:${widget.columnCount ?? 2}` },
    widget.title ? h('div', { class: 'label' }, widget.title) : undefined,
    (widget.items ?? []).map((item) =>
      h(
        'div',
        { class: 'grid-item', onclick: clickable(widget.onClick, handlers) },
        item.image?.imageUri
          ? h('img', { src: item.image.imageUri, alt: item.image.altText ?? '' })
          : undefined,
        item.title ? h('div', { class: 'text' }, item.title) : undefined,
        item.subtitle ? h('div', { class: 'label' }, item.subtitle) : undefined,
      ),
    ),
  );
}

function renderWidget(widget, handlers) {
  if (widget.textParagraph)
    return h('p', { class: 'paragraph' }, formattedText(widget.textParagraph.text));
  if (widget.decoratedText) return renderDecoratedText(widget.decoratedText, handlers);
  if (widget.buttonList) {
    return h(
      'div',
      { class: 'button-list' },
      widget.buttonList.buttons.map((b) => renderButton(b, handlers)),
    );
  }
  if (widget.textInput) return renderTextInput(widget.textInput, handlers);
  if (widget.selectionInput) return renderSelectionInput(widget.selectionInput, handlers);
  if (widget.dateTimePicker) return renderDateTimePicker(widget.dateTimePicker);
  if (widget.divider) return h('hr', { class: 'divider' });
  if (widget.image) {
    return h('img', {
      class: `image${widget.image.onClick ? ' clickable' : ''}`,
      src: widget.image.imageUrl,
      alt: widget.image.altText ?? '',
      onclick: clickable(widget.image.onClick, handlers),
    });
  }
  if (widget.grid) return renderGrid(widget.grid, handlers);
  return h(
    'div',
    { class: 'unknown-widget' },
    `Unsupported widget: ${Object.keys(widget).join(', ')}`,
  );
}

function renderSection(section, handlers) {
  const widgets = section.widgets ?? [];
  const visible = section.collapsible ? (section.uncollapsibleWidgetsCount ?? 0) : widgets.length;
  const body = h(
    'div',
    { class: 'section-body' },
    widgets.slice(0, visible).map((w) => renderWidget(w, handlers)),
  );
  const rest = widgets.slice(visible);
  return h(
    'section',
    { class: 'card-section' },
    section.header ? h('h3', {}, formattedText(section.header)) : undefined,
    body,
    rest.length
      ? h(
          'details',
          {},
          h('summary', {}, 'More'),
          rest.map((w) => renderWidget(w, handlers)),
        )
      : undefined,
  );
}

/** Renders one card. `handlers.onClick(onClick)` runs an action, opens a link or pushes a card. */
export function renderCard(card, handlers) {
  const header = card.header;
  return h(
    'article',
    { class: 'card', dataset: { cardName: card.name ?? '' } },
    header
      ? h(
          'header',
          { class: 'card-header' },
          header.imageUrl
            ? h('img', { src: header.imageUrl, alt: header.imageAltText ?? '' })
            : undefined,
          h(
            'div',
            {},
            h('h2', {}, header.title),
            header.subtitle ? h('div', { class: 'label' }, header.subtitle) : undefined,
          ),
        )
      : undefined,
    card.cardActions
      ? h(
          'nav',
          { class: 'card-actions' },
          [card.cardActions]
            .flat()
            .map((a) =>
              h(
                'button',
                { type: 'button', class: 'link', onclick: clickable(a.onClick, handlers) },
                a.actionLabel,
              ),
            ),
        )
      : undefined,
    h(
      'div',
      { class: 'card-body' },
      (card.sections ?? []).map((s) => renderSection(s, handlers)),
    ),
    card.fixedFooter
      ? h(
          'footer',
          { class: 'card-footer' },
          card.fixedFooter.secondaryButton
            ? renderButton(card.fixedFooter.secondaryButton, handlers)
            : undefined,
          card.fixedFooter.primaryButton
            ? renderButton(card.fixedFooter.primaryButton, handlers, 'primary')
            : undefined,
        )
      : undefined,
  );
}

function dateTimeInput(input) {
  const kind = input.dataset.kind;
  if (!input.value) return undefined;
  if (kind === 'TIME_ONLY') {
    const [hours, minutes] = input.value.split(':').map(Number);
    return { timeInput: { hours, minutes } };
  }
  const msSinceEpoch = Date.parse(
    kind === 'DATE_ONLY' ? `${input.value}T00:00:00Z` : `${input.value}:00Z`,
  );
  if (kind === 'DATE_ONLY') return { dateInput: { msSinceEpoch } };
  return { dateTimeInput: { msSinceEpoch, hasDate: true, hasTime: true } };
}

/**
 * Reads every input of a rendered card as `commonEventObject.formInputs` (V8 shape):
 * text and selections as `{stringInputs: {value: [...]}}`, pickers as date/time inputs.
 * Unchecked switches and empty selections are absent, as in Google's event objects.
 */
export function collectFormInputs(root) {
  const formInputs = {};
  const addString = (name, value) => {
    formInputs[name] ??= { stringInputs: { value: [] } };
    formInputs[name].stringInputs.value.push(value);
  };
  for (const input of root.querySelectorAll('[data-input]')) {
    const kind = input.dataset.input;
    if (kind === 'text' || (kind === 'selection' && input.tagName === 'SELECT'))
      addString(input.name, input.value);
    else if (kind === 'selection' || kind === 'switch') {
      if (input.checked) addString(input.name, input.value);
    } else if (kind === 'datetime') {
      const value = dateTimeInput(input);
      if (value) formInputs[input.name] = value;
    }
  }
  return formInputs;
}

/** Copies what the user typed into same-named inputs of a re-rendered card (persistValues). */
export function carryOverValues(from, to) {
  for (const input of to.querySelectorAll('[data-input]')) {
    const previous = from.querySelector(`[name="${CSS.escape(input.name)}"]`);
    if (!previous) continue;
    if (input.type === 'checkbox' || input.type === 'radio') {
      const same = from.querySelector(
        `[name="${CSS.escape(input.name)}"][value="${CSS.escape(input.value)}"]`,
      );
      if (same) input.checked = same.checked;
    } else {
      input.value = previous.value;
    }
  }
}
