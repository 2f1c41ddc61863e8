/**
 * @jest-environment jsdom
 */
// The side panel's card stack under Google's navigation steps, the trace lines the page
// shows for what a run did outside the script, and clicks inside a card.
import type { CardJson } from '../../../src/workbench/gas/card-service/json';
import { navigate } from '../../../src/workbench/web/card-stack';
import { renderCard } from '../../../src/workbench/web/cards';
import { traceLineText } from '../../../src/workbench/web/trace';
import { cardOf, cs } from './page-helpers';

const card = (name: string): CardJson => ({ name, sections: [] });
const names = (stack: CardJson[]) => stack.map((c) => c.name);

describe('the panel’s card stack', () => {
  const stack = [card('home'), card('meeting'), card('notes')];

  test('push adds on top; update replaces the top card', () => {
    expect(names(navigate(stack, [{ pushCard: card('guest') }]))).toEqual([
      'home',
      'meeting',
      'notes',
      'guest',
    ]);
    expect(names(navigate(stack, [{ updateCard: card('saved') }]))).toEqual([
      'home',
      'meeting',
      'saved',
    ]);
  });

  test('pop, pop to a named card and pop to root; the root card stays', () => {
    expect(names(navigate(stack, [{ pop: true }]))).toEqual(['home', 'meeting']);
    expect(names(navigate(stack, [{ popToCard: 'meeting' }]))).toEqual(['home', 'meeting']);
    expect(names(navigate(stack, [{ popToRoot: true }]))).toEqual(['home']);
    expect(names(navigate([card('home')], [{ pop: true }]))).toEqual(['home']);
  });

  test('steps run in order and leave the shown stack untouched', () => {
    const next = navigate(stack, [{ popToRoot: true }, { pushCard: card('privacy') }]);
    expect(names(next)).toEqual(['home', 'privacy']);
    expect(names(stack)).toEqual(['home', 'meeting', 'notes']);
  });
});

describe('trace lines', () => {
  test('an HTTP call shows method, URL and status', () => {
    expect(
      traceLineText({
        service: 'UrlFetchApp',
        method: 'POST',
        url: 'http://127.0.0.1:8787/v1/meetings',
        status: 201,
      }),
    ).toBe('UrlFetchApp POST http://127.0.0.1:8787/v1/meetings 201');
  });

  test('a call that got no answer shows why', () => {
    expect(
      traceLineText({
        service: 'UrlFetchApp',
        method: 'GET',
        url: 'http://127.0.0.1:9/v1/me',
        error: 'ECONNREFUSED',
      }),
    ).toBe('UrlFetchApp GET http://127.0.0.1:9/v1/me ECONNREFUSED');
  });

  test('an advanced-service call shows service, method and status', () => {
    expect(traceLineText({ service: 'Calendar', method: 'Events.get', status: 404 })).toBe(
      'Calendar Events.get 404',
    );
  });
});

describe('clicks inside a card', () => {
  test('a button inside a clickable decorated text runs its own action only', () => {
    const clicked: string[] = [];
    const card = renderCard(
      cardOf(
        cs
          .newDecoratedText()
          .setText('Roadmap 2027')
          .setOpenLink(cs.newOpenLink().setUrl('https://drive.google.com/open?id=1'))
          .setButton(
            cs
              .newTextButton()
              .setText('Remove')
              .setOnClickAction(cs.newAction().setFunctionName('onRemoveFile')),
          ),
      ),
      {
        onClick: (onClick) => clicked.push(onClick.action?.function ?? onClick.openLink!.url),
        timeZone: 'UTC',
      },
    );
    (card.querySelector('button') as HTMLButtonElement).click();
    expect(clicked).toEqual(['onRemoveFile']);
    (card.querySelector('.decorated') as HTMLElement).click();
    expect(clicked).toEqual(['onRemoveFile', 'https://drive.google.com/open?id=1']);
  });
});
