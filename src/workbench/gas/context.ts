/** What a fake that reads Google data needs: the execution's runtime, the world and who is signed in. */
import type { Runtime } from './runtime';
import type { World, WorldUser } from './world';

export interface ServiceContext extends Runtime {
  readonly world: World;
  readonly user: WorldUser;
}
