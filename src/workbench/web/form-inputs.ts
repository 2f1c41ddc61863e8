/**
 * The inputs of a rendered card as the host reads them: what `commonEventObject.formInputs`
 * carries when a widget runs an action, and what survives a re-render when the action asked
 * to persist values. Card renderers mark each control with `data-input` (an InputKind).
 */
import type { FormInputJson } from '../gas/card-service/json';
import { pickerFormInput, type PickerType } from './pickers';

export type InputKind = 'text' | 'selection' | 'switch' | 'datetime';

type FormControl = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

function formControls(root: ParentNode): FormControl[] {
  return [...root.querySelectorAll<FormControl>('[data-input]')];
}

/** Check boxes, radio buttons and switches: they count only when checked. */
function isChoice(control: FormControl): control is HTMLInputElement {
  return control instanceof HTMLInputElement && ['checkbox', 'radio'].includes(control.type);
}

function pickerInput(control: FormControl): FormInputJson | undefined {
  const { kind, timeZone = 'UTC' } = control.dataset;
  return pickerFormInput(kind as PickerType, control.value, timeZone);
}

/**
 * Text and choices become `{stringInputs: {value: [...]}}` (one value per checked box of a
 * group), pickers a date-time, date or time input. Unchecked switches, groups with nothing
 * chosen and empty pickers are absent, as in Google's event objects.
 */
export function collectFormInputs(root: ParentNode): Record<string, FormInputJson> {
  const formInputs: Record<string, FormInputJson> = {};
  const addString = (name: string, value: string) => {
    const input = formInputs[name];
    if (input && 'stringInputs' in input) input.stringInputs.value.push(value);
    else formInputs[name] = { stringInputs: { value: [value] } };
  };
  for (const control of formControls(root)) {
    if (control.dataset.input === 'datetime') {
      const input = pickerInput(control);
      if (input) formInputs[control.name] = input;
    } else if (!isChoice(control) || control.checked) {
      addString(control.name, control.value);
    }
  }
  return formInputs;
}

/** Copies what the user entered into the same-named controls of a re-rendered card. */
export function carryOverValues(from: ParentNode, to: ParentNode): void {
  const previous = formControls(from);
  for (const control of formControls(to)) {
    if (isChoice(control)) {
      const same = previous.find((p) => p.name === control.name && p.value === control.value);
      if (same && isChoice(same)) control.checked = same.checked;
    } else {
      const same = previous.find((p) => p.name === control.name);
      if (same) control.value = same.value;
    }
  }
}
