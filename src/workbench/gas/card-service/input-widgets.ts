/** Form inputs: their values come back in `commonEventObject.formInputs[fieldName]`. */
import type { Fake } from '../not-implemented';
import { ActionFake } from './actions';
import { compact, Component, RENDER } from './component';
import { SELECTION_INPUT_TYPES, SWITCH_CONTROL_TYPES } from './enums';
import type { ActionJson, SelectionItemJson, SwitchControlJson, WidgetJson } from './json';
import { AS_WIDGET, type SectionWidget } from './widget';

type ActionApi = GoogleAppsScript.Card_Service.Action;

/** What every input has: the form field it fills and an optional callback on change. */
abstract class InputFake<Json> extends Component<Json> {
  protected fieldName?: string;
  protected onChangeAction?: ActionFake;

  setFieldName(fieldName: string): this {
    this.fieldName = fieldName;
    return this;
  }

  setOnChangeAction(action: ActionApi): this {
    this.onChangeAction = this.expect(action, ActionFake, 'action');
    return this;
  }

  protected renderName(component: string): string {
    return this.required(this.fieldName, component, 'field name');
  }

  protected renderOnChange(): ActionJson | undefined {
    return this.onChangeAction?.[RENDER]();
  }
}

/** Inputs shown in a section with a title above them. */
abstract class LabelledInputFake extends InputFake<WidgetJson> implements SectionWidget {
  [AS_WIDGET](): WidgetJson {
    return this[RENDER]();
  }

  protected title?: string;

  setTitle(title: string): this {
    this.title = title;
    return this;
  }
}

export class SuggestionsFake
  extends Component<{ items: { text: string }[] }>
  implements Fake<GoogleAppsScript.Card_Service.Suggestions>
{
  private readonly suggestions: string[] = [];

  addSuggestion(suggestion: string): this {
    this.suggestions.push(String(suggestion));
    return this;
  }

  addSuggestions(suggestions: string[]): this {
    for (const suggestion of suggestions) this.addSuggestion(suggestion);
    return this;
  }

  [RENDER](): { items: { text: string }[] } {
    return { items: this.suggestions.map((text) => ({ text })) };
  }
}

export class TextInputFake
  extends LabelledInputFake
  implements Fake<GoogleAppsScript.Card_Service.TextInput>
{
  private hint?: string;
  private value?: string;
  private multiline?: boolean;
  private suggestions?: SuggestionsFake;
  private suggestionsAction?: ActionFake;

  setHint(hint: string): this {
    this.hint = hint;
    return this;
  }

  setValue(value: string): this {
    this.value = value;
    return this;
  }

  setMultiline(multiline: boolean): this {
    this.multiline = Boolean(multiline);
    return this;
  }

  setSuggestions(suggestions: GoogleAppsScript.Card_Service.Suggestions): this {
    this.suggestions = this.expect(suggestions, SuggestionsFake, 'suggestions');
    return this;
  }

  setSuggestionsAction(suggestionsAction: ActionApi): this {
    this.suggestionsAction = this.expect(suggestionsAction, ActionFake, 'suggestionsAction');
    return this;
  }

  [RENDER](): WidgetJson {
    return {
      textInput: compact({
        name: this.renderName('TextInput'),
        label: this.title,
        hintText: this.hint,
        value: this.value,
        type:
          this.multiline === undefined
            ? undefined
            : this.multiline
              ? 'MULTIPLE_LINE'
              : 'SINGLE_LINE',
        onChangeAction: this.renderOnChange(),
        initialSuggestions: this.suggestions?.[RENDER](),
        autoCompleteAction: this.suggestionsAction?.[RENDER](),
      } as const),
    };
  }
}

export class SelectionInputFake
  extends LabelledInputFake
  implements Fake<GoogleAppsScript.Card_Service.SelectionInput>
{
  private type: (typeof SELECTION_INPUT_TYPES)[number] = 'CHECK_BOX';
  private readonly items: SelectionItemJson[] = [];

  setType(type: GoogleAppsScript.Card_Service.SelectionInputType): this {
    this.type = this.member(type, SELECTION_INPUT_TYPES, 'type');
    return this;
  }

  /** Apps Script accepts any text and value and sends the value back as a string. */
  addItem(text: unknown, value: unknown, selected: boolean): this {
    this.items.push({ text: String(text), value: String(value), selected: Boolean(selected) });
    return this;
  }

  [RENDER](): WidgetJson {
    return {
      selectionInput: compact({
        name: this.renderName('SelectionInput'),
        label: this.title,
        type: this.type,
        items: this.items.map((item) => ({ ...item })),
        onChangeAction: this.renderOnChange(),
      }),
    };
  }
}

export class SwitchFake
  extends InputFake<SwitchControlJson>
  implements Fake<GoogleAppsScript.Card_Service.Switch>
{
  private value?: string;
  private selected?: boolean;
  private controlType?: SwitchControlJson['controlType'];

  setValue(value: string): this {
    this.value = value;
    return this;
  }

  setSelected(selected: boolean): this {
    this.selected = Boolean(selected);
    return this;
  }

  /** Apps Script says CHECK_BOX; the JSON says CHECKBOX. */
  setControlType(type: GoogleAppsScript.Card_Service.SwitchControlType): this {
    const name = this.member(type, SWITCH_CONTROL_TYPES, 'controlType');
    this.controlType = name === 'CHECK_BOX' ? 'CHECKBOX' : 'SWITCH';
    return this;
  }

  [RENDER](): SwitchControlJson {
    return compact<SwitchControlJson>({
      name: this.renderName('Switch'),
      value: this.value,
      selected: this.selected,
      onChangeAction: this.renderOnChange(),
      controlType: this.controlType,
    });
  }
}

type PickerType = NonNullable<WidgetJson['dateTimePicker']>['type'];

/** Date, time and date-time pickers share one JSON widget that differs by `type`. */
abstract class PickerFake extends LabelledInputFake {
  protected abstract readonly type: PickerType;
  protected abstract readonly component: string;
  protected valueMsEpoch?: number;
  protected timezoneOffsetMinutes?: number;

  /** Apps Script also takes the milliseconds as a string. */
  setValueInMsSinceEpoch(valueMsEpoch: number | string): this {
    const value = Number(valueMsEpoch);
    if (!Number.isFinite(value)) throw this.raise('Invalid argument: valueMsEpoch', 'Exception');
    this.valueMsEpoch = value;
    return this;
  }

  [RENDER](): WidgetJson {
    return {
      dateTimePicker: compact({
        name: this.renderName(this.component),
        label: this.title,
        type: this.type,
        valueMsEpoch: this.valueMsEpoch,
        timezoneOffsetDate: this.timezoneOffsetMinutes,
        onChangeAction: this.renderOnChange(),
      }),
    };
  }
}

export class DateTimePickerFake
  extends PickerFake
  implements Fake<GoogleAppsScript.Card_Service.DateTimePicker>
{
  protected readonly type = 'DATE_AND_TIME';
  protected readonly component = 'DateTimePicker';

  setTimeZoneOffsetInMins(timeZoneOffsetMins: number): this {
    this.timezoneOffsetMinutes = timeZoneOffsetMins;
    return this;
  }
}

export class DatePickerFake
  extends PickerFake
  implements Fake<GoogleAppsScript.Card_Service.DatePicker>
{
  protected readonly type = 'DATE_ONLY';
  protected readonly component = 'DatePicker';
}

const MS_PER_MINUTE = 60_000;

/** A time of day travels as milliseconds since midnight. */
export class TimePickerFake
  extends PickerFake
  implements Fake<GoogleAppsScript.Card_Service.TimePicker>
{
  protected readonly type = 'TIME_ONLY';
  protected readonly component = 'TimePicker';
  private hours = 0;
  private minutes = 0;

  setHours(hours: number): this {
    if (!Number.isInteger(hours) || hours < 0 || hours > 23) {
      throw this.raise('Invalid argument: hours', 'Exception');
    }
    this.hours = hours;
    return this.updateValue();
  }

  setMinutes(minutes: number): this {
    if (!Number.isInteger(minutes) || minutes < 0 || minutes > 59) {
      throw this.raise('Invalid argument: minutes', 'Exception');
    }
    this.minutes = minutes;
    return this.updateValue();
  }

  private updateValue(): this {
    this.valueMsEpoch = (this.hours * 60 + this.minutes) * MS_PER_MINUTE;
    return this;
  }
}
