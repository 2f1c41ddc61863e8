/**
 * @jest-environment jsdom
 */
// The widgets the privacy centre and admin console use, as the page renders them: the main
// action's filled button, the statistics switch, clickable user lines, paging buttons.
import type { OnClickJson } from '../../../src/workbench/gas/card-service/json';
import { renderCard } from '../../../src/workbench/web/cards';
import { collectFormInputs } from '../../../src/workbench/web/form-inputs';
import { cardOf, control, cs, setChecked } from './page-helpers';

function rendered(...widgets: GoogleAppsScript.Card_Service.Widget[]) {
  const clicks: OnClickJson[] = [];
  const card = renderCard(cardOf(...widgets), {
    onClick: (onClick) => clicks.push(onClick),
    timeZone: 'Europe/Paris',
  });
  return { card, clicks };
}

const action = (name: string, parameters: Record<string, string> = {}) =>
  cs.newAction().setFunctionName(name).setParameters(parameters);

describe('console widgets on the page', () => {
  test('a filled text button stands out as the card’s main action', () => {
    const { card } = rendered(
      cs
        .newButtonSet()
        .addButton(
          cs
            .newTextButton()
            .setText('Export to my Drive')
            .setTextButtonStyle(cs.TextButtonStyle.FILLED)
            .setOnClickAction(action('onPrivacyExport')),
        )
        .addButton(cs.newTextButton().setText('Cancel').setOnClickAction(action('onCardBack'))),
    );
    const [main, other] = [...card.querySelectorAll('button')];
    expect(main?.className).toContain('filled');
    expect(other?.className).not.toContain('filled');
  });

  test('a switch in a line of text runs its action when flipped, and is sent only while on', () => {
    const { card, clicks } = rendered(
      cs
        .newDecoratedText()
        .setText('Object to statistics and personalisation')
        .setSwitchControl(
          cs
            .newSwitch()
            .setFieldName('objectToStatistics')
            .setValue('true')
            .setSelected(false)
            .setOnChangeAction(action('onPrivacyStatisticsChange')),
        ),
    );
    const toggle = control(card, 'objectToStatistics');
    expect(toggle.className).toBe('switch');
    expect(collectFormInputs(card)).toEqual({});
    setChecked(toggle, true);
    expect(clicks).toEqual([{ action: { function: 'onPrivacyStatisticsChange' } }]);
    expect(collectFormInputs(card)).toEqual({
      objectToStatistics: { stringInputs: { value: ['true'] } },
    });
  });

  test('a user line opens the user; paging buttons carry their cursor', () => {
    const { card, clicks } = rendered(
      cs
        .newDecoratedText()
        .setText('Bob Chen')
        .setBottomLabel('Member · Last active Sun 29 Nov, 16:30')
        .setOnClickAction(action('onAdminUserOpen', { userId: 'u2' })),
      cs.newButtonSet().addButton(
        cs
          .newTextButton()
          .setText('Next page')
          .setOnClickAction(action('onAdminUsers', { paging: 'true', cursor: 'u2' })),
      ),
    );
    card.querySelector<HTMLElement>('.decorated.clickable')?.click();
    [...card.querySelectorAll('button')].find((b) => b.textContent === 'Next page')?.click();
    expect(clicks.map((c) => c.action)).toEqual([
      { function: 'onAdminUserOpen', parameters: [{ key: 'userId', value: 'u2' }] },
      {
        function: 'onAdminUsers',
        parameters: [
          { key: 'paging', value: 'true' },
          { key: 'cursor', value: 'u2' },
        ],
      },
    ]);
  });
});
