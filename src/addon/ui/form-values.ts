/** What the user typed or chose, as the host sends it back in `commonEventObject.formInputs`. */
type EventObject = GoogleAppsScript.Addons.EventObject;

/** The text of a text input, or the (first) choice of a selection; "" when absent. */
export function formText(e: EventObject, name: string): string {
  return e.commonEventObject?.formInputs?.[name]?.stringInputs?.value?.[0] ?? '';
}

/** Action parameters: Apps Script hands them over as strings. */
export function parameterOf(e: EventObject, name: string): string | undefined {
  return e.commonEventObject?.parameters?.[name];
}
