// Renders Google Workspace add-on card JSON (the alternate-runtime shape that the
// workbench's CardService produces) as HTML, the way the Calendar and Drive side panel
// would. form-inputs.ts reads the controls back as `commonEventObject.formInputs`.
import type {
  ActionJson,
  ButtonJson,
  CardJson,
  DateTimePickerJson,
  DecoratedTextJson,
  GridJson,
  IconJson,
  OnClickJson,
  SectionJson,
  SelectionInputJson,
  SwitchControlJson,
  TextInputJson,
  WidgetJson,
} from '../gas/card-service/json';
import { h } from './dom';
import type { InputKind } from './form-inputs';
import { formattedText } from './formatted-text';
import { PICKER_INPUT_TYPES, pickerInputValue, pickerTimeZone } from './pickers';

export interface CardContext {
  /** Runs what a click does (an action or a link); `source` is the element, inside its card. */
  onClick(onClick: OnClickJson, source: Element): void;
  /** The user's time zone: date-time pickers show and read their values in it. */
  timeZone: string;
}

type Listener = ((event: Event) => void) | undefined;

function clickable(onClick: OnClickJson | undefined, context: CardContext): Listener {
  if (!onClick) return undefined;
  return (event) => {
    event.preventDefault();
    // A button inside a clickable decorated text runs its own action, not the text's too.
    event.stopPropagation();
    context.onClick(onClick, event.currentTarget as Element);
  };
}

function onChange(action: ActionJson | undefined, context: CardContext): Listener {
  return action ? clickable({ action }, context) : undefined;
}

/** `data-*` of a control that form-inputs.ts reads back. */
const inputData = (input: InputKind, more: Record<string, string> = {}) => ({ input, ...more });

function renderButton(button: ButtonJson, context: CardContext, extraClass = ''): HTMLElement {
  // TextButtonStyle.FILLED, or a background colour: the card's main action.
  const filled = button.color || button.type === 'FILLED' ? ' filled' : '';
  return h(
    'button',
    {
      type: 'button',
      class: `button${filled} ${extraClass}`.trim(),
      disabled: button.disabled === true,
      title: button.icon?.altText,
      onclick: clickable(button.onClick, context),
    },
    button.text ?? button.icon?.altText ?? '',
  );
}

const KNOWN_ICON_GLYPHS: Record<string, string> = {
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

function renderIcon(icon: IconJson | undefined): HTMLElement | undefined {
  if (!icon) return undefined;
  if (icon.iconUrl) return h('img', { class: 'icon', src: icon.iconUrl, alt: icon.altText ?? '' });
  const glyph = (icon.knownIcon && KNOWN_ICON_GLYPHS[icon.knownIcon]) ?? '•';
  return h('span', { class: 'icon known', title: icon.knownIcon }, glyph);
}

function renderSwitchControl(control: SwitchControlJson, context: CardContext): HTMLElement {
  return h('input', {
    type: 'checkbox',
    class: control.controlType === 'CHECKBOX' ? 'checkbox' : 'switch',
    name: control.name,
    value: control.value ?? 'true',
    checked: control.selected === true,
    dataset: inputData('switch'),
    onchange: onChange(control.onChangeAction, context),
  });
}

function renderDecoratedText(widget: DecoratedTextJson, context: CardContext): HTMLElement {
  const end = widget.button
    ? renderButton(widget.button, context, 'small')
    : widget.switchControl
      ? renderSwitchControl(widget.switchControl, context)
      : undefined;
  const label = (text: string | undefined) =>
    text ? h('div', { class: 'label' }, formattedText(text)) : undefined;
  return h(
    'div',
    {
      class: `decorated${widget.onClick ? ' clickable' : ''}`,
      onclick: clickable(widget.onClick, context),
    },
    renderIcon(widget.icon),
    h(
      'div',
      { class: 'decorated-body' },
      label(widget.topLabel),
      h('div', { class: `text${widget.wrapText ? ' wrap' : ''}` }, formattedText(widget.text)),
      label(widget.bottomLabel),
    ),
    end,
  );
}

function renderTextInput(widget: TextInputJson, context: CardContext): HTMLElement {
  const input = h(widget.type === 'MULTIPLE_LINE' ? 'textarea' : 'input', {
    name: widget.name,
    placeholder: widget.hintText ?? '',
    dataset: inputData('text'),
    onchange: onChange(widget.onChangeAction, context),
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

function renderSelectionInput(widget: SelectionInputJson, context: CardContext): HTMLElement {
  const onchange = onChange(widget.onChangeAction, context);
  if (widget.type === 'DROPDOWN') {
    return h(
      'label',
      { class: 'field' },
      widget.label ? h('span', { class: 'label' }, widget.label) : undefined,
      h(
        'select',
        { name: widget.name, dataset: inputData('selection'), onchange },
        widget.items.map((item) =>
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
    widget.items.map((item) =>
      h(
        'label',
        { class: 'choice' },
        h('input', {
          type,
          class: widget.type === 'SWITCH' ? 'switch' : undefined,
          name: widget.name,
          value: item.value,
          checked: item.selected === true,
          dataset: inputData('selection'),
          onchange,
        }),
        item.text,
      ),
    ),
  );
}

function renderDateTimePicker(widget: DateTimePickerJson, context: CardContext): HTMLElement {
  const timeZone = pickerTimeZone(widget, context.timeZone);
  const input = h('input', {
    type: PICKER_INPUT_TYPES[widget.type],
    name: widget.name,
    dataset: inputData('datetime', { kind: widget.type, timeZone }),
    onchange: onChange(widget.onChangeAction, context),
  });
  if (widget.valueMsEpoch !== undefined)
    input.value = pickerInputValue(widget.type, widget.valueMsEpoch, timeZone);
  return h(
    'label',
    { class: 'field' },
    widget.label ? h('span', { class: 'label' }, widget.label) : undefined,
    input,
  );
}

function renderGrid(widget: GridJson, context: CardContext): HTMLElement {
  return h(
    'div',
    { class: 'grid', style: `--columns:${widget.columnCount ?? 2}` },
    widget.title ? h('div', { class: 'label' }, widget.title) : undefined,
    widget.items.map((item) =>
      h(
        'div',
        { class: 'grid-item', onclick: clickable(widget.onClick, context) },
        item.image?.imageUri
          ? h('img', { src: item.image.imageUri, alt: item.image.altText ?? '' })
          : undefined,
        item.title ? h('div', { class: 'text' }, item.title) : undefined,
        item.subtitle ? h('div', { class: 'label' }, item.subtitle) : undefined,
      ),
    ),
  );
}

function renderWidget(widget: WidgetJson, context: CardContext): HTMLElement {
  if (widget.textParagraph)
    return h('p', { class: 'paragraph' }, formattedText(widget.textParagraph.text));
  if (widget.decoratedText) return renderDecoratedText(widget.decoratedText, context);
  if (widget.buttonList) {
    return h(
      'div',
      { class: 'button-list' },
      widget.buttonList.buttons.map((b) => renderButton(b, context)),
    );
  }
  if (widget.textInput) return renderTextInput(widget.textInput, context);
  if (widget.selectionInput) return renderSelectionInput(widget.selectionInput, context);
  if (widget.dateTimePicker) return renderDateTimePicker(widget.dateTimePicker, context);
  if (widget.divider) return h('hr', { class: 'divider' });
  if (widget.image) {
    return h('img', {
      class: `image${widget.image.onClick ? ' clickable' : ''}`,
      src: widget.image.imageUrl,
      alt: widget.image.altText ?? '',
      onclick: clickable(widget.image.onClick, context),
    });
  }
  if (widget.grid) return renderGrid(widget.grid, context);
  return h(
    'div',
    { class: 'unknown-widget' },
    `Unsupported widget: ${Object.keys(widget).join(', ')}`,
  );
}

function renderSection(section: SectionJson, context: CardContext): HTMLElement {
  const widgets = section.widgets;
  const visible = section.collapsible ? (section.uncollapsibleWidgetsCount ?? 0) : widgets.length;
  const rest = widgets.slice(visible);
  return h(
    'section',
    { class: 'card-section' },
    section.header ? h('h3', {}, formattedText(section.header)) : undefined,
    h(
      'div',
      { class: 'section-body' },
      widgets.slice(0, visible).map((w) => renderWidget(w, context)),
    ),
    rest.length
      ? h(
          'details',
          {},
          h('summary', {}, 'More'),
          rest.map((w) => renderWidget(w, context)),
        )
      : undefined,
  );
}

export function renderCard(card: CardJson, context: CardContext): HTMLElement {
  const { header, fixedFooter } = card;
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
          card.cardActions.map((a) =>
            h(
              'button',
              { type: 'button', class: 'link', onclick: clickable(a.onClick, context) },
              a.actionLabel,
            ),
          ),
        )
      : undefined,
    h(
      'div',
      { class: 'card-body' },
      card.sections.map((s) => renderSection(s, context)),
    ),
    fixedFooter
      ? h(
          'footer',
          { class: 'card-footer' },
          fixedFooter.secondaryButton
            ? renderButton(fixedFooter.secondaryButton, context)
            : undefined,
          renderButton(fixedFooter.primaryButton, context, 'primary'),
        )
      : undefined,
  );
}
