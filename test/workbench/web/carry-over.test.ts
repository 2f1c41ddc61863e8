/**
 * @jest-environment jsdom
 */
// persistValues: what a person entered in a card survives the callback's navigation that
// renders the card again, as Google's side panel keeps it.
import type { CardJson } from '../../../src/workbench/gas/card-service/json';
import { navigate } from '../../../src/workbench/web/card-stack';
import { renderCard } from '../../../src/workbench/web/cards';
import { carryOverValues, collectFormInputs } from '../../../src/workbench/web/form-inputs';
import { cardOf, control, cs, setChecked, type } from './page-helpers';

const context = { onClick: () => undefined, timeZone: 'Europe/Paris' };

/** The card as the callback builds it again: the server's values, plus a saved note. */
const meetingForm = (saved = false): CardJson =>
  cardOf(
    ...(saved ? [cs.newTextParagraph().setText('Saved.')] : []),
    cs.newTextInput().setFieldName('title').setValue('Draft'),
    cs.newTextInput().setFieldName('notes').setMultiline(true),
    cs
      .newSelectionInput()
      .setFieldName('roles')
      .setType(cs.SelectionInputType.CHECK_BOX)
      .addItem('Viewer', 'reader', true)
      .addItem('Editor', 'writer', false),
    cs
      .newSelectionInput()
      .setFieldName('room')
      .setType(cs.SelectionInputType.DROPDOWN)
      .addItem('Atlas', 'atlas', true)
      .addItem('Borealis', 'borealis', false),
    cs
      .newDecoratedText()
      .setText('Notify guests')
      .setSwitchControl(cs.newSwitch().setFieldName('notify').setValue('yes').setSelected(true)),
    cs.newDatePicker().setFieldName('day'),
  );

/** A person fills the form in. */
function fillIn(card: HTMLElement): void {
  type(control(card, 'title'), 'Budget review');
  type(control(card, 'notes'), 'Bring Q3 numbers');
  setChecked(control(card, 'roles', 'reader'), false);
  setChecked(control(card, 'roles', 'writer'), true);
  type(control(card, 'room'), 'borealis');
  setChecked(control(card, 'notify'), false);
  type(control(card, 'day'), '2027-04-02');
}

/** The callback answered with an updateCard; the panel renders the new top card. */
function afterUpdate(shown: HTMLElement, persistValues: boolean): HTMLElement {
  const stack = navigate([meetingForm()], [{ updateCard: meetingForm(true) }]);
  const top = renderCard(stack[stack.length - 1]!, context);
  if (persistValues) carryOverValues(shown, top);
  return top;
}

describe('value carry-over with persistValues', () => {
  test('everything entered survives the card being rendered again', () => {
    const shown = renderCard(meetingForm(), context);
    fillIn(shown);
    const entered = collectFormInputs(shown);

    const updated = afterUpdate(shown, true);
    expect(updated.textContent).toContain('Saved.');
    expect(collectFormInputs(updated)).toEqual(entered);
    expect(control(updated, 'title').value).toBe('Budget review');
    expect(control(updated, 'roles', 'writer').checked).toBe(true);
    expect(control(updated, 'notify').checked).toBe(false);
  });

  test('without persistValues the server’s values replace what was entered', () => {
    const shown = renderCard(meetingForm(), context);
    fillIn(shown);
    const updated = afterUpdate(shown, false);
    expect(collectFormInputs(updated)).toEqual({
      title: { stringInputs: { value: ['Draft'] } },
      notes: { stringInputs: { value: [''] } },
      roles: { stringInputs: { value: ['reader'] } },
      room: { stringInputs: { value: ['atlas'] } },
      notify: { stringInputs: { value: ['yes'] } },
    });
  });

  test('inputs only the new card has keep the server’s value', () => {
    const shown = renderCard(cardOf(cs.newTextInput().setFieldName('title')), context);
    type(control(shown, 'title'), 'Budget review');
    const next = renderCard(
      cardOf(
        cs.newTextInput().setFieldName('title'),
        cs.newTextInput().setFieldName('owner').setValue('alice@acme.example'),
      ),
      context,
    );
    carryOverValues(shown, next);
    expect(collectFormInputs(next)).toEqual({
      title: { stringInputs: { value: ['Budget review'] } },
      owner: { stringInputs: { value: ['alice@acme.example'] } },
    });
  });
});
