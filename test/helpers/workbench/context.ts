/** A ServiceContext for testing one fake outside a sandbox. */
import { loadWorld } from '../../../src/workbench/fixtures/load-world';
import { sampleWorld } from '../../../src/workbench/fixtures/sample-world';
import type { ServiceContext } from '../../../src/workbench/gas/context';
import {
  ManualClock,
  raiserFor,
  unlimitedBudget,
  type ExecutionBudget,
} from '../../../src/workbench/gas/runtime';
import type { Trace } from '../../../src/workbench/gas/trace';
import type { World } from '../../../src/workbench/gas/world';

export const NOW = new Date('2026-11-30T08:00:00Z');

export interface TestContext extends ServiceContext {
  clock: ManualClock;
  trace: Trace;
  world: World;
}

export function testContext(
  options: { email?: string; world?: World; budget?: ExecutionBudget } = {},
): TestContext {
  const world = options.world ?? loadWorld(sampleWorld, NOW);
  return {
    clock: new ManualClock(NOW.getTime()),
    raise: raiserFor(),
    trace: [],
    budget: options.budget ?? unlimitedBudget,
    world,
    user: world.user(options.email ?? 'alice@acme.example'),
  };
}
