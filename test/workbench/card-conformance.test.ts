import { createCardService } from '../../src/workbench/gas/card-service';
import { raiserFor } from '../../src/workbench/gas/runtime';
import { gallery } from '../helpers/workbench/gallery';
import { CARD, describeConformance, RENDER_ACTION } from '../helpers/workbench/schemas';

describeConformance(
  'every card and response the CardService fake builds conforms to the schemas',
  (schemas) => {
    const items = gallery(createCardService(raiserFor()));

    test.each(items.map((item) => [item.name, item] as const))('%s', (_name, item) => {
      const json: unknown = JSON.parse(item.printJson());
      expect(schemas().errors(item.schema === 'card' ? CARD : RENDER_ACTION, json)).toEqual([]);
    });

    test('the validator is not a rubber stamp: a card without sections is rejected', () => {
      expect(schemas().errors(CARD, { header: { title: 'x' } })).not.toEqual([]);
      expect(
        schemas().errors(RENDER_ACTION, { action: { navigations: [{ pushCard: {} }] } }),
      ).not.toEqual([]);
    });
  },
);
