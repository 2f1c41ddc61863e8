/** The side panel's stack of cards, moved as Google's Navigation steps move it. */
import type { CardJson, NavigationJson } from '../gas/card-service/json';

/** Applies navigation steps in order; the root card is never popped. */
export function navigate(stack: readonly CardJson[], steps: NavigationJson[]): CardJson[] {
  const next = [...stack];
  for (const step of steps) {
    if (step.pushCard) next.push(step.pushCard);
    else if (step.updateCard) next.splice(-1, 1, step.updateCard);
    else if (step.pop && next.length > 1) next.pop();
    else if (step.popToRoot) next.length = Math.min(1, next.length);
    else if (step.popToCard) {
      const index = next.map((card) => card.name).lastIndexOf(step.popToCard);
      if (index >= 0) next.length = index + 1;
    }
  }
  return next;
}
