/** Shared set-up of workbench tests: the test clock, a ServiceContext for one fake, a token. */
import { loadWorld } from '../../../src/workbench/fixtures/load-world';
import { sampleWorld } from '../../../src/workbench/fixtures/sample-world';
import type { ServiceContext } from '../../../src/workbench/gas/context';
import {
  ManualClock,
  raiserFor,
  unlimitedBudget,
  type ExecutionBudget,
} from '../../../src/workbench/gas/runtime';
import type { IdTokenSigner } from '../../../src/workbench/gas/script-app';
import type { Trace } from '../../../src/workbench/gas/trace';
import type { World } from '../../../src/workbench/gas/world';

export const NOW = new Date('2026-11-30T08:00:00Z');

/**
 * For a sandbox whose backend never answers: ScriptApp still hands out a token, as in Apps
 * Script, and nobody verifies it.
 */
export const UNUSED_IDENTITY: IdTokenSigner = { signIdToken: () => 'unverified.test.token' };

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
